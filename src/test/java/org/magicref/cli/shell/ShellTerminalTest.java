package org.magicref.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.Skip;

/**
 * The real shell in a real terminal: tmux runs {@code magicref} with no arguments, the test types
 * into it with send-keys and reads the screen with capture-pane, as a person would.
 */
class ShellTerminalTest {
    private static final long WAIT_MS = 30_000;

    @TempDir
    Path home;

    private final String socket = "magicref-test-" + ProcessHandle.current().pid();

    @AfterEach
    void stopTmux() throws Exception {
        tmux("kill-server");
    }

    /** Starts the shell in tmux, with its own home, no catalogue named, and changes dated as given. */
    private void startShell(String now) throws Exception {
        Skip.unless(onPath("tmux"), "tmux is not installed (CI installs it; apt-get install -y tmux)");
        String classpath = System.getProperty("magicref.classpath");
        Skip.unless(classpath != null && !classpath.contains("${"), "run through Maven, which passes the classpath");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "env HOME=" + home + " MAGICREF_RECORDS= MAGICREF_HOME= XDG_DATA_HOME= XDG_CACHE_HOME= MAGICREF_CACHE= MAGICREF_NOW=" + now
                + " NO_COLOR=1 " + java + " -cp " + classpath + " org.magicref.cli.Main; echo MAGICREF-ENDED $?; sleep 60";
        assertEquals(0, tmux("new-session", "-d", "-s", "shell", "-x", "100", "-y", "40", command));
    }

    @Test
    void completesRunsReportsErrorsAndLeaves() throws Exception {
        startShell("");

        String screen = waitFor(s -> s.contains("magicref> "));
        assertTrue(screen.contains("Tab to complete"), screen);

        send("show SRH-08", "Tab");
        screen = waitFor(s -> s.contains("SRH-085") && s.contains("SRH-088"));
        assertTrue(screen.contains("SRH-084") && screen.contains("SRH-086"), screen);

        send("C-u", "show SRH-085", "Enter");
        screen = waitFor(s -> s.contains("magicref SRH-085> "));
        assertTrue(screen.contains("13-20 July 1945"), screen);

        send("show SRH-999", "Enter");
        screen = waitFor(s -> s.contains("did you mean") && s.stripTrailing().endsWith("magicref SRH-085>"));
        assertTrue(screen.contains("magicref: SRH-999 is not in the catalogue"), screen);
        assertTrue(screen.stripTrailing().endsWith("magicref SRH-085>"), screen);

        send("frame 9 0518 --json", "Enter");
        waitFor(s -> s.contains("\"kind\" : \"ambiguous\"") || s.contains("\"kind\": \"ambiguous\""));

        send("show SRH");
        waitFor(s -> s.stripTrailing().endsWith("magicref reel 9> show SRH"));
        send("C-c");
        waitFor(s -> s.stripTrailing().endsWith("magicref reel 9>"));
        send("exit", "Enter");
        screen = waitFor(s -> s.contains("MAGICREF-ENDED 0"));
        List<String> history = Files.readAllLines(home.resolve(Shell.HISTORY));
        assertTrue(history.stream().anyMatch(l -> l.endsWith(":show SRH-085")), history.toString());
        assertTrue(history.stream().noneMatch(l -> l.endsWith(":show SRH")), "a cancelled line is not kept: " + history);
    }

    @Test
    void aSessionAtTheReader() throws Exception {
        startShell("2026-11-28T10:00:00Z");
        waitFor(s -> s.contains("magicref> "));
        send("document add SRH-074 --title 'Japanese Army Attache Reports' --date 'June 1945' "
                + "--publication top-secret-studies-pt1 --reel 9", "Enter");
        waitFor(s -> s.contains("recorded change 1: add document SRH-074"));
        send("show SRH-07", "Tab");
        waitFor(s -> s.contains("SRH-073") && s.contains("SRH-074") && s.contains("SRH-075"));
        send("C-u", "C-l");

        send("mark 9 640 SRH-074 --page 1", "Enter");
        waitFor(s -> s.contains("recorded change 2: mark SRH-074 p. 1 at reel 9, fr. 0640"));
        send("mark 9 0650 SRH-074 --page 11 --comment 'last page'", "Enter");
        waitFor(s -> s.contains("recorded change 3"));
        send("frame 9 645", "Enter");
        // the answer's first line can be on the screen before the rest: wait for the line asked about
        waitFor(s -> s.contains("fr. 0645: SRH-074, p. 6 (inferred)") && s.contains("p. 1 = fr. 0640 (marked 2026-11-28)"));
        send("frame 9 640", "Enter");
        waitFor(s -> s.contains("fr. 0640: SRH-074, p. 1 (exact)") && s.contains("marked at the reader on 2026-11-28"));
        send("cite SRH-074 --page 6 --form id", "Enter");
        waitFor(s -> s.contains("SRH-074, p. 6, reel 9, fr. 0645."));

        send("work add my-paper --title 'Tokyo and Moscow, 1945'", "Enter");
        waitFor(s -> s.contains("add work my-paper"));
        send("note my-paper 1 SRH-074 --page 6", "Enter");
        waitFor(s -> s.contains("note 1 of my-paper"));
        send("note my-paper 2 SRH-074 --page 6", "Enter");
        waitFor(s -> s.contains("note 2 of my-paper"));
        send("note my-paper 3 SRH-074 --page 7", "Enter");
        waitFor(s -> s.contains("note 3 of my-paper"));
        send("C-l");
        send("notes --work my-paper", "Enter");
        String screen = waitFor(s -> s.contains("3. Ibid., p. 7, reel 9, fr. 0646."));
        assertTrue(screen.contains("\"Japanese Army Attache Reports, June") && screen.contains("SRH-074, in Top Secret"), screen);
        assertTrue(screen.contains("\n2. Ibid.\n"), screen);
        send("exit", "Enter");
        waitFor(s -> s.contains("MAGICREF-ENDED 0"));
        List<String> journal = Files.readAllLines(home.resolve(".local/share/magicref/journal.jsonl"));
        assertEquals(7, journal.size(), journal.toString());
    }

    private void send(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "shell"));
        args.addAll(List.of(keys));
        assertEquals(0, tmux(args.toArray(new String[0])));
    }

    private String waitFor(Predicate<String> condition) throws Exception {
        long end = System.currentTimeMillis() + WAIT_MS;
        String screen = "";
        while (System.currentTimeMillis() < end) {
            screen = capture();
            if (condition.test(screen)) {
                return screen;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the screen never showed what was expected:\n" + screen);
    }

    private String capture() throws Exception {
        Process p = new ProcessBuilder("tmux", "-L", socket, "capture-pane", "-p", "-J", "-t", "shell")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private int tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    private static boolean onPath(String tool) {
        try {
            return new ProcessBuilder(tool, "-V").redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
