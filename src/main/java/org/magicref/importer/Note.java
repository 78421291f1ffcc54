package org.magicref.importer;

/** One footnote of the source: its chapter, number (counted per chapter), text and first line. */
record Note(String chapter, int number, String text, int line) {
    String ref() {
        return chapter + "." + number;
    }
}
