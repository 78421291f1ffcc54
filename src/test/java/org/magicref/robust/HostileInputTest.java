package org.magicref.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.Skip;
import org.magicref.cli.Cli;
import org.magicref.cli.Display;
import org.magicref.cli.ExitCodes;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.records.CatalogueSource;
import org.magicref.records.CatalogueStore;

/** What a hostile user tried: each is answered in one line with its exit code, and nothing is clobbered. */
class HostileInputTest {
    static final CatalogueSource SOURCE = new CatalogueSource(CatalogueStore::readBundled, CatalogueStore::read, n -> null);

    @TempDir
    Path dir;

    record Result(int code, String out, String err) { }

    static Result run(CatalogueSource source, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(Cli.create(source, Display.PLAIN, new PrintWriter(out), new PrintWriter(err)), args);
        return new Result(code, out.toString(), err.toString());
    }

    static void oneLine(Result r, int code) {
        assertEquals(code, r.code(), r.err());
        assertTrue(r.err().startsWith("magicref: "), r.err());
        assertTrue(r.err().lines().count() <= 2, r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    }

    @Test
    void aPageListOfAnyLengthIsAnsweredNotOverflowed() {
        String pages = String.join(", ", Collections.nCopies(650, "1"));
        oneLine(run(SOURCE, "cite", "SRH-079", "--page", pages), ExitCodes.USAGE);
        oneLine(run(SOURCE, "notes", "SRH-079:" + pages), ExitCodes.USAGE);
        String hundred = String.join(", ", Collections.nCopies(100, "6"));
        assertEquals(0, run(SOURCE, "cite", "SRH-079", "--page", hundred).code());
    }

    @Test
    void anErrorOfTheJvmIsOneLineAndExitFive() {
        oneLine(run(new CatalogueSource(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, CatalogueStore::read, n -> null), "show", "SRH-085"), ExitCodes.INTERNAL);
        oneLine(run(new CatalogueSource(() -> {
            throw new StackOverflowError();
        }, CatalogueStore::read, n -> null), "show", "SRH-085"), ExitCodes.INTERNAL);
    }

    @Test
    void theShellGoesOnAfterAnyError() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String lines = "cite SRH-079 --page '" + String.join(", ", Collections.nCopies(650, "1")) + "'\nshow SRH-085\n";
        java.lang.reflect.Method run = Class.forName("org.magicref.cli.shell.Batch")
                .getDeclaredMethod("run", BufferedReader.class, CatalogueSource.class, PrintWriter.class, PrintWriter.class);
        run.setAccessible(true);
        run.invoke(null, new BufferedReader(new StringReader(lines)), SOURCE, new PrintWriter(out), new PrintWriter(err));
        assertTrue(out.toString().startsWith("SRH-085  Russo-Japanese Relations"), out.toString());
        assertTrue(err.toString().startsWith("magicref: "), err.toString());
    }

