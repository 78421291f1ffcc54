package org.magicref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.records.CatalogueSource;
import org.magicref.records.CatalogueStore;
import org.magicref.records.Journal;

/** The user's own research at the reader and in their paper, through the command line. */
class ResearchCommandsTest {
    static final String NOW = "2026-11-28T10:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    CatalogueSource source;

    @BeforeEach
    void source() {
        source = sourceFor(home);
    }

    static CatalogueSource sourceFor(Path home) {
        Map<String, String> env = Map.of("MAGICREF_HOME", home.toString(), CatalogueSource.NOW_ENV, NOW);
        return new CatalogueSource(CatalogueStore::readBundled, CatalogueStore::read, env::get);
    }

    Run run(String... args) {
        return Run.with(source, args);
    }

    Run ok(String... args) {
        Run r = run(args);
        assertEquals(0, r.code(), String.join(" ", args) + "\n" + r.err());
        return r;
    }

    @Test
    void marksMakeFramesExactAndInferTheFramesBetween() throws Exception {
        assertEquals("recorded change 1: mark SRH-073 p. 1 at reel 9, fr. 0610\n", ok("mark", "9", "0610", "SRH-073", "--page", "1").out());
        ok("mark", "9", "620", "srh73", "--page", "11", "--comment", "stamp faint");

        JsonNode between = JSON.readTree(ok("frame", "9", "615", "--json").out()).get(0);
        assertEquals("inferred", between.get("kind").asText());
        assertEquals("SRH-073", between.get("document").asText());
        assertEquals("6", between.get("page").asText());
        assertEquals("p. 1 = fr. 0610 (marked 2026-11-28)", between.get("basis").get(0).asText());
        assertEquals("p. 11 = fr. 0620 (marked 2026-11-28: stamp faint)", between.get("basis").get(1).asText());

        String exact = ok("frame", "9", "610").out();
        assertTrue(exact.startsWith("top-secret-studies-pt1, reel 9, fr. 0610: SRH-073, p. 1 (exact)"), exact);
        assertTrue(exact.contains("Why          marked at the reader on 2026-11-28"), exact);

        assertTrue(ok("locate", "SRH-073", "--page", "3").out().startsWith("SRH-073, p. 3: reel 9, fr. 0612 (inferred)"));
        assertTrue(ok("cite", "SRH-073", "--page", "5", "--form", "id").out().startsWith("SRH-073, p. 5, reel 9, fr. 0614."));
    }

    @Test
    void everyFactSaysWhereItComesFrom() throws Exception {
        ok("document", "add", "SRH-074", "--title", "Japanese Army Attaché Reports", "--date", "June 1945",
                "--publication", "top-secret-studies-pt1");
        ok("mark", "9", "640", "SRH-074", "--page", "1", "--comment", "title page");
        String show = ok("show", "SRH-074").out();
        assertTrue(show.contains("  Source       added by you on 2026-11-28; edited by you on 2026-11-28\n"), show);
        assertTrue(show.contains("Page/frame pairs from the notes and your marks:\n  p. 1            fr. 0640   marked 2026-11-28: title page\n"), show);
        assertTrue(ok("show", "SRH-085").out().contains("  Source       stated by blevins-1996\n"));

        JsonNode json = JSON.readTree(ok("show", "SRH-074", "--json").out());
        assertEquals("added by you on 2026-11-28; edited by you on 2026-11-28", json.get("document").get("source").asText());
        assertEquals("marked 2026-11-28: title page", json.get("pageFrames").get(0).get("marks").get(0).asText());
        assertEquals(0, json.get("pageFrames").get(0).get("notes").size());

        ok("work", "add", "my-paper", "--title", "Tokyo and Moscow, 1945", "--author", "A. Historian", "--year", "2027");
        ok("note", "my-paper", "1", "SRH-085", "--page", "7", "--passage", "Sato pressed Molotov.");
        String cites = ok("cites", "SRH-085").out();
        assertTrue(cites.contains("In blevins-1996, Michael Shawn Blevins, Maintaining the Neutrality:"), cites);
        assertTrue(cites.contains("In my-paper, A. Historian, Tokyo and Moscow, 1945 (2027):\n\n  1      p. 7, reel 9\n"
                + "         Sato pressed Molotov.\n"), cites);
        JsonNode mine = JSON.readTree(ok("cites", "SRH-085", "--json").out());
        assertEquals("my-paper", mine.get(mine.size() - 1).get("work").asText());
    }

