package org.magicref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cite, notes, bibliography and export, run as a user runs them. */
class CitationCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void citeTheFullFirstReference() throws Exception {
        JsonNode n = JSON.readTree(Run.of("cite", "SRH-018", "--page", "12", "--json").out());
        assertEquals("U.S. National Archives and Records Administration, Washington, D.C., Record Group 457, Records of the "
                + "National Security Agency/Central Security Service, \"Collection of Japanese Diplomatic Messages, 12 July "
                + "1938-21 January 1942,\" SRH-018, in Top Secret Studies on U.S. Communications Intelligence during World "
                + "War II, pt. 1, The Pacific Theater (Bethesda, MD: University Publications of America, 1989, microfilm), "
                + "p. 12, reel 5, fr. 0774.", n.get("text").asText());
        assertEquals("house", n.get("style").asText());
        assertEquals(774, n.get("frames").get(0).asInt());
    }

    @Test
    void citeSaysWhyAFrameIsLeftOut() {
        Run r = Run.of("cite", "SRH-068", "--page", "6", "--form", "id");
        assertEquals(0, r.code());
        assertEquals("SRH-068, p. 6, reel 9.\n", r.out());
        assertTrue(r.err().startsWith("magicref: no frame given: p. 6 of SRH-068 is ambiguous"), r.err());
    }

    @Test
    void citeInACslStyle() {
        Run r = Run.of("cite", "SRS-0578", "--page", "1", "--style", "chicago-fullnote-bibliography", "--width", "200");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("\u201cMagic Summary, April 21, 1942,\u201d microfilm, SRS-0578, Intercepted Japanese Messages"), r.out());
        Run bad = Run.of("cite", "SRS-0578", "--style", "mlaa");
        assertEquals(ExitCodes.USAGE, bad.code());
        assertTrue(bad.err().contains("did you mean modern-language-association"), bad.err());
        for (String alias : List.of("chicago", "turabian", "mla", "apa")) {
            Run shortName = Run.of("cite", "SRS-0578", "--page", "1", "--style", alias, "--json");
            assertEquals(0, shortName.code(), alias + ": " + shortName.err());
        }
        assertTrue(Run.of("cite", "SRS-0578", "--page", "1", "--style", "chicago", "--json").out()
                .contains("\"style\": \"chicago-fullnote-bibliography\""));
        assertEquals("\"Magic Summary, April 21, 1942,\" SRS-0578, p. 1, reel 1.\n",
                Run.of("cite", "SRS-0578", "--page", "1", "--form", "short").out(), "the help's own example works");
        assertTrue(Run.of("cite", "--list-styles").out().contains("\napa\n"));
    }

    @Test
    void notesApplyTheThesisForms() throws Exception {
        String[] refs = {"notes", "SRH-071:1", "SRH-071:1-2", "SRH-071:2", "-", "SRH-071:5", "SRH-071:5-6", "--start", "6"};
        Run r = Run.of(refs);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(" 6. U.S. National Archives and Records Administration, Washington, D.C., Record\n"
                + "    Group 457, "), r.out());
        assertTrue(r.out().endsWith(String.join("\n",
                " 7. Ibid., pp. 1-2, reel 9, frs. 0580-81.",
                " 8. Ibid., p. 2, reel 9, fr. 0581.",
                " 9. (another source)",
                "10. SRH-071, p. 5, reel 9, fr. 0584.",
                "11. Ibid., pp. 5-6, reel 9, frs. 0584-85.", "")), r.out());
        String[] json = java.util.Arrays.copyOf(refs, refs.length + 1);
        json[refs.length] = "--json";
        JsonNode n = JSON.readTree(Run.of(json).out());
        assertEquals("U.S. National Archives and Records Administration, Washington, D.C., Record Group 457, Records of the "
                + "National Security Agency/Central Security Service, \"Abrogation of the Soviet-Japanese Neutrality Pact,\" "
                + "SRH-071, in Top Secret Studies on U.S. Communications Intelligence during World War II, pt. 1, The "
                + "Pacific Theater (Bethesda, MD: University Publications of America, 1989, microfilm), p. 1, reel 9, fr. 0580.",
                n.get(0).get("text").asText());
        assertEquals(6, n.get(0).get("number").asInt());
        assertEquals("full", n.get(0).get("forms").get(0).asText());
    }

    @Test
    void notesWithSeveralDocumentsAndSummaries() throws Exception {
        JsonNode n = JSON.readTree(Run.of("notes", "SRS-0578:1", "SRS-0582:2", "SRS-0582:2", "SRH-067:6-7",
                "SRH-067:6-7+SRH-068:1,12", "--json").out());
        assertEquals("Ibid., \"April 25, 1942,\" SRS-0582, p. 2, reel 1.", n.get(1).get("text").asText());
        assertEquals("Ibid.", n.get(2).get("text").asText());
        assertEquals("Ibid.; and \"Japanese Estimates of Germany's Ability to Continue the Struggle,\" SRH-068, pp. 1, 12, "
                + "reel 9, frs. 0512, 0524.", n.get(4).get("text").asText());
        assertEquals("ibid", n.get(4).get("forms").get(0).asText());
        assertEquals(ExitCodes.USAGE, Run.of("notes", "SRH-071:five").code());
        assertEquals(ExitCodes.NOT_FOUND, Run.of("notes", "SRH-072:1").code());
        assertEquals(ExitCodes.USAGE, Run.of("notes").code());
    }

    @Test
    void notesThatStartMidPaperKnowWhatWasCitedBefore() throws Exception {
        JsonNode n = JSON.readTree(Run.of("notes", "SRH-071:6", "SRH-085:8", "SRH-085:8", "--start", "24",
                "--after", "SRH-085:7,SRH-070", "--json").out());
        assertEquals(3, n.size(), "the earlier references are not printed");
        assertEquals(24, n.get(0).get("number").asInt());
        assertEquals("\"Abrogation of the Soviet-Japanese Neutrality Pact,\" SRH-071, p. 6, reel 9, fr. 0585.",
                n.get(0).get("text").asText(), "its publication was cited in full before: the title and identifier");
        assertEquals("SRH-085, p. 8, reel 9, fr. 0801.", n.get(1).get("text").asText(), "cited by title before");
        assertEquals("Ibid.", n.get(2).get("text").asText());
        // without --after, the same notes start a paper
        assertTrue(Run.of("notes", "SRH-071:6", "--json").out().contains("U.S. National Archives"));
        // an earlier note of the same document is not the note just before: no "Ibid." reaches back to it
        assertEquals("SRH-085, p. 8, reel 9, fr. 0801.", JSON.readTree(Run.of("notes", "SRH-085:8", "--after", "SRH-085:8",
                "--json").out()).get(0).get("text").asText());
        JsonNode csl = JSON.readTree(Run.of("notes", "SRH-085:8", "--after", "SRH-085", "--style",
                "chicago-fullnote-bibliography", "--json").out());
        assertEquals("“Russo-Japanese Relations, 13-20 July 1945,” 8, reel 9, fr. 0801.", csl.get(0).get("text").asText(),
                "Chicago's short note for a document cited before");
        assertEquals(ExitCodes.NOT_FOUND, Run.of("notes", "SRH-071:6", "--after", "SRH-999").code());
        assertEquals(ExitCodes.USAGE, Run.of("notes", "--work", "blevins-1996", "--after", "SRH-085").code());
    }

    @Test
    void notesInAFormatThatKeepsItalics() {
        Run html = Run.of("notes", "SRH-071:6", "SRH-085:8", "--start", "3", "--format", "html");
        assertEquals("<p>3. U.S. National Archives and Records Administration, Washington, D.C., Record Group 457, Records of the "
                + "National Security Agency/Central Security Service, \"Abrogation of the Soviet-Japanese Neutrality Pact,\" "
                + "SRH-071, in <i>Top Secret Studies on U.S. Communications Intelligence during World War II</i>, pt. 1, The "
                + "Pacific Theater (Bethesda, MD: University Publications of America, 1989, microfilm), p. 6, reel 9, fr. 0585.</p>\n"
                + "<p>4. \"Russo-Japanese Relations, 13-20 July 1945,\" SRH-085, p. 8, reel 9, fr. 0801.</p>\n", html.out());
        Run markdown = Run.of("notes", "SRH-085:8", "SRH-071:6", "--after", "SRH-071", "--style", "turabian-fullnote-bibliography",
                "--format", "markdown");
        assertEquals("1. “Russo-Japanese Relations, 13-20 July 1945,” microfilm, SRH-085, Top Secret Studies on U.S. Communications "
                + "Intelligence during World War II, Pt. 1, The Pacific Theater (1945; repr., Bethesda, MD: University Publications "
                + "of America, 1989), 8, reel 9, fr. 0801, U.S. National Archives and Records Administration, Record Group 457, Records of the "
                + "National Security Agency/Central Security Service, Washington, D.C.\n\n"
                + "2. “Abrogation of the Soviet-Japanese Neutrality Pact,” 6, reel 9, fr. 0585.\n", markdown.out());
    }

    @Test
    void bibliographyGroupsUnderPublicationHeadings() {
        Run r = Run.of("bibliography", "--cited-only", "--width", "200");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("U.S. National Archives and Records Administration, Washington, D.C. Record Group 457"));
        assertTrue(r.out().contains(" Michael Glazier, 1989.\n\n  SRS-0578 Magic Summary, 21 April 1942.\n"), r.out());
        assertTrue(r.out().contains("\n_____. Top Secret Studies on U.S. Communications Intelligence during World War II. pt. 2, "
                + "The European Theater. Bethesda, MD: University Publications of America, 1989.\n\n  SRH-070 Notes on the "
                + "Crimea (Yalta) Conference, 23 March 1945.\n"), r.out());
        assertTrue(Run.of("bibliography", "--style", "apa").out().contains("[SRH-085; Microfilm]"));
    }

    @Test
    void exportWritesAFileOnlyWhenAllowed() throws Exception {
        Path out = dir.resolve("magic.bib");
        Run first = Run.of("export", "--format", "bibtex", "--out", out.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(Files.readString(out).startsWith("@report{SRH-018,"));
        Files.writeString(out, "my own notes\n");
        Run again = Run.of("export", "--format", "ris", "--out", out.toString());
        assertEquals(ExitCodes.IO, again.code());
        assertEquals("magicref: " + out + ": exists; give --force to replace it\n", again.err());
        assertEquals("my own notes\n", Files.readString(out));
        assertEquals(0, Run.of("export", "--format", "ris", "--out", out.toString(), "--force").code());
        assertTrue(Files.readString(out).startsWith("TY  - RPRT"));
        assertEquals(ExitCodes.USAGE, Run.of("export", "--format", "docx").code());
        assertEquals(ExitCodes.USAGE, Run.of("export").code());
        assertTrue(Run.of("export", "--format", "CSV", "--cited-only").out().lines().count() == 38);
    }
}