    @Test
    void importReadsOnlyRegularFilesOfBoundedSize() throws Exception {
        Skip.unless(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        Result zero = run(SOURCE, "import", "/dev/zero", "--out", dir.resolve("out").toString());
        oneLine(zero, ExitCodes.INVALID_INPUT);
        assertTrue(zero.err().contains("/dev/zero: not a regular file"), zero.err());
        Result folder = run(SOURCE, "import", dir.toString(), "--out", dir.resolve("out").toString());
        oneLine(folder, ExitCodes.INVALID_INPUT);
        assertTrue(folder.err().contains(dir + ": is a folder"), folder.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void exportWritesOnlyRegularFiles() throws Exception {
        Skip.unless(Files.exists(Path.of("/dev/null")), "no /dev/null here");
        oneLine(run(SOURCE, "export", "--format", "json", "--out", "/dev/null", "--force"), ExitCodes.IO);
        assertFalse(Files.isRegularFile(Path.of("/dev/null")), "/dev/null is still a device");
        Path target = Files.writeString(dir.resolve("target.bib"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.bib"), target);
        assertEquals(0, run(SOURCE, "export", "--format", "bibtex", "--out", link.toString(), "--force").code());
        assertTrue(Files.isSymbolicLink(link), "the link is followed, not replaced");
        assertTrue(Files.readString(target).contains("@misc{") || Files.readString(target).contains("@"), "the target is written");
        assertTrue(run(SOURCE, "export", "--format", "csv", "--out", "-").out().startsWith("id,series,"));
        oneLine(run(SOURCE, "export", "--format", "csv", "--out", dir.resolve("no/such/folder.csv").toString()), ExitCodes.IO);
        oneLine(run(SOURCE, "export", "--format", "csv", "--out", ""), ExitCodes.USAGE);
        Files.writeString(dir.resolve(".target.bib.99999999.magicref-tmp"), "left by a killed export");
        assertEquals(0, run(SOURCE, "export", "--format", "bibtex", "--out", target.toString(), "--force").code());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".magicref-tmp")), "what a killed export left is gone");
        }
    }

    @Test
    void theEdgesOfImportOut() throws Exception {
        Path thesis = Files.writeString(dir.resolve("t.txt"), "no notes here");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Result r = run(SOURCE, "import", thesis.toString(), "--out", file.toString());
        assertFalse(r.err().contains("null"), r.err());
        oneLine(run(SOURCE, "import", thesis.toString(), "--out", ""), ExitCodes.USAGE);
        Path some = Files.createDirectories(dir.resolve("some"));
        Files.writeString(some.resolve(CatalogueStore.WORKS), "[]");
        Result merge = run(SOURCE, "import", thesis.toString(), "--out", some.toString(), "--merge");
        assertTrue(merge.code() != 0 && (merge.err().contains("move them aside") || merge.err().contains("no notes found")), merge.err());
        assertEquals("[]", Files.readString(some.resolve(CatalogueStore.WORKS)), "the user's file is untouched");
    }

    @Test
    void aRecordsFileThatIsNotAFileIsNamedForWhatItIs() throws Exception {
        Path records = dir.resolve("records");
        CatalogueStore.write(CatalogueStore.readBundled(), records, false);
        Files.delete(records.resolve(CatalogueStore.WORKS));
        Files.createDirectory(records.resolve(CatalogueStore.WORKS));
        Result r = run(SOURCE, "validate", records.toString(), "--width", "200");
        assertTrue(r.out().contains("works.json: a folder, not a records file"), r.out());
        Files.delete(records.resolve(CatalogueStore.WORKS));
        Files.createSymbolicLink(records.resolve(CatalogueStore.WORKS), records.resolve("loop.json"));
        Files.createSymbolicLink(records.resolve("loop.json"), records.resolve(CatalogueStore.WORKS));
        assertTrue(run(SOURCE, "validate", records.toString(), "--width", "200").out().contains("one that loops"));
        Path secret = Files.writeString(dir.resolve("secret"), "hunter2:x:0:0\n");
        Files.delete(records.resolve(CatalogueStore.WORKS));
        Files.createSymbolicLink(records.resolve(CatalogueStore.WORKS), secret);
        Result linked = run(SOURCE, "validate", records.toString(), "--width", "200");
        assertFalse(linked.out().contains("hunter2"), "no text of the linked file is repeated: " + linked.out());
    }

    @Test
    void aCatalogueIsAlwaysTheOldOneOrTheNewOne() throws Exception {
        List<Catalogue> both = ImportWriter.catalogues();
        Set<Integer> sizes = Set.of(both.get(0).documents().size(), both.get(1).documents().size());
        Path folder = dir.resolve("records");
        CatalogueStore.write(both.get(0), folder, false);
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 6; round++) {
            Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), ImportWriter.class.getName(), folder.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(600 + random.nextInt(900));
            writer.destroyForcibly();
            assertTrue(writer.waitFor(20, TimeUnit.SECONDS));
            Catalogue read = CatalogueStore.read(folder);
            assertTrue(sizes.contains(read.documents().size()), "round " + round + ": " + read.documents().size());
            assertEquals(both.get(0).citations().size(), read.citations().size());
        }
    }

    @Test
    void twoImportsIntoOneNewFolderDoNotBothWrite() throws Exception {
        Path folder = dir.resolve("new");
        Catalogue catalogue = CatalogueStore.readBundled();
        CountDownLatch start = new CountDownLatch(1);
        List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    CatalogueStore.write(catalogue, folder, false);
                    outcomes.add("written");
                } catch (Exception e) {
                    outcomes.add("refused: " + e.getMessage());
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join(30_000);
        }
        assertEquals(1, outcomes.stream().filter(o -> o.equals("written")).count(), outcomes.toString());
        assertTrue(outcomes.stream().anyMatch(o -> o.contains("another magicref command is writing") || o.contains("records exist")),
                outcomes.toString());
    }

    @Test
    void controlCharactersInRecordsAreShownNotSent() {
        Catalogue bundled = CatalogueStore.readBundled();
        List<Document> docs = new ArrayList<>(bundled.documents());
        Document d = docs.get(0);
        docs.set(0, new Document(d.id(), "Clear \u001b[2J screen \u0007 bell \u0000 nul \u009b csi", d.date(), d.publication(),
                d.reel(), d.bibliography()));
        CatalogueSource source = CatalogueSource.of(new Catalogue(bundled.works(), bundled.publications(), docs, bundled.citations()));
        for (String command : List.of("show", "cites", "xref")) {
            String out = run(source, command, d.id().toString()).out();
            assertTrue(out.contains("Clear \\x1B[2J screen \\x07 bell \\x00 nul \\x9B csi"), command + ": " + out);
            assertTrue(out.chars().noneMatch(ch -> (ch < 0x20 && ch != '\n') || (ch >= 0x7F && ch <= 0x9F)), command);
        }
        assertTrue(run(source, "list").out().contains("\\x1B[2J"));
        assertTrue(run(source, "show", d.id().toString(), "--json").out().contains("\\u001B[2J"), "JSON keeps its own escapes");
    }

    @Test
    void bigNumbersAreRefusedNotWrapped() {
        oneLine(run(SOURCE, "notes", "SRH-085:7", "--start", "2147483646"), ExitCodes.USAGE);
        oneLine(run(SOURCE, "show", "SRH-085", "--width", "0"), ExitCodes.USAGE);
        oneLine(run(SOURCE, "show", "SRH-085", "--width", "-5"), ExitCodes.USAGE);
    }

    @Test
    void validateRefusesWhatNoCommandCouldUse() throws Exception {
        Path records = dir.resolve("records");
        CatalogueStore.write(CatalogueStore.readBundled(), records, false);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var documents = (com.fasterxml.jackson.databind.node.ArrayNode) json.readTree(records.resolve(CatalogueStore.DOCUMENTS).toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) documents.get(0)).put("title", 123);
        ((com.fasterxml.jackson.databind.node.ObjectNode) documents.get(1)).put("date", "31 February 1945");
        ((com.fasterxml.jackson.databind.node.ObjectNode) documents.get(2)).put("reel", 1.5);
        Files.writeString(records.resolve(CatalogueStore.DOCUMENTS), json.writeValueAsString(documents));
        var citations = (com.fasterxml.jackson.databind.node.ArrayNode) json.readTree(records.resolve(CatalogueStore.CITATIONS).toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) citations.get(0).get("pageRefs").get(0)).put("page", "abc");
        ((com.fasterxml.jackson.databind.node.ObjectNode) citations.get(1)).put("note", 0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) citations.get(2)).put("chapter", "");
        ((com.fasterxml.jackson.databind.node.ObjectNode) citations.get(3)).putArray("frames").add(2147483647);
        ((com.fasterxml.jackson.databind.node.ObjectNode) citations.get(4)).put("document", "SRH-999");
        Files.writeString(records.resolve(CatalogueStore.CITATIONS), json.writeValueAsString(citations) + "garbage");
        Result r = run(SOURCE, "validate", records.toString(), "--width", "200");
        assertEquals(ExitCodes.INVALID_INPUT, r.code());
        for (String problem : List.of("$[0].title", "is not a date", ".reel: Cannot coerce Floating-point", "'abc' is not a page",
                "is not a note number", ".chapter: empty", "2147483647 is not a frame number", "cites SRH-999",
                "content after the array")) {
            assertTrue(r.out().contains(problem), problem + " in:\n" + r.out());
        }
        for (String command : List.of("show", "cites", "locate")) {
            Result refused = run(SOURCE, command, "SRH-085", "--page", "1", "--records", records.toString());
            assertTrue(refused.code() == ExitCodes.INVALID_INPUT || refused.code() == ExitCodes.USAGE, refused.err());
            assertFalse(refused.err().contains("Exception"), refused.err());
        }
    }
}
