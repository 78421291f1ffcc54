package org.magicref.citation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Citation Style Language processor: the seam between magicref and citeproc-java, which lives
 * in its own jar beside magicref's and is loaded only when a CSL style is asked for.
 */
public interface CslEngine {
    /** Every style id of the repository, dependent ones as "dependent/NAME". */
    Set<String> styles();

    /** Whether the repository has this style id (quicker than listing them all). */
    boolean supports(String style);

    /** A renderer for the style (a repository id) over CSL-JSON items, all registered before the first citation. */
    default Renderer renderer(List<Map<String, Object>> items, String style) {
        return renderer(items, style, false);
    }

    /** A renderer as above, giving HTML (italics as {@code <i>}) instead of plain text where asked. */
    Renderer renderer(List<Map<String, Object>> items, String style, boolean html);

    /** Renders citations and a bibliography in one style. */
    interface Renderer {
        /**
         * One citation with a page locator, printed as given (the style decides only its label:
         * "p.", "pp." where {@code plural}, or none).
         */
        String cite(String itemId, String locator, boolean plural);

        List<String> bibliography();
    }
}
