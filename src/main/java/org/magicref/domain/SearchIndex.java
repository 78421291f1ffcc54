package org.magicref.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * An inverted index over document titles and over the passages (each with the sentences since the
 * marker before it) and notes of citations. A query's words must all occur (in any order); hits are
 * ranked by the sum of tf-idf weights of the query words, so rare words count for more than common
 * ones; words such as "the" and "of" are not indexed. A term's postings are its entries in order,
 * written as the gaps between them (a byte for most), and its counts, which keeps the index of a
 * million citations to about a fifth of the memory of the catalogue itself, and makes a query a
 * merge of a few lists read forward. A large catalogue is indexed in slices on every core
 * ({@link SliceIndex}), joined in order.
 */
public final class SearchIndex {
    private static final Pattern IDENTIFIER = Pattern.compile("sr[a-z]{1,3}-?\\d{1,6}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Words too common to tell passages apart; a query made only of them finds nothing. */
    static final Set<String> STOP = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in", "is",
            "it", "of", "on", "or", "that", "the", "to", "was", "were", "with", "his", "her", "not", "be", "had", "has");

    /** Entries indexed together: a catalogue of fewer is indexed on one thread. */
    private static final int SLICE = 32_768;

    /** The entries: the documents, then the citations, each numbered by its place. */
    private final List<Document> documents;
    private final List<Citation> citations;
    private final Map<String, Postings> postings;

    public SearchIndex(List<Document> documents, List<Citation> citations) {
        this.documents = List.copyOf(documents); // a catalogue's own lists are unmodifiable already: not copied
        this.citations = List.copyOf(citations);
        // slices of the entries indexed side by side (on every core), then joined in order, so that each
        // term's postings stay sorted; a slice's lists stay small, and the joined ones are made at their size
        int n = entries();
        int slices = (n + SLICE - 1) / SLICE;
        postings = slices <= 1 ? trimmed(index(0, n)) // a parallel stream would start the common pool's threads
                : join(IntStream.range(0, slices).parallel().mapToObj(k -> index(k * SLICE, Math.min(n, (k + 1) * SLICE))).toList());
    }

    private SearchIndex(List<Document> documents, List<Citation> citations, Map<String, Postings> postings) {
        this.documents = List.copyOf(documents);
        this.citations = List.copyOf(citations);
        this.postings = postings;
    }

    private int entries() {
        return documents.size() + citations.size();
    }

    /**
     * What is given each term of an index, with its postings: the first {@code gapBytes} of
     * {@code gaps} are the gaps between its entries (see {@link #forEachTerm}), the first
     * {@code size} of {@code counts} its count in each.
     */
    @FunctionalInterface
    public interface TermVisitor {
        void term(String term, byte[] gaps, int gapBytes, byte[] counts, int size) throws java.io.IOException;
    }

    /** How many terms the index holds. */
    public int termCount() {
        return postings.size();
    }

    /**
     * Gives each term with its postings: its entry numbers ascending, each as its gap from the one
     * before less one (the first from -1), in seven-bit groups, low first, the high bit set on all
     * but the last; and the term's count in each entry, a byte each.
     */
    public void forEachTerm(TermVisitor visitor) throws java.io.IOException {
        for (Map.Entry<String, Postings> e : postings.entrySet()) {
            Postings p = e.getValue();
            visitor.term(e.getKey(), p.gaps, p.gapBytes, p.counts, p.size);
        }
    }

    /** The terms of an index given back ({@link #forEachTerm}), to make the index again without reading a text. */
    public static final class Terms {
        private final Map<String, Postings> postings = new HashMap<>();

        /**
         * One term's postings, as {@link #forEachTerm} gives them.
         *
         * @throws IllegalArgumentException where the gaps are not as many as the counts, a count is not positive, or a term is given twice
         */
        public void add(String term, byte[] gaps, byte[] counts) {
            Postings p;
            try {
                p = Postings.of(gaps, counts);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("postings of " + term + ": " + e.getMessage(), e);
            }
            if (postings.putIfAbsent(term, p) != null) {
                throw new IllegalArgumentException(term + " given twice");
            }
        }

        /**
         * The index of these documents and citations with the terms given.
         *
         * @throws IllegalArgumentException where an entry number is beyond them
         */
        public SearchIndex over(List<Document> documents, List<Citation> citations) {
            int n = documents.size() + citations.size();
            for (Postings p : postings.values()) {
                if (p.last >= n) {
                    throw new IllegalArgumentException("an entry beyond the catalogue");
                }
            }
            return new SearchIndex(documents, citations, postings);
        }
    }