    @Test
    void thePapersNotesComeOutWithIbidAndShortForms() throws Exception {
        ok("work", "add", "my-paper", "--title", "Tokyo and Moscow, 1945");
        ok("note", "my-paper", "1", "SRH-085", "--page", "7");
        ok("note", "my-paper", "2", "SRH-085", "--page", "7");
        ok("note", "my-paper", "3", "SRH-085", "--page", "8");
        ok("note", "my-paper", "5", "SRH-085", "--page", "9");
        ok("note", "my-paper", "6", "SRH-071", "--page", "1");
        List<String> notes = new ArrayList<>();
        JSON.readTree(ok("notes", "--work", "my-paper", "--json").out()).forEach(n -> notes.add(n.get("label").asText() + ". "
                + (n.get("text").asText().isEmpty() ? "(another source)" : n.get("text").asText()) + "\n"));
        assertEquals("1. U.S. National Archives and Records Administration, Washington, D.C., Record Group 457, Records of the "
                + "National Security Agency/Central Security Service, \"Russo-Japanese Relations, 13-20 July 1945,\" SRH-085, in Top "
                + "Secret Studies on U.S. Communications Intelligence during World War II, pt. 1, The Pacific Theater (Bethesda, "
                + "MD: University Publications of America, 1989, microfilm), p. 7, reel 9, fr. 0800.\n"
                + "2. Ibid.\n"
                + "3. Ibid., p. 8, reel 9, fr. 0801.\n"
                + "4. (another source)\n"
                + "5. SRH-085, p. 9, reel 9, fr. 0802.\n"
                + "6. \"Abrogation of the Soviet-Japanese Neutrality Pact,\" SRH-071, p. 1, reel 9, fr. 0580.\n", String.join("", notes));
        assertTrue(ok("notes", "--work", "my-paper").out().contains("\n2. Ibid.\n3. Ibid., p. 8, reel 9, fr. 0801.\n4. (another source)\n"));
        String bibliography = ok("bibliography", "--work", "my-paper").out();
        assertTrue(bibliography.contains("  SRH-071 ") && bibliography.contains("  SRH-085 ") && !bibliography.contains("SRH-079"),
                bibliography);
        assertEquals(ExitCodes.NOT_FOUND, run("notes", "--work", "nobodys-paper").code());
    }

