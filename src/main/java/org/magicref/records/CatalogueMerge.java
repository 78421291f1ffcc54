package org.magicref.records;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Chapters;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.Publication;
import org.magicref.domain.Work;

/**
 * Merges a fresh import into a catalogue someone has added to or corrected by hand: records only
 * they have are kept, records only the import has are added, and where both have a record and
 * they differ, theirs is kept and the difference is reported, field by field, never silently
 * resolved.
 */
public final class CatalogueMerge {
    /** The merged catalogue and what happened to the records. */
    public record Result(Catalogue catalogue, int added, int keptOwn, List<String> conflicts) { }

    private final List<String> conflicts = new ArrayList<>();
    private int added;
    private int keptOwn;

    private CatalogueMerge() {
    }

    public static Result merge(Catalogue existing, Catalogue imported) {
        CatalogueMerge m = new CatalogueMerge();
        List<Work> works = m.merge(CatalogueStore.WORKS, existing.works(), imported.works(), Work::id);
        List<Publication> publications = m.merge(CatalogueStore.PUBLICATIONS, existing.publications(),
                imported.publications(), Publication::id);
        Map<String, Document> known = new LinkedHashMap<>();
        existing.documents().forEach(d -> known.put(d.id().toString(), d));
        List<Document> documents = m.merge(CatalogueStore.DOCUMENTS, existing.documents(),
                imported.documents().stream().map(d -> withKnown(d, known.get(d.id().toString()))).toList(),
                d -> d.id().toString());
        List<Citation> citations = new ArrayList<>(m.merge(CatalogueStore.CITATIONS, existing.citations(),
                imported.citations(), c -> c.work() + " " + c.noteRef() + " " + c.document()));
        citations.sort(Comparator.comparing(Citation::work).thenComparing(Citation::chapter, Chapters.ORDER)
                .thenComparingInt(Citation::note));
        return new Result(new Catalogue(works, publications, documents, citations), m.added, m.keptOwn, List.copyOf(m.conflicts));
    }

    /**
     * Yours in your order (each compared with the import's record of the same key), then what
     * only the import has, in its order (records the import holds twice, such as two notes that
     * share a number, are all kept).
     */
    private <T extends Record> List<T> merge(String file, List<T> existing, List<T> imported, Function<T, String> key) {
        Map<String, ArrayDeque<T>> fresh = new LinkedHashMap<>();
        imported.forEach(r -> fresh.computeIfAbsent(key.apply(r), k -> new ArrayDeque<>()).add(r));
        Set<T> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        List<T> out = new ArrayList<>();
        for (T own : existing) {
            ArrayDeque<T> same = fresh.get(key.apply(own));
            T theirs = same == null ? null : same.poll();
            out.add(own);
            if (theirs == null) {
                keptOwn++;
            } else {
                matched.add(theirs);
                if (!own.equals(theirs)) {
                    conflicts.add(file + " " + key.apply(own) + ": " + differences(own, theirs) + "; yours is kept");
                }
            }
        }
        for (T r : imported) {
            if (!matched.contains(r)) {
                out.add(r);
                added++;
            }
        }
        return out;
    }

    private static String differences(Record own, Record fresh) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : own.getClass().getRecordComponents()) {
            try {
                Object a = c.getAccessor().invoke(own);
                Object b = c.getAccessor().invoke(fresh);
                if (!Objects.equals(a, b)) {
                    out.add(c.getName() + " (yours: " + shorten(a) + "; the import's: " + shorten(b) + ")");
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot compare " + c.getName(), e);
            }
        }
        return "differs in " + String.join(", ", out);
    }

    /**
     * A document as the import has it, with what the import does not know (a field it leaves
     * empty, a title that is only the identifier, as a work that cites the document without a
     * full reference gives it) taken from the catalogue's record, so that only a real difference
     * is reported.
     */
    private static Document withKnown(Document imported, Document own) {
        if (own == null) {
            return imported;
        }
        return new Document(imported.id(), imported.title().equals(imported.id().toString()) ? own.title() : imported.title(),
                or(imported.date(), own.date()), or(imported.publication(), own.publication()), or(imported.reel(), own.reel()),
                or(imported.bibliography(), own.bibliography()));
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    private static String shorten(Object value) {
        String s = String.valueOf(value);
        return s.length() > 60 ? "\"" + s.substring(0, 57) + "...\"" : "\"" + s + "\"";
    }
}
