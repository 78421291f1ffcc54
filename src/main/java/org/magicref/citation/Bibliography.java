package org.magicref.citation;

import java.util.ArrayList;
import java.util.List;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.Publication;

/** A bibliography of documents: in the house style under the publications' headings, or in a CSL style. */
public final class Bibliography {
    /** A heading (null for none) and its entries. */
    public record Section(String heading, List<String> entries) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    private Bibliography() {
    }

    /**
     * The house style's bibliography, as the thesis prints it: each publication's heading (the first
     * naming the archive, the others a dash) over its documents' entries, in catalogue order; documents
     * of no known publication last, under no heading.
     */
    public static List<Section> house(Catalogue catalogue, List<Document> documents) {
        return house(catalogue, documents, false);
    }

    /** As {@link #house(Catalogue, List)}, publication titles marked for italics where asked ({@link Markup}). */
    static List<Section> house(Catalogue catalogue, List<Document> documents, boolean marked) {
        HouseStyle style = new HouseStyle(catalogue, marked);
        List<Section> sections = new ArrayList<>();
        for (Publication p : catalogue.publications()) {
            List<String> entries = documents.stream().filter(d -> p.id().equals(d.publication())).map(style::entry).toList();
            if (!entries.isEmpty()) {
                sections.add(new Section(style.heading(p, sections.isEmpty()), entries));
            }
        }
        List<String> loose = documents.stream().filter(d -> catalogue.publication(d.publication()).isEmpty())
                .map(style::entry).toList();
        if (!loose.isEmpty()) {
            sections.add(new Section(null, loose));
        }
        return sections;
    }

    /** The bibliography in a CSL style: one section, in the style's order; none for no documents. */
    public static List<Section> csl(Catalogue catalogue, List<Document> documents, String style) {
        return documents.isEmpty() ? List.of()
                : List.of(new Section(null, CslRenderer.create(catalogue, documents, style).bibliography()));
    }

    /** In the house style (style null or "house") or a CSL style. */
    public static List<Section> of(Catalogue catalogue, List<Document> documents, String style) {
        return Styles.isHouse(style) ? house(catalogue, documents) : csl(catalogue, documents, style);
    }

    /**
     * The bibliography as one text in a format that keeps its italics: each heading and entry a
     * paragraph ({@link Markup#document}).
     */
    public static String formatted(Catalogue catalogue, List<Document> documents, String style, Markup markup) {
        List<String> paragraphs = new ArrayList<>();
        if (Styles.isHouse(style)) {
            for (Section s : house(catalogue, documents, true)) {
                if (s.heading() != null) {
                    paragraphs.add(s.heading());
                }
                paragraphs.addAll(s.entries());
            }
        } else if (!documents.isEmpty()) {
            paragraphs.addAll(CslRenderer.create(catalogue, documents, style, markup).markedBibliography());
        }
        return markup.document(paragraphs);
    }
}
