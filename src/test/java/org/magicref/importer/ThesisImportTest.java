package org.magicref.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;
import org.magicref.domain.PageRef;
import org.magicref.domain.Publication;
import org.magicref.records.CatalogueStore;

/**
 * The importer run on the thesis, checked against values read off the thesis text by hand (its
 * notes, body and bibliography), not against the importer's own output.
 */
class ThesisImportTest {
    private static ThesisImporter.Result result;
    private static Catalogue catalogue;

    /** Imports the thesis once; each test is skipped, with the reason, where the text is absent. */
    @BeforeEach
    void importThesis() throws IOException {
        if (result == null) {
            result = ThesisImporter.importText(Thesis.text());
            catalogue = result.catalogue();
        } else {
            Thesis.path();
        }
    }

    @Test
    void committedRecordsAreExactlyWhatTheImporterProduces() throws IOException {
        for (Map.Entry<String, String> file : CatalogueStore.render(catalogue).entrySet()) {
            String committed = Files.readString(Path.of("records", file.getKey()), StandardCharsets.UTF_8);
            assertEquals(file.getValue(), committed, "records/" + file.getKey()
                    + " differs from what 'magicref import' makes of the thesis; re-run the import");
        }
    }

    @Test
    void importsWithoutWarnings() {
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void theWork() {
        var w = catalogue.works().get(0);
        assertEquals("blevins-1996", w.id());
        assertEquals("Michael Shawn Blevins", w.author());
        assertEquals("Maintaining the Neutrality: Soviet-Japanese Relations, 1941-1945", w.title());
        assertEquals("Old Dominion University", w.institution());
        assertEquals("10.25777/ft4g-r763", w.doi());
        assertEquals(1996, w.year());
    }

    @Test
    void theThreePublications() {
        Map<String, Publication> p = catalogue.publications().stream()
                .collect(Collectors.toMap(Publication::id, x -> x));
        assertEquals(Set.of("intercepted-japanese-messages", "top-secret-studies-pt1", "top-secret-studies-pt2"), p.keySet());
        Publication magic = p.get("intercepted-japanese-messages");
        assertEquals("Intercepted Japanese Messages: Operation Magic, 1938-1945", magic.title());
        assertEquals("Wilmington, DE", magic.place());
        assertEquals("Michael Glazier", magic.publisher());
        assertFalse(magic.frames(), "the Magic Summary reels have no frame numbers");
        Publication pt2 = p.get("top-secret-studies-pt2");
        assertEquals("Top Secret Studies on U.S. Communications Intelligence during World War II, pt. 2, The European Theater",
                pt2.fullTitle());
        assertEquals("University Publications of America", pt2.publisher());
        assertEquals("Bethesda, MD", pt2.place());
        assertEquals(1989, pt2.year());
        assertEquals("Record Group 457, Records of the National Security Agency/Central Security Service", pt2.collection());
        assertTrue(pt2.frames());
    }

    /** The bibliography lists 28 Magic Summaries, 17 studies in pt. 1 and 1 in pt. 2. */
    @Test
    void everyBibliographyDocument() {
        assertEquals(46, catalogue.documents().size());
        assertEquals(28, count("SRS", "intercepted-japanese-messages"));
        assertEquals(17, count("SRH", "top-secret-studies-pt1"));
        assertEquals(1, count("SRH", "top-secret-studies-pt2"));
        Set<String> neverCited = catalogue.documents().stream().filter(d -> !catalogue.isCited(d.id()))
                .map(d -> d.id().toString()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("SRH-040", "SRH-073", "SRH-075", "SRH-088", "SRH-092", "SRH-096",
                "SRS-1748", "SRS-1750", "SRS-1753")), neverCited);
    }