    /** The postings of consecutive slices of the entries, as one. */
    private static Map<String, Postings> join(List<Map<String, Postings>> parts) {
        Map<String, Postings> joined = new HashMap<>();
        Postings[] slices = new Postings[parts.size()];
        // term by term, each slice's lists let go as soon as they are copied: the slices and the whole
        // are never held at once
        for (Map<String, Postings> part : parts) {
            for (String term : part.keySet()) {
                int count = 0;
                for (Map<String, Postings> other : parts) {
                    Postings slice = other == part ? part.get(term) : other.remove(term);
                    if (slice != null) {
                        slices[count++] = slice;
                    }
                }
                joined.put(term, Postings.joined(slices, count));
                Arrays.fill(slices, null);
            }
            part.clear();
        }
        return joined;
    }

    private static Map<String, Postings> trimmed(Map<String, Postings> postings) {
        postings.values().forEach(Postings::trimmed);
        return postings;
    }

    /** The postings of the entries from {@code from} up to {@code to}. */
    private Map<String, Postings> index(int from, int to) {
        SliceIndex slice = new SliceIndex();
        for (int i = from; i < to; i++) {
            if (i < documents.size()) {
                Document d = documents.get(i);
                slice.add(d.id() + " " + d.title() + " " + (d.date() == null ? "" : d.date()), i);
            } else {
                // the passage and the note, each read where it is (not joined into a new text)
                Citation c = citations.get(i - documents.size());
                if (c.span() != null) {
                    slice.add(c.span(), i);
                }
                slice.add(c.noteText(), i);
            }
        }
        return slice.postings();
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
        lists.sort((a, b) -> Integer.compare(a.size, b.size));
        // the shortest list's entries, each looked for in the longer ones, which are only read forward
        Postings.Cursor[] cursors = new Postings.Cursor[lists.size()];
        for (int k = 0; k < cursors.length; k++) {
            cursors[k] = lists.get(k).cursor();
        }
        List<SearchHit> hits = new ArrayList<>();
        candidates:
        while (cursors[0].next()) {
            int entry = cursors[0].entry;
            double score = weight(lists.get(0), cursors[0]);
            for (int k = 1; k < cursors.length; k++) {
                if (!cursors[k].reach(entry)) {
                    break candidates;
                }
                if (cursors[k].entry != entry) {
                    continue candidates;
                }
                score += weight(lists.get(k), cursors[k]);
            }
            if (entry < documents.size()) {
                hits.add(new SearchHit(documents.get(entry).id(), null, score));
            } else {
                Citation c = citations.get(entry - documents.size());
                hits.add(new SearchHit(c.document(), c, score));
            }
        }
        hits.sort(SearchIndex::ranked);
        return hits;
    }

    private double weight(Postings p, Postings.Cursor at) {
        double idf = Math.log(1.0 + (double) entries() / (1 + p.size));
        return (1 + Math.log(at.count())) * idf;
    }

    /** Lower-cased words without accents; identifiers such as SRH-085 are kept whole. */
    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !wordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && wordChar(text.charAt(i))) {
                i++;
            }
            addTerm(text, start, i, out::add);
        }
        return out;
    }

    /** The term or terms of the word from start to end (a hyphenated word also gives its parts). */
    static void addTerm(String s, int start, int end, Consumer<String> out) {
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        if (start >= end) {
            return;
        }
        String t = lowerCase(s, start, end);
        if (t.startsWith("sr") && IDENTIFIER.matcher(t).matches()) {
            out.accept(DocumentId.parse(t).toString().toLowerCase(Locale.ROOT));
            return;
        }
        out.accept(t);
        if (t.indexOf('-') >= 0) {
            for (String part : t.split("-")) {
                if (!part.isEmpty()) {
                    out.accept(part);
                }
            }
        }
    }

    /** The characters from start to end in lower case, without accents. */
    private static String lowerCase(String s, int start, int end) {
        char[] chars = null;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                String word = s.substring(start, end).toLowerCase(Locale.ROOT);
                return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
            }
            if (c >= 'A' && c <= 'Z') {
                if (chars == null) {
                    chars = new char[end - start];
                    s.getChars(start, end, chars, 0);
                }
                chars[i - start] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? s.substring(start, end) : new String(chars);
    }

    static boolean wordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        }
        int type = Character.getType(c);
        // accents written as marks of their own belong to the word they are on
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }


    /**
     * Best score first, then document, chapter and note order; written out, as the comparators
     * of a lookup are (see {@link Document#BY_DATE}).
     */
    private static int ranked(SearchHit a, SearchHit b) {
        int c = Double.compare(b.score(), a.score());
        if (c == 0) {
            c = a.document().compareTo(b.document());
        }
        if (c == 0) {
            c = Chapters.ORDER.compare(a.citation() == null ? "" : a.citation().chapter(), b.citation() == null ? "" : b.citation().chapter());
        }
        return c != 0 ? c : Integer.compare(a.citation() == null ? 0 : a.citation().note(), b.citation() == null ? 0 : b.citation().note());
    }
}