    @Test
    void badChangesAreRefusedInOneLineAndNothingIsWritten() throws Exception {
        ok("mark", "9", "610", "SRH-073", "--page", "1");
        byte[] journal = Files.readAllBytes(home.resolve(Journal.FILE));
        String[][] refused = {
            {"document", "add", "SRH-074", "--title", "X", "--publication", "nowhere"},
            {"document", "add", "SRH-085", "--title", "Again"},
            {"document", "add", "SRH-074", "--title", "X", "--date", "31 February 1945"},
            {"document", "add", "SRH-074", "--title", "X", "--date", "garbage date"},
            {"document", "add", "SRH-074"},
            {"document", "remove", "SRH-085"},
            {"publication", "remove", "top-secret-studies-pt1"},
            {"mark", "9", "0", "SRH-073", "--page", "2"},
            {"mark", "9", "abc", "SRH-073", "--page", "2"},
            {"mark", "0", "611", "SRH-073", "--page", "2"},
            {"mark", "9", "611", "SRH-073", "--page", "0"},
            {"mark", "9", "611", "SRH-073", "--page", "two"},
            {"mark", "9", "611", "SRH-999", "--page", "2"},
            {"mark", "12", "611", "SRH-073", "--page", "2"},
            {"mark", "1", "5", "SRS-1189", "--page", "2"},
            {"mark", "9", "800", "SRH-073", "--page", "3"},
            {"mark", "9", "615", "SRH-073", "--page", "1"},
            {"note", "nobodys-paper", "1", "SRH-085", "--page", "7"},
        };
        for (String[] args : refused) {
            Run r = run(args);
            assertFalse(r.code() == 0, String.join(" ", args));
            assertTrue(r.err().startsWith("magicref: ") && r.err().lines().count() <= 2, String.join(" ", args) + ": " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertEquals("", r.out());
        }
        assertTrue(run("mark", "9", "800", "SRH-073", "--page", "3").err().contains(
                "fr. 0800 of reel 9 is SRH-085 p. 7 (V.57, V.58)"), "the contradiction names both facts");
        assertTrue(run("mark", "9", "615", "SRH-073", "--page", "1").err().contains(
                "SRH-073 p. 1 is at fr. 0610 (marked 2026-11-28)"));
        assertEquals("magicref: the frame must be a number from 1 to 99999, not '00'\n",
                run("mark", "9", "00", "SRH-073", "--page", "2").err(), "the refusal names what was typed");
        assertEquals(new String(journal), Files.readString(home.resolve(Journal.FILE)), "nothing was written");
    }

    @Test
    void anUnusableUserFolderIsAnErrorInOneLine() throws Exception {
        Path file = Files.writeString(home.resolve("not-a-folder"), "x");
        Run r = Run.with(sourceFor(file), "mark", "9", "610", "SRH-073", "--page", "1");
        assertEquals(ExitCodes.IO, r.code(), r.err());
        assertTrue(r.err().startsWith("magicref: ") && r.err().lines().count() == 1, r.err());
        Run noHome = Run.with(CatalogueSource.of(CatalogueStore.readBundled()), "mark", "9", "610", "SRH-073", "--page", "1");
        assertEquals(ExitCodes.IO, noHome.code());
        assertEquals("magicref: no folder for your additions: set MAGICREF_HOME (or HOME)\n", noHome.err());
    }

    @Test
    void aDamagedJournalLineIsReportedByNumberAndTheRestIsRead() throws Exception {
        ok("mark", "9", "610", "SRH-073", "--page", "1");
        Files.writeString(home.resolve(Journal.FILE), "{\"seq\": 2, \"at\": \"2026-11-2\n", java.nio.file.StandardOpenOption.APPEND);
        ok("mark", "9", "620", "SRH-073", "--page", "11");
        Run r = Run.with(sourceFor(home), "frame", "9", "615");
        assertTrue(r.out().contains("SRH-073, p. 6 (inferred)"), r.out());
        assertTrue(r.err().startsWith("magicref: warning: ") && r.err().contains("journal.jsonl line 2: damaged, skipped"), r.err());
        Run validate = run("validate");
        assertEquals(ExitCodes.INVALID_INPUT, validate.code());
        assertTrue(validate.out().contains("journal.jsonl line 2: damaged"), validate.out());
    }

    @Test
    void logListsEveryChangeAndUndoTakesBackTheLast() throws Exception {
        ok("document", "add", "SRH-074", "--title", "Attaché Reports", "--publication", "top-secret-studies-pt1");
        ok("document", "edit", "SRH-074", "--title", "Japanese Army Attaché Reports", "--reel", "9");
        assertTrue(ok("show", "SRH-074").out().startsWith("SRH-074  Japanese Army Attaché Reports\n"));
        assertEquals("recorded change 3: undo change 2 (edit document SRH-074)\n", ok("undo").out());
        assertTrue(ok("show", "SRH-074").out().startsWith("SRH-074  Attaché Reports\n"));
        String log = ok("log", "--width", "120").out();
        assertEquals("   1  2026-11-28 10:00:00  add document SRH-074\n"
                + "   2  2026-11-28 10:00:00  edit document SRH-074 (undone)\n"
                + "                             title: Attaché Reports -> Japanese Army Attaché Reports\n"
                + "                             reel: (none) -> 9\n"
                + "   3  2026-11-28 10:00:00  undo change 2 (edit document SRH-074)\n", log);
        JsonNode json = JSON.readTree(ok("log", "--json").out());
        assertTrue(json.get(1).get("undone").asBoolean());
        assertEquals("Attaché Reports", json.get(1).get("before").get("title").asText());
        ok("undo");
        assertEquals(ExitCodes.NOT_FOUND, run("show", "SRH-074").code());
        Run nothing = run("undo");
        assertEquals(ExitCodes.USAGE, nothing.code());
        assertEquals("magicref: nothing to undo: the journal holds no change in force\n", nothing.err());
    }

    @Test
    void forcedContradictionsAreRecordedAndReportedByAuditAndValidate() throws Exception {
        ok("mark", "9", "800", "SRH-073", "--page", "3", "--force");
        Run audit = ok("audit", "--width", "200");
        assertTrue(audit.out().contains("mark-contradiction (1)\n  ! your mark of SRH-073 p. 3 at reel 9, fr. 0800"), audit.out());
        Run validate = run("validate", "--width", "200");
        assertEquals(ExitCodes.INVALID_INPUT, validate.code());
        assertTrue(validate.out().contains("contradicts fr. 0800 of reel 9 is SRH-085 p. 7 (V.57, V.58)"), validate.out());
    }

    @Test
    void aNamedCatalogueKeepsItsOwnJournal() throws Exception {
        Path records = home.resolve("records");
        CatalogueStore.write(CatalogueStore.readBundled(), records, false);
        ok("mark", "9", "610", "SRH-073", "--page", "1", "--records", records.toString());
        assertTrue(Files.exists(records.resolve(Journal.FILE)));
        assertFalse(Files.exists(home.resolve(Journal.FILE)));
        assertEquals("valid: " + records + " (46 documents, 85 citations)\n", ok("validate", records.toString()).out());
    }

    @Test
    void theSnapshotAnswersAsTheJournalDoesAndIsSetAsideWhenItCannotBeTrusted() throws Exception {
        ok("document", "add", "SRH-074", "--title", "Attaché Reports", "--publication", "top-secret-studies-pt1");
        ok("mark", "9", "640", "SRH-074", "--page", "1");
        ok("mark", "9", "650", "SRH-074", "--page", "11");
        Path snapshot = home.resolve("snapshot");
        assertTrue(Files.exists(snapshot.resolve("key")), "a change leaves a snapshot");
        String expected = Run.with(sourceFor(home), "show", "SRH-074", "--json").out();

        Files.write(snapshot.resolve("catalogue.bin"), new byte[] {0x4D, 0x52, 0x46, 0x31, 0x7F, 0x7F, 0x7F, 0x7F});
        assertEquals(expected, Run.with(sourceFor(home), "show", "SRH-074", "--json").out(), "a damaged snapshot is replayed");

        Files.writeString(home.resolve(Journal.FILE), Files.readString(home.resolve(Journal.FILE)).replace("\"11\"", "\"12\""));
        String replayed = Run.with(sourceFor(home), "frame", "9", "650").out();
        assertTrue(replayed.contains("SRH-074, p. 12 (exact)"), "a journal changed since the snapshot is replayed: " + replayed);
        assertTrue(Files.readString(snapshot.resolve("key")).contains("journal " + Files.size(home.resolve(Journal.FILE)) + " "),
                "and the lookup that replayed it keeps a new snapshot");

        ok("undo");
        assertTrue(Files.readString(snapshot.resolve("key")).contains("journal " + Files.size(home.resolve(Journal.FILE)) + " "));
        assertEquals(ExitCodes.OK, Run.with(sourceFor(home), "show", "SRH-074").code());
        assertTrue(Run.with(sourceFor(home), "frame", "9", "650").out().contains("not identified"));
    }

    @Test
    void anArchivalBoxHoldsDocumentsOfAnySeries() throws Exception {
        ok("publication", "add", "nara-rg457-box43", "--title", "NARA RG 457, Box 43", "--no-frames", "--medium", "paper",
                "--place", "College Park, MD");
        ok("document", "add", "SRMN-013", "--title", "OP-20-GI Special Studies", "--publication", "nara-rg457-box43");
        String show = ok("show", "srmn13").out();
        assertTrue(show.startsWith("SRMN-013  OP-20-GI Special Studies\n  Series       SRMN\n"), show);
        assertTrue(show.contains("  Publication  NARA RG 457, Box 43 (College Park, MD, paper)\n"), show);
        assertTrue(ok("list", "--series", "SRMN").out().contains("SRMN-013"));
        Run mark = run("mark", "1", "5", "SRMN-013", "--page", "1");
        assertEquals(ExitCodes.USAGE, mark.code());
        assertEquals("magicref: the reels of nara-rg457-box43 have no frame numbers\n", mark.err());
        ok("document", "remove", "SRMN-013");
        ok("publication", "remove", "nara-rg457-box43");
        assertEquals(ExitCodes.NOT_FOUND, run("show", "SRMN-013").code());
    }
}
