package org.magicref.citation;

import java.util.Locale;

/**
 * The forms of a citation, one vocabulary for {@code cite --form}, the house style and note
 * sequences: the full first reference, the shortened reference (quoted title and identifier), the
 * identifier alone, "Ibid.", and the bibliography entry.
 */
public enum Form {
    FULL, SHORTENED, ID, IBID, BIB;

    /** The name people type and JSON prints: "full", "shortened", "id", "ibid", "bib". */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
