package org.magicref.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.Skip;
import org.magicref.cli.ExitCodes;

/** What only a whole process shows: where its output goes, and what its input is. */
class ProcessEdgesTest {
    @TempDir
    Path home;

    /** Runs magicref's main in a shell command line (for redirections), with its own home and cache. */
    private Process magicref(String shellLine) throws Exception {
        return magicref("", shellLine);
    }

    /** As above, with flags for the JVM. */
    private Process magicref(String jvmFlags, String shellLine) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = java + " " + jvmFlags + " -cp '" + System.getProperty("java.class.path") + "' org.magicref.cli.Main "
                + shellLine;
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command);
        pb.environment().put("HOME", home.toString());
        pb.environment().remove("MAGICREF_HOME");
        pb.environment().remove("MAGICREF_RECORDS");
        pb.environment().remove("XDG_CACHE_HOME");
        pb.environment().remove("MAGICREF_CACHE");
        return pb.start();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void outputThatCannotBeWrittenIsAnIoError() throws Exception {
        Skip.unless(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        for (String line : List.of("show SRH-085 > /dev/full", "export --format json > /dev/full", "show SRH-085 >&-")) {
            Process p = magicref(line);
            String err = text(p.getErrorStream().readAllBytes());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(ExitCodes.IO, p.exitValue(), line + ": " + err);
            assertTrue(err.startsWith("magicref: cannot write the output: ") && err.lines().count() == 1, line + ": " + err);
        }
        Process pipe = magicref("list | head -1");
        String err = text(pipe.getErrorStream().readAllBytes());
        assertTrue(pipe.waitFor(60, TimeUnit.SECONDS));
        assertEquals("", err, "a reader that stops reading is not an error");
    }

    @Test
    void theShellFedFromAPipeRunsPlainly() throws Exception {
        Process p = magicref("shell");
        p.getOutputStream().write("show SRH-085\nframe 9 589\nshow SRH-999\nexit\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = text(p.getInputStream().readAllBytes());
        String err = text(p.getErrorStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(out.startsWith("SRH-085  Russo-Japanese Relations\n"), out);
        assertTrue(out.contains("top-secret-studies-pt1, reel 9, fr. 0589: SRH-071, p. 10 (exact)"), out);
        assertFalse(out.contains("\u001b") || err.contains("\u001b") || err.contains("WARNING"), err);
        assertTrue(err.startsWith("magicref: SRH-999 is not in the catalogue"), err);
        assertEquals(ExitCodes.NOT_FOUND, p.exitValue());
    }

    @Test
    void aHistoryThatCannotBeUsedIsLeftAloneAndTheShellGoesOn() throws Exception {
        Class<?> shell = Class.forName("org.magicref.cli.shell.Shell");
        var problem = shell.getDeclaredMethod("historyProblem", Path.class);
        problem.setAccessible(true);
        Path history = home.resolve(".magicref_history");
        assertNull(problem.invoke(null, history), "none yet: one will be made");
        Files.writeString(history, "1764321234000:show SRH-085\n1764321235000:frame 9 589\n");
        assertNull(problem.invoke(null, history));
        byte[] noise = new byte[2048];
        new java.util.Random(3).nextBytes(noise);
        Files.write(history, noise);
        assertTrue(((String) problem.invoke(null, history)).contains("does not hold a history"));
        assertTrue(Files.size(history) == 2048, "the file is left as it is");
        Files.delete(history);
        Files.createDirectory(history);
        assertTrue(((String) problem.invoke(null, history)).contains("is a folder"));
        assertTrue(((String) problem.invoke(null, Path.of("/proc/no-such-folder/.magicref_history"))).startsWith("cannot write"));
    }

    @Test
    void aLargeRecordsFolderIsReadFromTheCopyKeptInTheCache() throws Exception {
        Path big = home.resolve("big");
        org.magicref.domain.Catalogue c = org.magicref.bench.SyntheticCatalogue.make(8_000, 5);
        org.magicref.records.CatalogueStore.write(c, big, false);
        String line = "show " + c.citations().get(0).document() + " --records " + big;
        Path copies = home.resolve(".cache").resolve("magicref").resolve("records");
        List<String> outputs = new java.util.ArrayList<>();
        for (int run = 0; run < 2; run++) {
            Process p = magicref(line);
            outputs.add(text(p.getInputStream().readAllBytes()));
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(ExitCodes.OK, p.exitValue(), text(p.getErrorStream().readAllBytes()));
            try (var files = Files.walk(copies)) {
                assertEquals(1, files.filter(f -> f.getFileName().toString().equals("catalogue.bin")).count(),
                        "one copy, in the home's cache, after run " + (run + 1));
            }
        }
        assertTrue(outputs.get(0).contains(c.citations().get(0).document().toString()), outputs.get(0));
        assertEquals(outputs.get(0), outputs.get(1), "the copy answers as the records do");
    }

    @Test
    void aCatalogueTooLargeForTheHeapIsOneLineAndExitFive() throws Exception {
        Path big = home.resolve("big");
        org.magicref.records.CatalogueStore.write(org.magicref.bench.SyntheticCatalogue.make(40_000, 5), big, false);
        for (String command : List.of("validate " + big, "show SRH-085 --records " + big)) {
            Process p = magicref("-Xmx16m", command);
            String err = text(p.getErrorStream().readAllBytes());
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(ExitCodes.INTERNAL, p.exitValue(), command + ": " + err);
            assertTrue(err.startsWith("magicref: out of memory") && err.lines().count() == 1, command + ": " + err);
        }
    }
}
