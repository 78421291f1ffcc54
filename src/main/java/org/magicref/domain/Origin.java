package org.magicref.domain;

/**
 * Where a document's record comes from: stated by a work that was imported (its notes and
 * bibliography), or added or corrected by the user.
 *
 * @param kind   stated, added or edited
 * @param detail the works that state it, or the day of the user's change
 */
public record Origin(Kind kind, String detail) {
    public enum Kind { STATED, ADDED, EDITED }

    public static Origin stated(String works) {
        return new Origin(Kind.STATED, works);
    }

    /** "stated by blevins-1996", "added by you on 2026-11-28", "stated by blevins-1996; edited by you on 2026-11-28". */
    public String describe() {
        return switch (kind) {
            case STATED -> "stated by " + detail;
            case ADDED -> "added by you on " + detail;
            case EDITED -> detail;
        };
    }

    /** The same record after the user's correction on a day. */
    public Origin edited(String day) {
        String was = kind == Kind.EDITED ? detail.replaceFirst("; edited by you on .*$", "") : describe();
        return new Origin(Kind.EDITED, was + "; edited by you on " + day);
    }

    /** Whether the user added it (and so may remove it). */
    public boolean userAdded() {
        return kind == Kind.ADDED || (kind == Kind.EDITED && detail.startsWith("added by you"));
    }
}
