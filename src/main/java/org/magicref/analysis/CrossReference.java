package org.magicref.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Chapters;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentDate;
import org.magicref.domain.DocumentId;
import org.magicref.domain.Frames;
import org.magicref.domain.ReelMap;

/**
 * How a document connects to others: documents cited in the same note or paragraph, just before
 * and after it in the argument, beside it on the reel, dated near it, and studies of the same
 * family (found by the similarity of their titles).
 */
public final class CrossReference {
    /** Titles at least this similar (cosine of their word counts) are one family. */
    static final double FAMILY = 0.85;

    /** A group of related documents, with why they are there. */
    public record Group(String kind, String why, List<Entry> entries) { }

    /** A related document and what relates it. */
    public record Entry(DocumentId document, String detail) { }

    private final Catalogue catalogue;

    public CrossReference(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<Group> of(DocumentId id, int days) {
        Document d = catalogue.require(id);
        List<Citation> mine = catalogue.citationsOf(id);
        List<Group> out = new ArrayList<>();
        out.add(new Group("same-note", "cited in the same note", sameNote(id, mine)));
        out.add(new Group("same-paragraph", "cited in the same paragraph of the text, in another note", sameParagraph(id, mine)));
        out.add(new Group("argument", "cited in the note just before or after one citing it (chapter and note order)",
                argument(id, mine)));
        out.add(new Group("reel", "its neighbours on the reel (by frame for studies, by date for summaries)", reel(d)));
        out.add(new Group("dated", "dated within " + days + " days of it", dated(d, days)));
        out.add(new Group("family", d.id().isMagicSummary()
                ? "every Magic Summary has the same title: the series is the family"
                : "studies whose titles are alike (cosine similarity of their words at least " + FAMILY + ")", family(d)));
        return out;
    }

    private List<Entry> sameNote(DocumentId id, List<Citation> mine) {
        Map<DocumentId, List<String>> found = new LinkedHashMap<>();
        for (Citation c : mine) {
            for (Citation o : catalogue.citations()) {
                if (!o.document().equals(id) && o.work().equals(c.work()) && o.noteRef().equals(c.noteRef())) {
                    found.computeIfAbsent(o.document(), k -> new ArrayList<>()).add(o.noteRef());
                }
            }
        }
        return entries(found, "note");
    }

    private List<Entry> sameParagraph(DocumentId id, List<Citation> mine) {
        Map<DocumentId, List<String>> found = new LinkedHashMap<>();
        for (Citation c : mine) {
            if (c.paragraph() == null) {
                continue;
            }
            for (Citation o : catalogue.citations()) {
                if (!o.document().equals(id) && o.work().equals(c.work()) && o.chapter().equals(c.chapter())
                        && c.paragraph().equals(o.paragraph()) && o.note() != c.note()) {
                    found.computeIfAbsent(o.document(), k -> new ArrayList<>()).add(o.noteRef());
                }
            }
        }
        return entries(found, "notes");
    }

    private List<Entry> argument(DocumentId id, List<Citation> mine) {
        List<Citation> all = new ArrayList<>(catalogue.citations());
        all.sort(Comparator.comparing(Citation::work).thenComparing(Citation::chapter, Chapters.ORDER)
                .thenComparingInt(Citation::note));
        Map<DocumentId, List<String>> found = new LinkedHashMap<>();
        for (Citation c : mine) {
            int i = all.indexOf(c);
            int before = i - 1;
            while (before >= 0 && all.get(before).noteRef().equals(c.noteRef())) {
                before--;
            }
            int after = i + 1;
            while (after < all.size() && all.get(after).noteRef().equals(c.noteRef())) {
                after++;
            }
            for (int k : new int[] {before, after}) {
                if (k < 0 || k >= all.size()) {
                    continue;
                }
                String ref = all.get(k).noteRef();
                for (Citation o : all) {
                    if (o.noteRef().equals(ref) && o.work().equals(all.get(k).work()) && !o.document().equals(id)) {
                        List<String> notes = found.computeIfAbsent(o.document(), x -> new ArrayList<>());
                        String label = (k == before ? "before " : "after ") + c.noteRef() + ": " + ref;
                        if (!notes.contains(label)) {
                            notes.add(label);
                        }
                    }
                }
            }
        }
        List<Entry> out = new ArrayList<>();
        found.forEach((doc, labels) -> out.add(new Entry(doc, String.join("; ", labels))));
        return out;
    }

    private List<Entry> reel(Document d) {
        if (d.publication() == null || d.reel() == null) {
            return List.of();
        }
        ReelMap map = catalogue.reels().map(d.publication(), d.reel());
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < map.entries().size(); i++) {
            if (!map.entries().get(i).document().id().equals(d.id())) {
                continue;
            }
            if (i > 0) {
                out.add(new Entry(map.entries().get(i - 1).document().id(), "before it on reel " + d.reel() + span(map.entries().get(i - 1))));
            }
            if (i + 1 < map.entries().size()) {
                out.add(new Entry(map.entries().get(i + 1).document().id(), "after it on reel " + d.reel() + span(map.entries().get(i + 1))));
            }
        }
        return out;
    }

    private static String span(ReelMap.Entry e) {
        if (e.firstFrame() == null) {
            return e.document().date() == null ? "" : " (" + e.document().date() + ")";
        }
        return " (fr. " + Frames.format(e.firstFrame()) + "-" + Frames.format(e.lastFrame()) + ")";
    }

    private List<Entry> dated(Document d, int days) {
        DocumentDate date = d.parsedDate();
        if (date == null) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        for (Document o : catalogue.documents()) {
            DocumentDate od = o.parsedDate();
            if (o.id().equals(d.id()) || od == null) {
                continue;
            }
            if (od.overlaps(date.start().minusDays(days), date.end().plusDays(days))) {
                long gap = date.daysApart(od);
                out.add(new Entry(o.id(), o.date() + (gap == 0 ? " (overlaps)" : " (" + gap + " day" + (gap == 1 ? "" : "s")
                        + (od.start().isBefore(date.start()) ? " before)" : " after)"))));
            }
        }
        out.sort(Comparator.comparing(e -> catalogue.require(e.document()).parsedDate()));
        return out;
    }

    private List<Entry> family(Document d) {
        if (d.id().isMagicSummary()) {
            return List.of();
        }
        CosineSimilarity cosine = new CosineSimilarity();
        Map<CharSequence, Integer> mine = words(d.title());
        List<Entry> out = new ArrayList<>();
        for (Document o : catalogue.documents()) {
            if (o.id().equals(d.id()) || !o.series().equals(d.series())) {
                continue;
            }
            double score = cosine.cosineSimilarity(mine, words(o.title()));
            if (score >= FAMILY) {
                out.add(new Entry(o.id(), String.format(Locale.ROOT, "%s (similarity %.2f)", o.title()
                        + (o.date() == null ? "" : ", " + o.date()), score)));
            }
        }
        return out;
    }

    static Map<CharSequence, Integer> words(String title) {
        Map<CharSequence, Integer> out = new HashMap<>();
        for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            if (!w.isEmpty()) {
                out.merge(w, 1, Integer::sum);
            }
        }
        return out;
    }

    private static List<Entry> entries(Map<DocumentId, List<String>> found, String label) {
        List<Entry> out = new ArrayList<>();
        found.forEach((doc, notes) -> out.add(new Entry(doc, label + " " + String.join(", ", notes.stream().distinct().toList()))));
        return out;
    }
}
