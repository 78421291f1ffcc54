package org.magicref.cli.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
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
            List<String> words = words(line);
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

    /** The words of a line as a shell splits them: blanks between, single or double quotes around. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char ch : line.toCharArray()) {
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                } else {
                    word.append(ch);
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
                inWord = true;
            } else if (Character.isWhitespace(ch)) {
                if (inWord) {
                    out.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(ch);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(word.toString());
        }
        return out;
    }
}
