package org.magicref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.records.CatalogueSource;
import org.magicref.records.CatalogueStore;

/** Completion scripts, man pages, colour only on a terminal, --version, help with examples. */
class TerminalConventionsTest {
    /** Every command a user can call, from the command tree itself. */
    static final List<String> COMMANDS = MagicrefCommandTree.subcommands().stream()
            .map(c -> c.getAnnotation(picocli.CommandLine.Command.class))
            .filter(c -> !c.hidden() && !c.name().equals("help"))
            .map(picocli.CommandLine.Command::name)
            .toList();

    @TempDir
    Path dir;

    @Test
    void bashCompletionCompletesCommandsAndIdentifiers() throws Exception {
        Run r = Run.of("completion", "bash");
        assertEquals(0, r.code(), r.err());
        for (String c : COMMANDS) {
            assertTrue(r.out().contains(c), c);
        }
        assertTrue(r.out().contains("SRH-085") && r.out().contains("SRS-1189"), "document identifiers");
        assertTrue(r.out().contains("top-secret-studies-pt1"), "publications");
        assertTrue(r.out().contains("chicago-fullnote-bibliography"), "styles");
        assertTrue(r.out().contains("csl-json"), "formats");
        Path script = Files.writeString(dir.resolve("magicref.bash"), r.out());
        Process bash = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        String errors = new String(bash.getInputStream().readAllBytes());
        assertTrue(bash.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, bash.exitValue(), errors);
        Run zsh = Run.of("completion", "zsh");
        assertTrue(zsh.out().startsWith("autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"));
        assertEquals(ExitCodes.USAGE, Run.of("completion", "fish").code());
    }

    @Test
    void manPagesForEveryCommandAreBuilt() throws Exception {
        Path man = Path.of("target", "man", "man1");
        assertTrue(Files.isRegularFile(man.resolve("magicref.1")), "the build writes target/man/man1 (process-classes)");
        for (String c : COMMANDS) {
            String page = Files.readString(man.resolve("magicref-" + c + ".1"));
            assertTrue(page.contains(".TH \"MAGICREF\\-" + c.toUpperCase() + "\" \"1\""), c);
            assertTrue(page.contains(".SH \"NAME\""), c);
            assertTrue(page.contains(".SH \"EXAMPLES:\"") && page.contains("\nmagicref " + c), c + " has an example");
        }
        assertTrue(Files.readString(man.resolve("magicref-cites.1")).contains("\\-\\-json"));
    }

    private static String run(Display display, String... args) {
        StringWriter out = new StringWriter();
        Cli.create(new CatalogueSource(CatalogueStore::readBundled, CatalogueStore::read, n -> null), display,
                new PrintWriter(out), new PrintWriter(new StringWriter())).execute(args);
        return out.toString();
    }

    /** A terminal 60 columns wide, in an environment holding only the given variables. */
    static Display terminal(java.util.Map<String, String> env) {
        return new Display() {
            @Override
            public OptionalInt width() {
                return OptionalInt.of(60);
            }

            @Override
            public boolean terminal() {
                return true;
            }

            @Override
            public String env(String name) {
                return env.get(name);
            }
        };
    }

    @Test
    void emphasisOnlyOnATerminalAndNeverInJson() {
        Display terminal = terminal(java.util.Map.of("TERM", "xterm-256color"));
        String shown = run(terminal, "show", "SRH-085");
        assertTrue(shown.startsWith("\u001b[1mSRH-085  Russo-Japanese Relations"), shown);
        assertTrue(shown.lines().allMatch(l -> l.replaceAll("\u001b\\[[0-9;]*m", "").length() <= 60), "wraps to the terminal");
        assertFalse(run(terminal, "show", "SRH-085", "--no-color").contains("\u001b["));
        assertFalse(run(terminal, "show", "SRH-085", "--json").contains("\u001b["));
        assertFalse(run(Display.PLAIN, "show", "SRH-085").contains("\u001b["), "not in a pipe");
        assertFalse(run(terminal(java.util.Map.of("TERM", "dumb")), "show", "SRH-085").contains("\u001b["), "a dumb terminal");
        assertFalse(run(terminal(java.util.Map.of("NO_COLOR", "1")), "show", "SRH-085").contains("\u001b["), "NO_COLOR=1");
        assertTrue(run(terminal(java.util.Map.of("NO_COLOR", "")), "show", "SRH-085").contains("\u001b["),
                "an empty NO_COLOR leaves colour on, as the convention says");
    }

    @Test
    void versionNamesTheToolAndTheCatalogue() {
        String v = Run.of("--version").out();
        assertTrue(v.matches("(?s)magicref \\d+\\.\\d+\\.\\d+.*\ncatalogue: bundled records \\(sha256 [0-9a-f]{12}\\)\njava: .*\n"), v);
        assertTrue(Run.of("--records", "records", "--version").out().contains("\ncatalogue: records (sha256 "),
                "the catalogue actually selected");
        assertEquals(v, Run.of("show", "--version").out());
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        for (String c : COMMANDS) {
            Run r = Run.of(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().contains("Examples:\n  magicref"), c + ":\n" + r.out());
        }
    }
}
