package org.magicref.importer;

import org.magicref.domain.DocumentId;
import org.magicref.domain.Locator;

/** One source that a note cites, as the note prints it. */
sealed interface NoteSource {

    /**
     * A document named by its identifier.
     *
     * @param title       the quoted title before the identifier, or null
     * @param date        the quoted date of the Magic Summaries' "Ibid., "April 25, 1942,"" form, or null
     * @param ibid        whether the note reaches it through "Ibid."
     * @param publication the "in ..." publication of a full first reference, or null
     * @param archive     what a full reference prints of the archive before the title ("U.S. National Archives
     *                    ..., Record Group 457, ...", "NARA RG 457, Box 43"), or null
     * @param cited       the citation as printed, from its start through its locator
     */
    record Cited(DocumentId id, String title, String date, boolean ibid, String publication, String archive, Locator locator,
                 String cited) implements NoteSource { }

    /** A short note by title alone ("\"Russo-Japanese Relations,\" 7"), settled against the titles the work has given. */
    record Titled(String title, Locator locator, String cited) implements NoteSource { }

    /** "Ibid." with no identifier: the source of the note before, with this note's locator. */
    record Ibid(Locator locator, String cited) implements NoteSource { }

    /** Any other source (a book, an article), kept so that a later "Ibid." can tell what it repeats. */
    record Other(String text) implements NoteSource { }
}
