package org.magicref.importer;

/**
 * A paragraph of body text in a chapter, and the lines it stands on.
 *
 * @param interrupted whether a block of footnotes, a figure or a heading stands between it and the
 *                    body paragraph before it (as at a page break)
 */
record BodyParagraph(String chapter, int line, int lastLine, String text, boolean interrupted) {
}
