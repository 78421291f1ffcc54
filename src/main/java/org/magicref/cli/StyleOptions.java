package org.magicref.cli;

import java.io.PrintWriter;
import org.magicref.citation.CslRenderer;
import org.magicref.citation.Styles;
import picocli.CommandLine.Option;

/** {@code --style} (a CSL style; default the thesis's house style) and {@code --list-styles}. */
public class StyleOptions {
    @Option(names = "--style", paramLabel = "STYLE", defaultValue = Styles.HOUSE, completionCandidates = Candidates.StyleNames.class,
            description = "'house' (the thesis's own Chicago forms; the default), chicago, turabian, mla, apa, or any "
                    + "style id of the CSL repository: chicago-fullnote-bibliography, turabian-fullnote-bibliography, "
                    + "modern-language-association, ...")
    String style;

    @Option(names = "--list-styles", description = "List the style ids that --style takes, and exit.")
    boolean listStyles;

    /** Prints the styles and says so, if --list-styles was given. */
    boolean listed(PrintWriter out) {
        if (!listStyles) {
            return false;
        }
        out.println(Styles.HOUSE);
        CslRenderer.styles().forEach(out::println);
        out.flush();
        return true;
    }
}
