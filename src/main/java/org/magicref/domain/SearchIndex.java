package org.magicref.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An inverted index over document titles and bibliography entries and over the passages and
 * notes of citations. A query's words must all occur (in any order); hits are ranked by the sum of
 * tf-idf weights of the query words, so rare words count for more than common ones.
 */
public final class SearchIndex {
    private record Entry(DocumentId document, Citation citation) { }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Map<Integer, Integer>> postings = new HashMap<>();

    public SearchIndex(List<Document> documents, List<Citation> citations) {
        for (Document d : documents) {
            add(new Entry(d.id(), null), d.id() + " " + d.title() + " " + nullToEmpty(d.date()));
        }
        for (Citation c : citations) {
            add(new Entry(c.document(), c), nullToEmpty(c.passage()) + " " + c.noteText());
        }
    }

    private void add(Entry entry, String text) {
        int index = entries.size();
        entries.add(entry);
        for (String term : terms(text)) {
            postings.computeIfAbsent(term, k -> new HashMap<>()).merge(index, 1, Integer::sum);
        }
    }

    /** The hits for all words of the query, best first; an empty query finds nothing. */
    public List<SearchHit> search(String query) {
        Set<String> words = new LinkedHashSet<>(terms(query));
        if (words.isEmpty()) {
            return List.of();
        }
        Map<Integer, Double> scores = null;
        for (String word : words) {
            Map<Integer, Integer> posting = postings.getOrDefault(word, Map.of());
            double idf = Math.log(1.0 + (double) entries.size() / (1 + posting.size()));
            Map<Integer, Double> next = new HashMap<>();
            for (Map.Entry<Integer, Integer> p : posting.entrySet()) {
                if (scores == null || scores.containsKey(p.getKey())) {
                    double before = scores == null ? 0 : scores.get(p.getKey());
                    next.put(p.getKey(), before + (1 + Math.log(p.getValue())) * idf);
                }
            }
            scores = next;
            if (scores.isEmpty()) {
                return List.of();
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        scores.forEach((i, s) -> hits.add(new SearchHit(entries.get(i).document(), entries.get(i).citation(), s)));
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed()
                .thenComparing(SearchHit::document)
                .thenComparing(h -> h.citation() == null ? "" : h.citation().chapter(), Chapters.ORDER)
                .thenComparingInt(h -> h.citation() == null ? 0 : h.citation().note()));
        return hits;
    }

    /** Lower-cased words without accents; identifiers such as SRH-085 are kept whole. */
    static List<String> terms(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String raw : folded.split("[^\\p{L}\\p{N}-]+")) {
            String t = raw.replaceAll("^-+|-+$", "");
            if (t.isEmpty()) {
                continue;
            }
            if (t.matches("sr[a-z]{1,3}-?\\d{1,6}")) {
                out.add(DocumentId.parse(t).toString().toLowerCase(Locale.ROOT));
                continue;
            }
            out.add(t);
            if (t.contains("-")) {
                for (String part : t.split("-+")) {
                    if (!part.isEmpty()) {
                        out.add(part);
                    }
                }
            }
        }
        return out;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
