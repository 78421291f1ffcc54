package org.magicref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands run on the bundled catalogue, as a user runs them. */
class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void showPrintsEverythingAboutADocument() {
        Run r = Run.of("show", "srh85", "--width", "100");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        String expectedStart = String.join("\n",
                "SRH-085  Russo-Japanese Relations",
                "  Series       SRH (Special Research Histories)",
                "  Date         13-20 July 1945",
                "  Publication  Top Secret Studies on U.S. Communications Intelligence during World War II, pt. 1,",
                "               The Pacific Theater (Bethesda, MD: University Publications of America, 1989,",
                "               microfilm)",
                "  Reel         9",
                "  Frames       0794-0815 (lowest and highest cited)",
                "  Pages cited  1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 18, 22",
                "  Citations    11 (notes V.24, V.46, V.53, V.54, V.56, V.57, V.58, V.59, V.60, V.61, VI.6)",
                "  Bibliography SRH-085 Russo-Japanese Relations, 13-20 July 1945.",
                "  Source       stated by blevins-1996",
                "",
                "Page/frame pairs from the notes:",
                "  p. 1            fr. 0794   V.46, V.53",
                "  p. 2            fr. 0795   V.53");
        assertTrue(r.out().startsWith(expectedStart), r.out());
        assertTrue(r.out().contains("  p. 22           fr. 0815   VI.6\n"), r.out());
        assertTrue(r.out().contains("  V.60   Ibid., pp. 10-11, reel 9, frs. 0803-4; \"Russo-Japanese Relations, 21-27 July"), r.out());
    }

    @Test
    void showTellsABibliographyOnlyDocumentAndAMagicReelWithoutFrames() {
        Run r = Run.of("show", "SRS-1748", "--width", "160");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("  Citations    none: listed in the bibliography only"), r.out());
        assertTrue(r.out().contains("  Reel         not cited"), r.out());
        assertTrue(r.out().contains("its reels have no frame numbers"), r.out());
    }

    @Test
    void showJsonHasTheDocumentPairsAndCitations() throws Exception {
        Run r = Run.of("show", "SRH-079", "--json");
        assertEquals(0, r.code());
        JsonNode n = JSON.readTree(r.out());
        JsonNode d = n.get("document");
        assertEquals("SRH-079", d.get("id").asText());
        assertEquals("SRH", d.get("series").asText());
        assertEquals("Russo-Japanese Relations", d.get("title").asText());
        assertEquals("June 1945", d.get("date").asText());
        assertEquals("month", d.get("datePrecision").asText());
        assertEquals("1945-06-30", d.get("dateEnd").asText());
        assertEquals("top-secret-studies-pt1", d.get("publication").asText());
        assertEquals(9, d.get("reel").asInt());
        assertTrue(d.get("cited").asBoolean());
        List<String> pairs = new ArrayList<>();
        n.get("pageFrames").forEach(p -> pairs.add(p.get("page").asText() + "=" + p.get("frame").asInt()));
        // two pages numbered 6 (notes V.36 and V.37), as the thesis says
        assertEquals(List.of("5=715", "6=716", "6=717", "7=718", "9n=720", "11=722"), pairs);
    }

    @Test
    void citesListsEveryCitationWithItsPassage() {
        Run r = Run.of("cites", "SRH-070", "--width", "80");
        assertEquals(0, r.code());
        assertEquals(String.join("\n",
                "SRH-070  Notes on the Crimea (Yalta) Conference, 23 March 1945 (1 citation)",
                "",
                "  V.13   p. 7, reel 3, fr. 0231",
                "         Some Japanese diplomats held the opinion that a Soviet plot against",
                "         Soviet-Japanese relations had been initiated at Yalta.",
                ""), r.out());
    }

    @Test
    void citesMarksIbidAndShowsFramesInFull() {
        Run r = Run.of("cites", "SRH-085");
        assertTrue(r.out().contains("  V.58   pp. 7-8, reel 9, frs. 0800-0801  (Ibid.)\n"), r.out());
        assertTrue(r.out().startsWith("SRH-085  Russo-Japanese Relations, 13-20 July 1945 (11 citations)\n"), r.out());
    }

    @Test
    void citesJsonHasTheDocumentedFields() throws Exception {
        Run r = Run.of("cites", "SRS-1746", "--json");
        JsonNode a = JSON.readTree(r.out());
        assertEquals(2, a.size());
        JsonNode c = a.get(0);
        for (String field : List.of("document", "work", "chapter", "note", "pages", "reel", "frames", "ibid", "passage", "noteText")) {
            assertTrue(c.has(field), field);
        }
        assertEquals("SRS-1746", c.get("document").asText());
        assertEquals("blevins-1996", c.get("work").asText());
        assertEquals("V", c.get("chapter").asText());
        assertEquals(62, c.get("note").asInt());
        assertEquals("p. 4, part 1; and pp. 1-2, part 2", c.get("pages").asText());
        assertEquals(2, c.get("pageRefs").get(2).get("part").asInt());
        assertEquals(0, c.get("frames").size());
        assertTrue(c.get("noteText").asText().endsWith("This summary is divided into parts which are separately paginated."));
    }

    @Test
    void listFiltersAndCounts() throws Exception {
        assertTrue(Run.of("list").out().endsWith("46 documents\n"));
        assertTrue(Run.of("list", "--series", "srh").out().endsWith("18 documents\n"));
        assertTrue(Run.of("list", "--bibliography-only").out().endsWith("9 documents\n"));
        assertTrue(Run.of("list", "--cited", "--series", "SRS").out().endsWith("25 documents\n"));
        assertTrue(Run.of("list", "--reel", "15").out().endsWith("5 documents\n"));
        assertTrue(Run.of("list", "--publication", "top-secret-studies-pt2").out().endsWith("1 document\n"));
        JsonNode july = JSON.readTree(Run.of("list", "--from", "14 July 1945", "--to", "July 1945", "--sort", "date",
                "--json").out());
        List<String> ids = new ArrayList<>();
        july.forEach(d -> ids.add(d.get("id").asText()));
        // ranges overlapping the window count; SRH-040's date is only in its title, so it is undated
        assertEquals(List.of("SRH-096", "SRH-085", "SRH-086", "SRH-088"), ids);
    }

    @Test
    void listTextIsAligned() {
        String out = Run.of("list", "--series", "SRH", "--width", "80").out();
        String[] lines = out.split("\n");
        assertEquals("ID        DATE                         REEL CITES  TITLE", lines[0]);
        assertEquals("SRH-018   12 July 1938-21 January 1942    5     1  Collection of Japanese", lines[1]);
        assertEquals("                                                   Diplomatic Messages", lines[2]);
    }

    @Test
    void searchRanksPassagesAndTitles() throws Exception {
        Run r = Run.of("search", "Konoe", "envoy");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("1 match for \"Konoe envoy\""), r.out());
        assertTrue(r.out().contains("SRH-084   V.55"), r.out());
        JsonNode hits = JSON.readTree(Run.of("search", "Listening", "Posts", "--json").out());
        assertEquals("SRH-096", hits.get(0).get("document").asText());
        assertTrue(hits.get(0).get("citation").isNull());
    }

    @Test
    void searchWithoutMatchesExitsOne() {
        Run r = Run.of("search", "zeppelin");
        assertEquals(ExitCodes.NOT_FOUND, r.code());
        assertEquals("magicref: no matches for \"zeppelin\"\n", r.err());
    }

    @Test
    void unknownIdentifierSuggestsTheNearest() {
        Run r = Run.of("show", "SRH-087");
        assertEquals(ExitCodes.NOT_FOUND, r.code());
        assertEquals("", r.out());
        assertEquals("magicref: SRH-087 is not in the catalogue; did you mean SRH-086, SRH-088, SRH-085?\n", r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SRH", "085", "XYZ-1", "SRH-0x85"})
    void malformedIdentifierIsAUsageError(String id) {
        Run r = Run.of("cites", id);
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("magicref: "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, Run.of("list", "--reel", "nine").code());
        assertEquals(ExitCodes.USAGE, Run.of("list", "--reel", "-3").code());
        assertEquals(ExitCodes.USAGE, Run.of("list", "--from", "1946", "--to", "1945").code());
        assertEquals(ExitCodes.USAGE, Run.of("list", "--from", "Julember 1945").code());
        assertEquals(ExitCodes.USAGE, Run.of("list", "--cited", "--bibliography-only").code());
        assertEquals(ExitCodes.USAGE, Run.of("list", "--publication", "nowhere").code());
        assertEquals(ExitCodes.USAGE, Run.of("search").code());
        assertEquals(ExitCodes.USAGE, Run.of("shwo", "SRH-085").code());
        Run r = Run.of("list", "--sort", "title");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("Try 'magicref list --help'"), r.err());
    }
}
