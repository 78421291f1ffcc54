package org.magicref.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An inverted index over document titles and over the passages (each with the sentences since the marker before it) and notes of citations. A query's
 * words must all occur (in any order); hits are ranked by the sum of tf-idf weights of the query
 * words, so rare words count for more than common ones; words such as "the" and "of" are not
 * indexed. Postings are kept as growable arrays of
 * entry numbers and term counts (entries are added in order, so each posting list is sorted), which
 * keeps a catalogue of a million citations within memory and makes a query a merge of a few lists.
 */
public final class SearchIndex {
    private static final Pattern IDENTIFIER = Pattern.compile("sr[a-z]{1,3}-?\\d{1,6}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private record Entry(DocumentId document, Citation citation) { }

    /** Words too common to tell passages apart; a query made only of them finds nothing. */
    private static final Set<String> STOP = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in", "is",
            "it", "of", "on", "or", "that", "the", "to", "was", "were", "with", "his", "her", "not", "be", "had", "has");

    /** One term's postings: entry numbers in increasing order, and the term's count in each (at most 127). */
    private static final class Postings {
        int[] entries = new int[2];
        byte[] counts = new byte[2];
        int size;

        void add(int entry, int count) {
            if (size == entries.length) {
                int grown = size + (size >> 1) + 1;
                entries = Arrays.copyOf(entries, grown);
                counts = Arrays.copyOf(counts, grown);
            }
            entries[size] = entry;
            counts[size] = (byte) Math.min(count, Byte.MAX_VALUE);
            size++;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Postings> postings = new HashMap<>();

    public SearchIndex(List<Document> documents, List<Citation> citations) {
        for (Document d : documents) {
            add(new Entry(d.id(), null), d.id() + " " + d.title() + " " + (d.date() == null ? "" : d.date()));
        }
        for (Citation c : citations) {
            add(new Entry(c.document(), c), (c.span() == null ? "" : c.span()) + " " + c.noteText());
        }
    }

    private void add(Entry entry, String text) {
        int index = entries.size();
        entries.add(entry);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String term : terms(text)) {
            if (!STOP.contains(term)) {
                counts.merge(term, 1, Integer::sum);
            }
        }
        counts.forEach((term, count) -> postings.computeIfAbsent(term, k -> new Postings()).add(index, count));
    }

    /** The hits for all words of the query, best first; an empty query finds nothing. */
    public List<SearchHit> search(String query) {
        Set<String> words = new LinkedHashSet<>(terms(query));
        words.removeAll(STOP);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Postings> lists = new ArrayList<>();
        for (String w : words) {
            Postings p = postings.get(w);
            if (p == null) {
                return List.of();
            }
            lists.add(p);
        }
        lists.sort(Comparator.comparingInt(p -> p.size));
        Postings first = lists.get(0);
        int[] cursor = new int[lists.size()];
        List<SearchHit> hits = new ArrayList<>();
        candidates:
        for (int i = 0; i < first.size; i++) {
            int entry = first.entries[i];
            double score = weight(first, i);
            for (int k = 1; k < lists.size(); k++) {
                Postings p = lists.get(k);
                int at = Arrays.binarySearch(p.entries, cursor[k], p.size, entry);
                if (at < 0) {
                    cursor[k] = -at - 1;
                    continue candidates;
                }
                cursor[k] = at;
                score += weight(p, at);
            }
            hits.add(new SearchHit(entries.get(entry).document(), entries.get(entry).citation(), score));
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed()
                .thenComparing(SearchHit::document)
                .thenComparing(h -> h.citation() == null ? "" : h.citation().chapter(), Chapters.ORDER)
                .thenComparingInt(h -> h.citation() == null ? 0 : h.citation().note()));
        return hits;
    }

    private double weight(Postings p, int i) {
        double idf = Math.log(1.0 + (double) entries.size() / (1 + p.size));
        return (1 + Math.log(p.counts[i])) * idf;
    }

    /** Lower-cased words without accents; identifiers such as SRH-085 are kept whole. */
    static List<String> terms(String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        if (!isAscii(folded)) {
            folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        }
        List<String> out = new ArrayList<>();
        int n = folded.length();
        int i = 0;
        while (i < n) {
            while (i < n && !wordChar(folded.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && wordChar(folded.charAt(i))) {
                i++;
            }
            addTerm(folded, start, i, out);
        }
        return out;
    }

    private static void addTerm(String s, int start, int end, List<String> out) {
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        if (start >= end) {
            return;
        }
        String t = s.substring(start, end);
        if (t.startsWith("sr") && IDENTIFIER.matcher(t).matches()) {
            out.add(DocumentId.parse(t).toString().toLowerCase(Locale.ROOT));
            return;
        }
        out.add(t);
        if (t.indexOf('-') >= 0) {
            for (String part : t.split("-")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        }
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
