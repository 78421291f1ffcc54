package org.magicref.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.magicref.bench.SyntheticCatalogue;

/** The search index finds exactly the entries that hold every word of a query, however it is built. */
class SearchIndexTest {

    private static Citation citation(int note, String id, String passage) {
        return new Citation("w", "I", note, DocumentId.parse(id), id, null, null, "p. 1", List.of(new PageRef("1", null)), null,
                List.of(), false, id + ", p. 1.", passage, 1, null);
    }

    @Test
    void accentsCaseHyphensAndIdentifiersAreFoldedAlike() {
        List<Document> documents = List.of(new Document(DocumentId.parse("SRH-085"), "Tōgō’s instructions", "July 1945",
                "p", 9, null));
        List<Citation> citations = List.of(
                citation(1, "SRH-085", "TOGO cabled Sato."),
                citation(2, "SRH-085", "To\u0304go\u0304 (written with marks of their own) and the Soviet-Japanese pact."),
                citation(3, "SRH-079", "See SRH 79 and srh-085 on the pact."));
        SearchIndex index = new SearchIndex(documents, citations);

        assertEquals(3, index.search("togo").size(), "the title, TOGO and the decomposed accents");
        assertEquals(Set.of(2), notes(index.search("soviet pact")));
        assertEquals(Set.of(2), notes(index.search("soviet-japanese")));
        assertEquals(Set.of(3), notes(index.search("srh-079")), "the identifier as written in the passage, made canonical");
        assertTrue(notes(index.search("SRH-085")).containsAll(Set.of(1, 2, 3)), "every note naming SRH-085");
        assertTrue(index.search("the of").isEmpty(), "a query of common words only finds nothing");
    }

    @Test
    void anIndexBuiltInSlicesFindsWhatReadingEveryEntryFinds() {
        // more entries than one slice holds, so the index is built on several threads and joined
        Catalogue c = SyntheticCatalogue.make(80_000, 1945);
        SearchIndex index = new SearchIndex(c.documents(), c.citations());
        List<Set<String>> words = new ArrayList<>();
        for (Citation x : c.citations()) {
            words.add(new HashSet<>(SearchIndex.terms((x.span() == null ? "" : x.span()) + " " + x.noteText())));
        }
        for (String query : List.of("Sakhalin", "Konoe envoy", "Molotov Sato neutrality", "w1", "w2s oil",
                c.citations().get(79_000).document().toString(), "Ibid.")) {
            Set<String> wanted = new HashSet<>(SearchIndex.terms(query));
            wanted.removeAll(SearchIndex.STOP);
            Set<Citation> expected = new HashSet<>();
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).containsAll(wanted)) {
                    expected.add(c.citations().get(i));
                }
            }
            Set<Citation> found = index.search(query).stream().filter(h -> h.citation() != null).map(SearchHit::citation)
                    .collect(Collectors.toCollection(HashSet::new));
            assertFalse(expected.isEmpty(), query);
            assertEquals(expected.size(), found.size(), query);
            assertEquals(expected, found, query);
        }
    }

    private static Set<Integer> notes(List<SearchHit> hits) {
        return hits.stream().filter(h -> h.citation() != null).map(h -> h.citation().note()).collect(Collectors.toSet());
    }
}
