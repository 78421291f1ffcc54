package org.magicref.citation;

/** The names of the citation styles: the thesis's own house style, or any CSL style id. */
public final class Styles {
    /** The thesis's own Chicago forms. */
    public static final String HOUSE = "house";

    private Styles() {
    }

    /** Whether the name (null for the default) means the house style. */
    public static boolean isHouse(String style) {
        return style == null || style.equalsIgnoreCase(HOUSE);
    }

    /** The style's full id: "house", or the CSL id a name resolves to. */
    public static String resolve(String style) {
        return isHouse(style) ? HOUSE : CslRenderer.resolve(style);
    }
}
