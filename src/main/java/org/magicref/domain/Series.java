package org.magicref.domain;

import java.util.Map;

/** Names of the RG 457 series the catalogue describes. */
public final class Series {
    private static final Map<String, String> NAMES = Map.of(
            "SRS", "MAGIC Summaries",
            "SRH", "Special Research Histories");

    private Series() {
    }

    /** A series code as typed ("srh ") in the catalogue's form ("SRH"); null for null. */
    public static String normalize(String typed) {
        return typed == null ? null : typed.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** "SRH (Special Research Histories)", or the bare code for a series without a known name. */
    public static String describe(String code) {
        String name = NAMES.get(code);
        return name == null ? code : code + " (" + name + ")";
    }
}
