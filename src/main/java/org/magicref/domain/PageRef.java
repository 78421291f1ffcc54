package org.magicref.domain;

import java.util.Objects;

/**
 * One cited page, labelled as the source prints it ("7", "9n" for a note on page 9, "A2" for an
 * annex page), in a given part of a separately paginated document (null where there are no parts).
 */
public record PageRef(String page, Integer part) {
    public PageRef {
        Objects.requireNonNull(page, "page");
    }

    /** The page's number without prefix or note mark ("9n" is 9, "A2" is 2), or -1. */
    public int number() {
        int value = 0;
        int digits = 0;
        for (int i = 0; i < page.length(); i++) {
            char ch = page.charAt(i);
            if (ch >= '0' && ch <= '9') {
                value = value * 10 + (ch - '0');
                if (++digits > 6) {
                    return -1;
                }
            }
        }
        return digits == 0 ? -1 : value;
    }

    @Override
    public String toString() {
        return part == null ? page : page + " (part " + part + ")";
    }

    // written out, as in DocumentId: no method-handle bootstrap at start-up
    @Override
    public boolean equals(Object o) {
        return o instanceof PageRef other && page.equals(other.page) && java.util.Objects.equals(part, other.part);
    }

    @Override
    public int hashCode() {
        return page.hashCode() * 31 + (part == null ? 0 : part);
    }
}
