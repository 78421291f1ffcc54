package org.magicref.importer;

/**
 * The citing work's details given on the command line: they fill in what the text does not print
 * (a draft has no repository cover page) and replace what it does. Each may be null.
 */
public record WorkDetails(String id, String author, String title, Integer year) {
    public static final WorkDetails NONE = new WorkDetails(null, null, null, null);
}
