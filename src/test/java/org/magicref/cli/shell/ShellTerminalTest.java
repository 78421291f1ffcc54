package org.magicref.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    @Test
    void completesRunsReportsErrorsAndLeaves() throws Exception {
        assumeTrue(onPath("tmux"), "skipped: tmux is not installed (CI installs it; apt-get install -y tmux)");
        String classpath = System.getProperty("magicref.classpath");
        assumeTrue(classpath != null && !classpath.contains("${"), "skipped: run through Maven, which passes the classpath");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "env HOME=" + home + " MAGICREF_RECORDS= NO_COLOR=1 " + java + " -cp " + classpath
                + " org.magicref.cli.Main; echo MAGICREF-ENDED $?; sleep 60";
        assertEquals(0, tmux("new-session", "-d", "-s", "shell", "-x", "100", "-y", "40", command));

        String screen = waitFor(s -> s.contains("magicref> "));
        assertTrue(screen.contains("Tab to complete"), screen);

        send("show SRH-08", "Tab");
        screen = waitFor(s -> s.contains("SRH-085") && s.contains("SRH-088"));
        assertTrue(screen.contains("SRH-084") && screen.contains("SRH-086"), screen);

        send("C-u", "show SRH-085", "Enter");
        screen = waitFor(s -> s.contains("magicref SRH-085> "));
        assertTrue(screen.contains("13-20 July 1945"), screen);

        send("show SRH-999", "Enter");
        screen = waitFor(s -> s.contains("did you mean"));
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
