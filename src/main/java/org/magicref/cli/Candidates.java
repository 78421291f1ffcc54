package org.magicref.cli;

import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.magicref.citation.Styles;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.Publication;
import org.magicref.records.CatalogueSource;

/**
 * Completion candidates for shell completion and the completion scripts. Each reads the catalogue
 * of the shared {@link CatalogueSource} only when iterated.
 */
public final class Candidates {
    private Candidates() {
    }

    /** Base for candidates drawn from the catalogue. */
    abstract static class FromCatalogue implements Iterable<String>, CatalogueUser {
        private CatalogueSource source = CatalogueSource.standard();

        @Override
        public void use(CatalogueSource source) {
            this.source = source;
        }

        abstract List<String> values(Catalogue catalogue);

        @Override
        public Iterator<String> iterator() {
            return values(source.get(null)).iterator();
        }
    }

    /** Every document identifier, in the thesis's form. */
    public static final class DocumentIds extends FromCatalogue {
        @Override
        List<String> values(Catalogue catalogue) {
            return catalogue.documents().stream().map(Document::id).map(Object::toString).toList();
        }
    }

    /** Every reel number that a document names, over all publications. */
    public static final class ReelNumbers extends FromCatalogue {
        @Override
        List<String> values(Catalogue catalogue) {
            TreeSet<Integer> reels = new TreeSet<>();
            catalogue.publications().forEach(p -> reels.addAll(catalogue.reels().reels(p.id())));
            return reels.stream().map(String::valueOf).toList();
        }
    }

    /** Every work id. */
    public static final class WorkIds extends FromCatalogue {
        @Override
        List<String> values(Catalogue catalogue) {
            return catalogue.works().stream().map(w -> w.id()).toList();
        }
    }

    /** Every publication id. */
    public static final class PublicationIds extends FromCatalogue {
        @Override
        List<String> values(Catalogue catalogue) {
            return catalogue.publications().stream().map(Publication::id).toList();
        }
    }

    /** The house style and the best-known CSL styles; the shell completes every style id. */
    public static final class StyleNames implements Iterable<String> {
        static final List<String> COMMON = List.of(Styles.HOUSE, "chicago-fullnote-bibliography",
                "chicago-note-bibliography", "chicago-author-date", "turabian-fullnote-bibliography",
                "modern-language-association", "apa", "harvard-cite-them-right", "ieee", "vancouver");

        @Override
        public Iterator<String> iterator() {
            return COMMON.iterator();
        }
    }

    /** Export formats by name. */
    public static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return java.util.Arrays.stream(org.magicref.citation.Exports.Format.values()).map(Object::toString).iterator();
        }
    }
}
