package org.magicref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.importer.Thesis;
import org.magicref.records.CatalogueStore;

/** A second work imported as a user would: into the catalogue of the first, with its report. */
class ImportCommandTest {
    /** A draft without a cover page: one body mention, one plain-digit note that breaks the numbering. */
    static final String DRAFT = """
            Chapter 1

            Sato's last hope was Moscow.1 SRH 71 tells how it ended. Molotov refused.3

            1 SRH 71, p. 5, reel 9, fr. 0584.
            3 Ibid., p. 6, reel 9, fr. 0585.
            """;

    @TempDir
    Path dir;

    private Path draft() throws IOException {
        return Files.writeString(dir.resolve("draft.txt"), DRAFT);
    }

    @Test
    void aSecondWorkIsAddedToTheCatalogueAndCitedBesideTheFirst() throws IOException {
        Path records = dir.resolve("records");
        assertEquals(0, Run.of("import", Thesis.path().toString(), "--out", records.toString()).code());
        Run added = Run.of("import", draft().toString(), "--into", records.toString(), "--work", "smith-2027",
                "--author", "Ann Smith", "--title", "Sakhalin", "--year", "2027");
        assertEquals(0, added.code(), added.err());
        assertEquals("""
                warning: line 6: note 3 follows note 1
                warning: line 3: note marker 3 follows marker 1 in chapter I
                warning: SRH-071: neither the bibliography nor a full note names its publication
                not imported: line 3: SRH 71 mentioned in body text, not in a note
                """, added.err());
        assertEquals("merged smith-2027 into the records: 0 conflicts (yours kept); now 46 documents (37 cited, "
                + "9 bibliography only), 87 citations, 3 publications -> " + records + "\n"
                + "1 mention of an RG 457 document was not imported (listed above with their lines; --strict refuses them)\n",
                added.out());
        Run cites = Run.of("cites", "SRH-071", "--records", records.toString());
        assertEquals(0, cites.code(), cites.err());
        int first = cites.out().indexOf("In blevins-1996");
        assertTrue(first > 0 && cites.out().indexOf("In smith-2027") > first, "the catalogue's first work stays first: " + cites.out());
        assertTrue(Run.of("show", "SRH-071", "--records", records.toString()).out().contains("stated by blevins-1996, smith-2027"));
        assertTrue(Run.of("show", "SRS-0578", "--records", records.toString()).out().contains("stated by blevins-1996\n"),
                "a document only the thesis cites is stated by the thesis alone");
        Run again = Run.of("import", draft().toString(), "--into", records.toString(), "--work", "smith-2027",
                "--author", "Ann Smith", "--title", "Sakhalin", "--year", "2027");
        assertEquals(ExitCodes.INVALID_INPUT, again.code());
        assertEquals("magicref: " + records + " already holds the work smith-2027; give --work ID to add this one under "
                + "another id, or re-import it with --out " + records + " --merge\n", again.err());
    }

    @Test
    void theReportFileListsEveryMentionNotImportedWithItsLine() throws IOException {
        Path report = dir.resolve("report.json");
        Run r = Run.of("import", draft().toString(), "--out", dir.resolve("out").toString(), "--author", "Ann Smith",
                "--title", "Sakhalin", "--year", "2027", "--report", report.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(Files.readString(report));
        assertEquals("smith-2027", json.get("work").asText());
        assertEquals(2, json.get("citations").asInt());
        JsonNode unread = json.get("unread").get(0);
        assertEquals(3, unread.get("line").asInt());
        assertEquals("SRH 71", unread.get("mention").asText());
        assertEquals("mentioned in body text, not in a note", unread.get("reason").asText());
        Run twice = Run.of("import", draft().toString(), "--out", dir.resolve("out2").toString(), "--author", "Ann Smith",
                "--title", "Sakhalin", "--year", "2027", "--report", report.toString());
        assertEquals(ExitCodes.IO, twice.code(), "an existing report is not replaced without --force");
        assertTrue(Files.notExists(dir.resolve("out2")));
    }

    @Test
    void strictRefusesAnImportThatLeavesAMentionOutAndWritesNothing() throws IOException {
        Path out = dir.resolve("out");
        Run r = Run.of("import", draft().toString(), "--out", out.toString(), "--author", "Ann Smith", "--title", "Sakhalin",
                "--year", "2027", "--strict");
        assertEquals(ExitCodes.INVALID_INPUT, r.code());
        assertEquals("""
                not imported: line 3: SRH 71 mentioned in body text, not in a note
                magicref: 1 mention of an RG 457 document is not imported (listed above); nothing written (without --strict \
                they are reported and the rest imported)
                """, r.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void aTextThatNamesDocumentsButCitesNoneFailsWithExitCode3() throws IOException {
        Path text = Files.writeString(dir.resolve("letter.txt"), "Dear colleague,\n\nhave you read SRH 71 and SRS 578?\n");
        Run r = Run.of("import", text.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCodes.INVALID_INPUT, r.code());
        assertTrue(r.err().startsWith("magicref: no notes found") && r.err().endsWith("though the text mentions RG 457 "
                + "identifiers on 1 line (first: line 3: SRH 71 mentioned in body text, not in a note)\n"), r.err());
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    void intoAFolderWithoutRecordsIsRefused() throws IOException {
        Run r = Run.of("import", draft().toString(), "--into", dir.toString(), "--author", "Ann Smith", "--title", "Sakhalin",
                "--year", "2027");
        assertEquals(ExitCodes.INVALID_INPUT, r.code());
        assertEquals("magicref: " + dir + " holds no records to add the work to; import the first work with --out " + dir + "\n",
                r.err());
        assertTrue(CatalogueStore.FILES.stream().noneMatch(f -> Files.exists(dir.resolve(f))));
    }

    @Test
    void theWorksDetailsAreCheckedBeforeAnythingIsRead() throws IOException {
        Path text = draft();
        for (String[] bad : new String[][] {{"--work", "bad id/.."}, {"--year", "-5"}, {"--author", " "}, {"--title", ""}}) {
            Map<String, String> options = new LinkedHashMap<>(Map.of("--author", "Ann Smith",
                    "--title", "Sakhalin", "--year", "2027"));
            options.put(bad[0], bad[1]);
            List<String> args = new ArrayList<>(List.of("import", text.toString(), "--out",
                    dir.resolve("out").toString()));
            options.forEach((k, v) -> args.addAll(List.of(k, v)));
            Run r = Run.of(args.toArray(new String[0]));
            assertEquals(ExitCodes.USAGE, r.code(), String.join(" ", bad) + ": " + r.err());
            assertTrue(r.err().startsWith("magicref: " + (bad[0].equals("--work") ? "'bad id/..' is not a work id"
                    : bad[0].equals("--year") ? "--year must be a year of four digits" : bad[0] + " is empty")), r.err());
        }
        assertTrue(Files.notExists(dir.resolve("out")));
    }
}
