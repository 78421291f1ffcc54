package org.magicref.importer;

/**
 * A paragraph of body text in a chapter.
 *
 * @param interrupted whether a block of footnotes, a figure or a heading stands between it and the
 *                    body paragraph before it (as at a page break)
 */
record BodyParagraph(String chapter, int line, String text, boolean interrupted) {
}
