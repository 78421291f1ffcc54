package org.magicref.citation;

import java.util.List;

/** A citation style name that the style repository does not hold. */
public class UnknownStyleException extends RuntimeException {
    public UnknownStyleException(String style, List<String> suggestions) {
        super("unknown citation style '" + style + "'" + (suggestions.isEmpty() ? ""
                : "; did you mean " + String.join(", ", suggestions) + "?") + " (see --list-styles)");
    }
}
