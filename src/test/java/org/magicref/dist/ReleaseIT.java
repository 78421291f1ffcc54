package org.magicref.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the build makes, used as a user would: the release archive unpacked, and scripts/install. */
class ReleaseIT {
    @TempDir
    Path dir;

    record Ran(int code, String out, String err) { }

    /** Runs a command with its own home and the given PATH prefix, in a folder of its own. */
    private Ran run(Map<String, String> env, String... command) throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("elsewhere"));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().put("HOME", dir.resolve("home").toString());
        pb.environment().remove("MAGICREF_HOME");
        pb.environment().remove("MAGICREF_RECORDS");
        pb.environment().remove("MAGICREF_CACHE");
        pb.environment().remove("XDG_CACHE_HOME");   // kept citations and archives go under the home above
        pb.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), String.join(" ", command));
        return new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theReleaseArchiveRunsWithOnlyAJavaRuntime() throws Exception {
        Path zip;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            zip = files.filter(f -> f.getFileName().toString().matches("magicref-.*\\.zip")).findFirst().orElseThrow();
        }
        try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(zip.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(archive.entries())) {
                Path to = dir.resolve("unpacked").resolve(e.getName()).normalize();
                assertTrue(to.startsWith(dir.resolve("unpacked")), e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    try (var in = archive.getInputStream(e)) {
                        Files.copy(in, to);
                    }
                }
            }
        }
        Path home;
        try (Stream<Path> files = Files.list(dir.resolve("unpacked"))) {
            home = files.findFirst().orElseThrow();
        }
        for (String part : List.of("bin/magicref", "lib/magicref.jar", "lib/csl", "man/man1/magicref-show.1",
                "completion/magicref.bash", "README.md")) {
            assertTrue(Files.exists(home.resolve(part)), part);
        }
        assertTrue(home.resolve("bin/magicref").toFile().setExecutable(true));
        String magicref = home.resolve("bin/magicref").toString();
        Ran show = run(Map.of("PATH", "/usr/bin:/bin"), magicref, "show", "SRH-085");
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().startsWith("SRH-085  Russo-Japanese Relations"), show.out());
        Ran cite = run(Map.of(), magicref, "cite", "SRH-085", "--page", "7", "--style", "chicago-fullnote-bibliography");
        assertEquals(0, cite.code(), cite.err());
        assertTrue(cite.out().contains("SRH-085"), cite.out());
    }

    /**
     * scripts/magicref, run through a link from another folder, hands the clone's jar and the
     * arguments to the launcher's java; a stand-in java that prints what it is given (and makes
     * no archive) shows the command line without starting a JVM.
     */
    @Test
    void theCloneScriptRunsTheClonesJarThroughALink() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
        Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"17.0.9\"\n");
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        assertTrue(java.toFile().setExecutable(true));
        Path link = Files.createSymbolicLink(dir.resolve("mr"), Path.of("scripts/magicref").toAbsolutePath());

        Ran ran = run(Map.of("MAGICREF_JAVA", java.toString()), link.toString(), "show", "SRH-085", "--json");
        assertEquals(0, ran.code(), ran.err());
        List<String> args = ran.out().lines().toList();
        int cp = args.indexOf("-cp");
        assertTrue(cp > 0, ran.out());
        assertEquals(Path.of("target/magicref.jar").toRealPath(), Path.of(args.get(cp + 1).split(":")[0]).toRealPath());
        assertEquals(List.of("org.magicref.cli.Main", "show", "SRH-085", "--json"), args.subList(cp + 2, args.size()));
        assertTrue(args.contains("-XX:TieredStopAtLevel=1"), "a lookup starts with the quick compiler only: " + args);
    }

    @Test
    void scriptsInstallPutsTheCommandManPagesAndCompletionAndTakesThemBack() throws Exception {
        Path prefix = dir.resolve("prefix");
        Ran install = run(Map.of(), "bash", Path.of("scripts/install").toAbsolutePath().toString(), "--prefix", prefix.toString());
        assertEquals(0, install.code(), install.err());
        String path = prefix.resolve("bin") + ":/usr/bin:/bin";
        Ran show = run(Map.of("PATH", path), "bash", "-c", "magicref show SRH-085");
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().startsWith("SRH-085  Russo-Japanese Relations"), show.out());
        Path link = Files.createSymbolicLink(dir.resolve("mr"), prefix.resolve("bin/magicref"));
        assertEquals(0, run(Map.of(), link.toString(), "frame", "9", "589").code(), "through another link");
        assertTrue(Files.exists(prefix.resolve("share/man/man1/magicref-cite.1")));
        if (Files.isExecutable(Path.of("/usr/bin/man"))) {
            Ran man = run(Map.of("PATH", path), "man", "-w", "magicref-cite");
            assertEquals(prefix.resolve("share/man/man1/magicref-cite.1").toString(), man.out().strip(), man.err());
        }
        Path completion = prefix.resolve("share/bash-completion/completions/magicref");
        assertEquals(0, run(Map.of(), "bash", "-n", completion.toString()).code());
        assertTrue(Files.readString(completion).contains("SRH-085"));

        Ran uninstall = run(Map.of(), "bash", Path.of("scripts/install").toAbsolutePath().toString(), "--prefix", prefix.toString(),
                "--uninstall");
        assertEquals(0, uninstall.code(), uninstall.err());
        List<Path> left = new ArrayList<>();
        try (Stream<Path> files = Files.walk(prefix)) {
            files.filter(f -> !Files.isDirectory(f)).forEach(left::add);
        }
        assertEquals(List.of(), left, "everything it put is gone");
    }
}
