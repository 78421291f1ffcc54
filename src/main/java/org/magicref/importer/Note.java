package org.magicref.importer;

/**
 * One note of the source: its chapter, number (as printed: per chapter or running through the
 * work), text, and the lines it stands on.
 */
record Note(String chapter, int number, String text, int line, int lastLine) {
    String ref() {
        return chapter + "." + number;
    }
}
