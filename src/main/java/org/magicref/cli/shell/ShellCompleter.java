package org.magicref.cli.shell;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.magicref.citation.CslRenderer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.shell.jline3.PicocliJLineCompleter;

/**
 * Completion in the shell: picocli's completer for commands, options and the values their
 * completion candidates give (identifiers, reels, publications, formats), plus every style id of
 * the CSL repository after {@code --style}, and the shell's own {@code exit}.
 */
final class ShellCompleter implements Completer {
    private final PicocliJLineCompleter picocli;

    ShellCompleter(CommandSpec spec) {
        this.picocli = new PicocliJLineCompleter(spec);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int i = line.wordIndex();
        if (i > 0 && words.get(i - 1).equals("--style")) {
            String prefix = line.word().substring(0, line.wordCursor());
            CslRenderer.styles().stream().filter(s -> s.startsWith(prefix)).forEach(s -> candidates.add(new Candidate(s)));
            if ("house".startsWith(prefix)) {
                candidates.add(new Candidate("house"));
            }
            return;
        }
        picocli.complete(reader, line, candidates);
        if (i == 0) {
            candidates.add(new Candidate("exit"));
        }
    }
}
