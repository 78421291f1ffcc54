package org.magicref.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.magicref.domain.Publication;

/**
 * The publication of a document that no bibliography lists, from its full first reference: the
 * microfilm edition the note names ("in Top Secret Studies ..., pt. 2, The European Theater
 * (Bethesda, MD: University Publications of America, 1989, microfilm)", with the archive printed
 * before the title), or the archival box and folder ("NARA RG 457, Box 43, SRH 142"). A
 * publication already known by that title is reused.
 */
final class NotePublications {
    private static final Pattern EDITION = Pattern.compile("^(?<title>.+?)(?:,\\s+pt\\.\\s+(?<part>\\d{1,3})(?:,\\s+(?<partTitle>[^(]+?))?)?"
            + "\\s+\\((?<place>[^:()]+?):\\s+(?<publisher>[^,()]+),\\s+(?<year>\\d{4})(?:,\\s+(?<medium>[^)]+))?\\)$");
    private static final Pattern ARCHIVE = Pattern.compile("^(?<archive>[^,]+),\\s+(?:(?<place>.+?),\\s+)?"
            + "(?<collection>Record Group \\d+(?:,\\s+[^,\"]+)?)");
    private static final Pattern NARA = Pattern.compile("\\b(?:NARA|National Archives)\\b");

    private NotePublications() {
    }

    /**
     * The id of the publication of a document whose full reference is given (adding it to the
     * list where it is new), or null where the reference names none.
     */
    static String of(NoteSource.Cited reference, List<Publication> publications) {
        if (reference == null) {
            return null;
        }
        if (reference.publication() != null) {
            for (Publication p : publications) {
                if (reference.publication().startsWith(p.fullTitle())) {
                    return p.id();
                }
            }
            Matcher e = EDITION.matcher(reference.publication());
            if (e.matches()) {
                return add(publications, edition(e, reference.archive()));
            }
        }
        Matcher box = reference.archive() == null ? null : NoteParser.BOX.matcher(reference.archive());
        if (box != null && box.find()) {
            return add(publications, box(box, reference.archive()));
        }
        return null;
    }

    private static Publication edition(Matcher e, String archiveText) {
        Integer part = e.group("part") == null ? null : Integer.valueOf(e.group("part"));
        String title = e.group("title").strip();
        Matcher a = archiveText == null ? null : ARCHIVE.matcher(archiveText);
        boolean archived = a != null && a.find();
        String medium = e.group("medium") == null ? "microfilm" : e.group("medium").strip().toLowerCase(Locale.ROOT);
        return new Publication(BibliographyParser.publicationId(title, part), title, part,
                e.group("partTitle") == null ? null : e.group("partTitle").strip(), e.group("place").strip(),
                e.group("publisher").strip(), Integer.parseInt(e.group("year")), medium,
                archived ? a.group("archive").strip() : null, archived && a.group("place") != null ? a.group("place").strip() : null,
                archived ? a.group("collection").strip() : null, false);
    }

    private static Publication box(Matcher box, String archiveText) {
        String folder = box.group(2);
        String location = "Box " + box.group(1) + (folder == null ? "" : ", Folder " + folder);
        boolean nara = NARA.matcher(archiveText).find();
        String id = (nara ? "nara-" : "") + "rg457-box" + box.group(1) + (folder == null ? "" : "-folder" + folder)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        return new Publication(id, (nara ? "NARA " : "") + "RG 457, " + location, null, null, null, null, 0, "paper",
                nara ? "National Archives and Records Administration" : null, null, "Record Group 457", false);
    }

    private static String add(List<Publication> publications, Publication p) {
        for (Publication known : publications) {
            if (known.id().equals(p.id())) {
                return known.id();
            }
        }
        publications.add(p);
        return p.id();
    }
}