    private static long count(String series, String publication) {
        return catalogue.documents().stream()
                .filter(d -> d.series().equals(series) && publication.equals(d.publication())).count();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SRH-018 | Collection of Japanese Diplomatic Messages | 12 July 1938-21 January 1942 | 5",
        "SRH-040 | Magic Diplomatic Extracts, July 1945: Selected Items Prepared by MIS, War Department, for the Attention of General George C. Marshall | | ",
        "SRH-079 | Russo-Japanese Relations | June 1945 | 9",
        "SRH-088 | Russo-Japanese Relations | 28 July-6 August 1945 | ",
        "SRH-096 | Japanese Relations with the Remaining \"Listening Posts\" in Europe | May-Mid July 1945 | ",
        "SRH-070 | Notes on the Crimea (Yalta) Conference | 23 March 1945 | 3",
        "SRS-1497 | Magic Summary | 25 November 1944 | 11",
        "SRS-1746 | Magic Summary | 1 August 1945 | 15",
    })
    void documentTitlesDatesAndReels(String id, String title, String date, Integer reel) {
        Document d = catalogue.require(id);
        assertEquals(title, d.title());
        assertEquals(date, d.date());
        assertEquals(reel, d.reel());
    }

    /** 85 citations of 37 documents in 83 notes: IV.22 and V.60 cite two documents each. */
    @Test
    void citationCounts() {
        assertEquals(85, catalogue.citations().size());
        assertEquals(37, catalogue.documents().stream().filter(d -> catalogue.isCited(d.id())).count());
        assertEquals(11, catalogue.citationsOf(DocumentId.parse("SRH-085")).size());
        assertEquals(11, catalogue.citationsOf(DocumentId.parse("SRH-071")).size());
    }

    /** Note, document, pages, reel, frames, Ibid. -- each read off the thesis's notes. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "III.33 | SRH-018  | p. 12     | 5  | 774     | false",
        "IV.4   | SRS-0578 | p. 1      | 1  |         | false",
        "IV.5   | SRS-0582 | p. 2      | 1  |         | true",
        "IV.6   | SRS-0582 | p. 2      | 1  |         | true",
        "IV.15  | SRS-0859 | p. A2     | 4  |         | false",
        "IV.21  | SRH-067  | pp. 6-7   | 9  | 497 498 | false",
        "IV.22  | SRH-067  | pp. 6-7   | 9  | 497 498 | true",
        "IV.22  | SRH-068  | pp. 1, 12 | 9  | 512 524 | false",
        "IV.23  | SRS-1435 | p. 4      | 11 |         | false",
        "IV.28  | SRS-1497 | pp. 6-7   | 11 |         | true",
        "IV.29  | SRS-1189 | p. 3      | 8  |         | true",
        "IV.30  | SRS-1189 | pp. 5-6   | 8  |         | true",
        "IV.35  | SRS-1189 | pp. 3-4   | 8  |         | false",
        "IV.43  | SRS-1494 | p. 3      | 11 |         | true",
        "V.1    | SRH-071  | p. 1      | 9  | 580     | false",
        "V.2    | SRH-071  | pp. 1-2   | 9  | 580 581 | true",
        "V.10   | SRH-079  | p. 9n     | 9  | 720     | false",
        "V.11   | SRH-079  | p. 9n     | 9  | 720     | true",
        "V.13   | SRH-070  | p. 7      | 3  | 231     | false",
        "V.36   | SRH-079  | p. 6      | 9  | 716     | false",
        "V.37   | SRH-079  | p. 6      | 9  | 717     | true",
        "V.49   | SRH-084  | pp. 4-6   | 9  | 785 786 787 | true",
        "V.58   | SRH-085  | pp. 7-8   | 9  | 800 801 | true",
        "V.60   | SRH-085  | pp. 10-11 | 9  | 803 804 | true",
        "V.60   | SRH-086  | p. 1      | 9  | 819     | false",
        "V.61   | SRH-085  | p. 11     | 9  | 804     | false",
        "V.62   | SRS-1746 | p. 4, part 1; and pp. 1-2, part 2 | 15 | | false",
        "V.64   | SRS-1746 | p. 4, part 2 | 15 |      | false",
        "V.65   | SRH-090  | p. 40     | 9  | 936     | false",
        "V.68   | SRS-1755 | pp. 3, 5  | 15 |         | false",
        "V.69   | SRS-1755 | p. 2      | 15 |         | true",
        "VI.2   | SRH-069  | p. 8      | 9  | 547     | false",
        "VI.5   | SRH-086  | p. 5      | 9  | 823     | false",
        "VI.6   | SRH-085  | p. 22     | 9  | 815     | false",
    })
    void citationsAsTheNotesGiveThem(String note, String id, String pages, int reel, String frames, boolean ibid) {
        Citation c = citation(note, id);
        assertEquals(pages, c.pages());
        assertEquals(reel, c.reel());
        List<Integer> expected = frames == null ? List.of()
                : java.util.Arrays.stream(frames.split(" ")).map(Integer::valueOf).toList();
        assertEquals(expected, c.frames());
        assertEquals(ibid, c.ibid());
    }

    @Test
    void notesWithoutARecordGroupDocumentAreNotCitations() {
        for (String note : List.of("IV.1", "IV.17", "V.26", "V.30", "V.44", "VI.4")) {
            assertTrue(catalogue.citations().stream().noneMatch(c -> c.noteRef().equals(note)), note);
        }
    }

    @Test
    void datesAndTitlesAsTheNotesPrintThem() {
        assertEquals("October 25, 1944", citation("IV.28", "SRS-1497").date());
        assertEquals("Magic Summary, April 21, 1942", citation("IV.4", "SRS-0578").title());
        assertEquals("Russo-Japanese Relations, 13-20 July 1945", citation("V.24", "SRH-085").title());
        assertEquals("Abrogation of the Soviet-Japanese Neutrality Pact", citation("V.1", "SRH-071").title());
    }

    @Test
    void partsOfASeparatelyPaginatedSummary() {
        assertEquals(List.of(new PageRef("4", 1), new PageRef("1", 2), new PageRef("2", 2)),
                citation("V.62", "SRS-1746").pageRefs());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a passage that starts at its paragraph's start
        "V.1 | SRH-071 | The Japanese misinterpretation of Soviet foreign policy, which had existed in 1944 | another five years.",
        // starts after the previous marker of its paragraph, and runs across a page's footnotes
        "V.6 | SRH-071 | Instead, Sato gained an interview with Deputy Commissar Solomon Lozovskii | remaining two ships for 500,000 yen.",
        // a block quotation
        "IV.5 | SRS-0582 | I gave the changes in circumstances during the last year | regarding the concessions.",
        // a block quotation broken by a page's footnotes
        "IV.20 | SRS-1435 | We must recognize the fact that the Anglo-Americans | optimistic estimates of our own strengths.",
        // a block quotation of six paragraphs
        "V.65 | SRH-090 | After the rout and capitulation of Hitlerite Germany | in a state of war against Japan.",
        // a quotation whose first paragraph ends in a colon
        "V.71 | SRS-1759 | [T]he Japanese Government have [sic] the honor | provisions of the Potsdam Declaration.",
        "VI.5 | SRH-086 | Since the Manchurian incident Japan has followed a policy of expediency. | between the Emperor and his people",
        // hyphenated across a page break: 'More-' + 'over'
        "V.67 | SRS-1756 | Elaborating upon this point, as late as 3:00 P.M., 9 August 1945 | the Soviet attacks had already begun.",
    })
    void spansRunFromThePreviousMarker(String note, String id, String start, String end) {
        String passage = citation(note, id).span();
        assertNotNull(passage);
        assertTrue(passage.startsWith(start), passage);
        assertTrue(passage.endsWith(end), passage);
    }

    @Test
    void noFootnoteTextLeaksIntoAPassage() {
        for (Citation c : catalogue.citations()) {
            for (String text : List.of(c.passage(), c.span(), c.inContext())) {
                assertNotNull(text, c.noteRef());
                assertFalse(text.contains("reel"), c.noteRef());
                assertFalse(text.contains("Ibid."), c.noteRef());
                assertFalse(text.contains("Strange Neutrality"), c.noteRef());
            }
            assertFalse(c.passage().matches("(?s).*[\u00b9\u00b2\u00b3\u2070\u2074-\u2079].*"), c.noteRef());
            assertFalse(c.span().matches("(?s).*[\u00b9\u00b2\u00b3\u2070\u2074-\u2079].*"), c.noteRef());
            assertTrue(c.inContext().contains(c.passage()) && c.inContext().contains(c.span()), c.noteRef());
        }
        assertTrue(citation("V.8", "SRH-071").passage().contains("demand the abrogation of both the Portsmouth Treaty"));
        assertTrue(citation("V.4", "SRH-071").span().contains("captured in Hongkong"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the sentence the marker closes, not the paragraph before it
        "V.1 | SRH-071 | If Sato did not observe any change, the ambassador was to question Molotov on the possibilities of "
                + "extending the Soviet-Japanese Neutrality Pact for another five years.",
        "IV.31 | SRS-1189 | Japan regarded the Soviet offer as totally unsatisfactory.",
        // with the sentence before it that "Moreover" carries on
        "V.6 | SRH-071 | During this conference Sato proposed that the Soviet Union accept one of the interred vessels in "
                + "exchange for a Japanese ship that had run aground near North Sakhalin a couple years earlier. Moreover, "
                + "the Japanese were willing to buy the remaining two ships for 500,000 yen.",
        // a quoted sentence that runs on is one sentence
        "IV.19 | SRS-1437 | A July 1944 report from Japan's military attache in Bucharest presented this gloomy, but accurate "
                + "appraisal of the war, \"We Japanese must give up all idea of expecting anything from Germany. Japan, "
                + "unaided, must now stand or fall on her own.\"",
    })
    void passagesAreTheClaimTheNoteSupports(String note, String id, String passage) {
        assertEquals(passage, citation(note, id).passage());
        assertTrue(citation(note, id).context().contains(passage));
    }

    private static Citation citation(String note, String id) {
        return catalogue.citationsOf(DocumentId.parse(id)).stream().filter(c -> c.noteRef().equals(note)).findFirst()
                .orElseThrow(() -> new AssertionError("no citation of " + id + " in note " + note));
    }
}
