package org.magicref.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.notebook.Change;

/** The journal never loses a change that was written, whatever happens to the process writing the next one. */
class JournalTest {
    @TempDir
    Path dir;

    @Test
    void aChangeRoundTripsWithEveryCharacter() throws Exception {
        Journal journal = new Journal(dir);
        String hostile = "quote \" backslash \\ newline \n tab \t escape \u001b[2J bell \u0007 \u00e9\u6f22";
        journal.append(existing -> new Change(1, "2026-11-28T10:00:00Z", Change.ADD_WORK,
                Map.of("id", "w", "title", hostile), Map.of(), 0));
        Journal.Read read = journal.read();
        assertEquals(List.of(), read.problems());
        assertEquals(hostile, read.changes().get(0).field("title"));
        assertEquals(1, Files.readAllLines(journal.file()).size(), "one change, one line");
    }

    @Test
    void aTornLastLineIsReportedAndTheNextChangeStandsOnItsOwnLine() throws Exception {
        Journal journal = new Journal(dir);
        append(journal, "a");
        Files.writeString(journal.file(), "{\"seq\":2,\"at\":\"2026-11-28T1", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        append(journal, "b");
        Journal.Read read = journal.read();
        assertEquals(List.of("a", "b"), read.changes().stream().map(c -> c.field("id")).toList());
        assertEquals(1, read.problems().size());
        assertTrue(read.problems().get(0).endsWith("journal.jsonl line 2: damaged, skipped (Unexpected end-of-input in VALUE_STRING)")
                || read.problems().get(0).contains("line 2: damaged"), read.problems().get(0));
        assertEquals(3, read.changes().get(1).line());
    }

    @Test
    void randomBytesInTheJournalAreReportedLineByLine() throws Exception {
        Journal journal = new Journal(dir);
        append(journal, "a");
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Files.write(journal.file(), noise, StandardOpenOption.APPEND);
        append(journal, "b");
        Journal.Read read = journal.read();
        assertEquals(List.of("a", "b"), read.changes().stream().map(c -> c.field("id")).toList());
        assertTrue(!read.problems().isEmpty() && read.problems().stream().allMatch(p -> p.contains(": damaged, skipped")));
    }

    @Test
    void killingAWriterLosesAtMostTheChangeItWasWriting() throws Exception {
        Process writer = java(dir.toString(), "0", "killed");
        long deadline = System.currentTimeMillis() + 20_000;
        Journal journal = new Journal(dir);
        while (journal.read().changes().size() < 20 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        writer.destroyForcibly();
        assertTrue(writer.waitFor(20, TimeUnit.SECONDS));
        Journal.Read read = journal.read();
        List<Integer> seqs = read.changes().stream().map(Change::seq).toList();
        assertTrue(seqs.size() >= 20, "the writer got going: " + seqs.size());
        assertEquals(IntStream.rangeClosed(1, seqs.size()).boxed().toList(), seqs, "every change before the last stands");
        assertTrue(read.problems().size() <= 1, "at most the change being written: " + read.problems());
        append(journal, "after");
        assertEquals("after", journal.read().changes().get(seqs.size()).field("id"));
    }

    @Test
    void twoWritersAtOnceBothLandWholeAndInTurn() throws Exception {
        List<Process> writers = new ArrayList<>();
        for (String tag : List.of("left", "right")) {
            writers.add(java(dir.toString(), "25", tag));
        }
        for (Process p : writers) {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), new String(p.getErrorStream().readAllBytes()));
        }
        Journal.Read read = new Journal(dir).read();
        assertEquals(List.of(), read.problems());
        assertEquals(IntStream.rangeClosed(1, 50).boxed().toList(), read.changes().stream().map(Change::seq).toList(),
                "each writer read the other's changes before numbering its own");
        assertEquals(25, read.changes().stream().filter(c -> c.field("id").startsWith("left-")).count());
    }

    private static void append(Journal journal, String id) throws Exception {
        journal.append(existing -> new Change(existing.stream().mapToInt(Change::seq).max().orElse(0) + 1,
                "2026-11-28T10:00:00Z", Change.ADD_WORK, Map.of("id", id, "title", "t"), Map.of(), 0));
    }

    private static Process java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), JournalWriter.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
