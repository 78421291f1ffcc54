package org.magicref.importer;

/**
 * A mention of an RG 457 document that did not become a citation or a bibliography entry, or a
 * note whose source could not be settled: where it stands and why.
 *
 * @param line    the line of the text (counted from 1)
 * @param mention what the text prints ("SRH 71", "Ibid.")
 * @param reason  why it is not in the catalogue
 */
public record Unread(int line, String mention, String reason) {
    @Override
    public String toString() {
        return "line " + line + ": " + mention + " " + reason;
    }
}
