package org.magicref.notebook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.magicref.domain.Frames;

/**
 * One change the user made to the catalogue, as the journal keeps it: what kind, its fields as
 * given, and the values it replaced.
 *
 * @param seq    its number in the journal, from 1
 * @param at     when it was made (ISO date and time, UTC)
 * @param kind   one of the constants below
 * @param fields the values the change gives (null values are absent)
 * @param before the values it replaced (empty for an addition)
 * @param line   the journal line it was read from (0 for a change not yet written)
 */
public record Change(int seq, String at, String kind, Map<String, String> fields, Map<String, String> before, int line) {
    public static final String ADD_DOCUMENT = "add-document";
    public static final String EDIT_DOCUMENT = "edit-document";
    public static final String REMOVE_DOCUMENT = "remove-document";
    public static final String ADD_PUBLICATION = "add-publication";
    public static final String EDIT_PUBLICATION = "edit-publication";
    public static final String REMOVE_PUBLICATION = "remove-publication";
    public static final String ADD_WORK = "add-work";
    public static final String MARK = "mark";
    public static final String NOTE = "note";
    public static final String UNDO = "undo";

    public Change {
        fields = Collections.unmodifiableMap(withoutNulls(fields));
        before = Collections.unmodifiableMap(withoutNulls(before));
    }

    private static Map<String, String> withoutNulls(Map<String, String> map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    public String field(String name) {
        return fields.get(name);
    }

    /** The day it was made: "2026-11-28". */
    public String day() {
        return at.length() >= 10 ? at.substring(0, 10) : at;
    }

    /** What it changed, in a few words: "mark SRH-073 p. 1 at reel 9, fr. 0610". */
    public String describe() {
        return switch (kind) {
            case MARK -> "mark " + field("document") + " p. " + field("page") + " at reel " + number(field("reel"), String::valueOf)
                    + ", fr. " + number(field("frame"), Frames::format) + (field("comment") == null ? "" : " (" + field("comment") + ")")
                    + ("true".equals(field("force")) ? ", forced" : "");
            case NOTE -> "note " + field("ref") + " of " + field("work") + ": " + field("document")
                    + (field("pages") == null ? "" : ", p. " + field("pages"))
                    + (field("frames") == null ? "" : ", fr. " + field("frames"));
            case UNDO -> "undo change " + field("seq") + (before.get("change") == null ? "" : " (" + before.get("change") + ")");
            default -> kind.replace('-', ' ') + " " + field("id");
        };
    }

    /** A number as typed ("0610") in its usual form, or the text as it stands when it is not one. */
    private static String number(String text, java.util.function.IntFunction<String> form) {
        return text != null && text.matches("\\d{1,6}") ? form.apply(Integer.parseInt(text)) : text;
    }
}
