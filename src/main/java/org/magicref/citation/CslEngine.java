package org.magicref.citation;

import java.nio.file.Path;
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
    default Renderer renderer(List<Map<String, Object>> items, String style, boolean html) {
        return renderer(items, style, html, null);
    }

    /**
     * A renderer as above that keeps its first citation in the folder given (none where it is null)
     * and, where a renderer of the same items and style kept that citation before (in an earlier
     * run too), gives it from there without starting the processor. A citation's text does not
     * depend on its page, so one kept for page 7 answers for page 12.
     */
    Renderer renderer(List<Map<String, Object>> items, String style, boolean html, Path remembered);

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
