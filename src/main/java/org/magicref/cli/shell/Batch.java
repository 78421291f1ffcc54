package org.magicref.cli.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.magicref.cli.Cli;
import org.magicref.cli.Display;
import org.magicref.cli.ExitCodes;
import org.magicref.records.CatalogueSource;
import picocli.CommandLine;

/**
 * The shell when its input is not a terminal: one command a line, read from a pipe or a file and
 * run as the shell runs them (the catalogue loaded once), with plain text out and no prompt.
 */
final class Batch {
    private Batch() {
    }

    /** Runs every line; the exit code is the last failing command's, or 0. */
    static int run(BufferedReader in, CatalogueSource source, PrintWriter out, PrintWriter err) throws IOException {
        CommandLine commands = Cli.create(source, Display.PLAIN, out, err);
        int code = ExitCodes.OK;
        String line;
        while ((line = in.readLine()) != null) {
            List<String> words = Words.split(line);
            if (words.isEmpty() || words.get(0).startsWith("#")) {
                continue;
            }
            if (words.get(0).equals("exit") || words.get(0).equals("quit")) {
                break;
            }
            if (words.get(0).equals("shell")) {
                err.println("magicref: already in the shell");
                err.flush();
                continue;
            }
            int c = Cli.execute(commands, words.toArray(new String[0]));
            code = c == ExitCodes.OK ? code : c;
        }
        out.flush();
        return code;
    }
}
