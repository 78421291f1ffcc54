package org.magicref.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Chapters;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentDate;
import org.magicref.domain.DocumentId;
import org.magicref.domain.Locator;
import org.magicref.domain.Publication;
import org.magicref.domain.Work;

/**
 * Builds a catalogue from the text of a thesis: the work from its front matter, the publications
 * and document entries from its bibliography, and one citation per document per note, with
 * "Ibid." resolved against the note before and the passage that carries the note's marker.
 */
public final class ThesisImporter {

    /**
     * The catalogue, what the importer noticed but could not settle (never silently), and where
     * the notes and bibliography entries stand in the text.
     */
    public record Result(Catalogue catalogue, List<String> warnings, Map<String, Integer> noteLines,
                         Map<DocumentId, Integer> bibliographyLines) { }

    /** What the last source of a note was: a catalogued citation, or something else (null). */
    private record Antecedent(Citation citation, String titleBase) { }

    private final List<String> warnings = new ArrayList<>();
    private final Map<DocumentId, String> titleBases = new HashMap<>();
    private final Map<DocumentId, String> notePublications = new HashMap<>();

    private ThesisImporter() {
    }

    /**
     * Reads a text file to import.
     *
     * @throws ImportException when it is not UTF-8 text
     */
    public static String read(Path source) throws IOException {
        if (Files.isDirectory(source)) {
            throw new ImportException(source + ": is a folder; give the text file of the work");
        }
        if (Files.exists(source) && !Files.isRegularFile(source)) {
            throw new ImportException(source + ": not a regular file (a device, a pipe or a socket); give the text file of the work");
        }
        if (Files.exists(source) && Files.size(source) > MAX_TEXT) {
            throw new ImportException(source + ": " + Files.size(source) / (1 << 20) + " MiB is more than a work's text ("
                    + MAX_TEXT / (1 << 20) + " MiB at most)");
        }
        try {
            return Files.readString(source, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ImportException(source + " is not UTF-8 text");
        }
    }

    /** The largest text read: a long book's text is a few MiB. */
    public static final long MAX_TEXT = 64L << 20;

    public static Result importText(String text) {
        return new ThesisImporter().run(text);
    }

    private Result run(String text) {
        ThesisLayout layout = ThesisLayout.of(Paragraph.split(text));
        if (layout.notes.isEmpty()) {
            throw new ImportException("no chapters with footnotes found (expected headings such as \"CHAPTER I\" "
                    + "and notes that start with superscript digits)");
        }
        Work work = WorkReader.read(layout.frontMatter);
        BibliographyParser bibliography = BibliographyParser.parse(layout.bibliography);
        Map<String, PassageFinder.Passage> passages = PassageFinder.passages(layout.body);
        List<Citation> citations = citations(work, layout.notes, passages);
        List<Document> documents = documents(bibliography, citations);
        List<Publication> publications = withFrames(bibliography.publications, documents, citations);
        Map<String, Integer> noteLines = new LinkedHashMap<>();
        layout.notes.forEach(n -> noteLines.putIfAbsent(n.ref(), n.line()));
        Map<DocumentId, Integer> bibliographyLines = new LinkedHashMap<>();
        bibliography.entries.forEach(e -> bibliographyLines.putIfAbsent(e.id(), e.line()));
        return new Result(new Catalogue(List.of(work), publications, documents, citations), List.copyOf(warnings),
                noteLines, bibliographyLines);
    }

    private List<Citation> citations(Work work, List<Note> notes, Map<String, PassageFinder.Passage> passages) {
        List<Note> ordered = new ArrayList<>(notes);
        ordered.sort(Comparator.comparing(Note::chapter, Chapters.ORDER).thenComparingInt(Note::number));
        List<Citation> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Antecedent previous = null;
        for (Note note : ordered) {
            if (!seen.add(note.ref())) {
                warnings.add("note " + note.ref() + " (line " + note.line() + ") is numbered like an earlier note; both are kept");
            }
            Antecedent last = null;
            Set<DocumentId> citedHere = new LinkedHashSet<>();
            for (NoteSource source : NoteParser.parse(note.text())) {
                Citation c = null;
                if (source instanceof NoteSource.Cited cited) {
                    c = cited(work, note, cited, previous, passages);
                } else if (source instanceof NoteSource.Ibid ibid) {
                    c = ibid(work, note, ibid, previous, passages);
                }
                if (c == null) {
                    last = null;
                    continue;
                }
                if (!citedHere.add(c.document())) {
                    if (!(source instanceof NoteSource.Cited mention && mention.locator().isEmpty())) {
                        warnings.add("note " + note.ref() + " cites " + c.document() + " twice; the first citation is kept");
                    }
                    continue;
                }
                last = new Antecedent(c, titleBases.get(c.document()));
                if (c.passage() == null) {
                    warnings.add("note " + note.ref() + " (line " + note.line() + "): no marker for it found in the body text");
                }
                out.add(c);
            }
            previous = last;
        }
        return out;
    }

    private Citation cited(Work work, Note note, NoteSource.Cited c, Antecedent previous, Map<String, PassageFinder.Passage> passages) {
        if (c.ibid()) {
            if (previous == null) {
                warnings.add("note " + note.ref() + ": \"Ibid.\" before " + c.id() + " does not follow an RG 457 citation");
            } else {
                titleBases.putIfAbsent(c.id(), previous.titleBase());
            }
        } else if (c.title() != null) {
            titleBases.putIfAbsent(c.id(), splitDate(c.title())[0]);
        }
        if (c.publication() != null) {
            notePublications.putIfAbsent(c.id(), c.publication());
        }
        Locator l = c.locator();
        return new Citation(work.id(), note.chapter(), note.number(), c.id(), c.cited(), c.title(), c.date(),
                l.pages(), l.pageRefs(), l.reel(), l.frames(), c.ibid(), note.text(), text(passages, note),
                paragraph(passages, note));
    }

    private Citation ibid(Work work, Note note, NoteSource.Ibid ibid, Antecedent previous, Map<String, PassageFinder.Passage> passages) {
        if (previous == null) {
            return null;
        }
        Citation before = previous.citation();
        Locator l = ibid.locator();
        boolean same = l.isEmpty();
        return new Citation(work.id(), note.chapter(), note.number(), before.document(), ibid.cited(), null, null,
                same ? before.pages() : l.pages(),
                same ? before.pageRefs() : l.pageRefs(),
                same || l.reel() == null ? before.reel() : l.reel(),
                same ? before.frames() : l.frames(),
                true, note.text(), text(passages, note), paragraph(passages, note));
    }

    private static String text(Map<String, PassageFinder.Passage> passages, Note note) {
        PassageFinder.Passage p = passages.get(note.ref());
        return p == null ? null : p.text();
    }

    private static Integer paragraph(Map<String, PassageFinder.Passage> passages, Note note) {
        PassageFinder.Passage p = passages.get(note.ref());
        return p == null ? null : p.paragraph();
    }

    private List<Document> documents(BibliographyParser bibliography, List<Citation> citations) {
        Map<DocumentId, BibliographyParser.Entry> entries = new LinkedHashMap<>();
        for (BibliographyParser.Entry e : bibliography.entries) {
            if (entries.putIfAbsent(e.id(), e) != null) {
                warnings.add("bibliography line " + e.line() + ": " + e.id() + " is listed twice; the first entry is kept");
            }
        }
        Map<DocumentId, List<Citation>> byDocument = new LinkedHashMap<>();
        citations.forEach(c -> byDocument.computeIfAbsent(c.document(), k -> new ArrayList<>()).add(c));
        Set<DocumentId> ids = new LinkedHashSet<>(entries.keySet());
        ids.addAll(byDocument.keySet());
        List<Document> out = new ArrayList<>();
        for (DocumentId id : ids) {
            BibliographyParser.Entry entry = entries.get(id);
            List<Citation> cites = byDocument.getOrDefault(id, List.of());
            Integer reel = reel(id, cites);
            if (entry != null) {
                out.add(new Document(id, entry.title(), entry.date(), entry.publication(), reel, entry.text()));
                continue;
            }
            String[] titleDate = titleFromNotes(id, cites);
            String publication = publicationFromNotes(id, bibliography.publications);
            warnings.add(id + " is cited (note " + cites.get(0).noteRef() + ") but not listed in the bibliography");
            out.add(new Document(id, titleDate[0], titleDate[1], publication, reel, null));
        }
        return out;
    }

    private Integer reel(DocumentId id, List<Citation> cites) {
        Integer reel = null;
        for (Citation c : cites) {
            if (c.reel() == null) {
                continue;
            }
            if (reel == null) {
                reel = c.reel();
            } else if (!reel.equals(c.reel())) {
                warnings.add("note " + c.noteRef() + " puts " + id + " on reel " + c.reel() + ", an earlier note on reel "
                        + reel + "; the first is kept");
            }
        }
        return reel;
    }

    private String[] titleFromNotes(DocumentId id, List<Citation> cites) {
        for (Citation c : cites) {
            if (c.title() != null) {
                return splitDate(c.title());
            }
            if (c.date() != null && titleBases.get(id) != null) {
                return new String[] {titleBases.get(id), c.date()};
            }
        }
        return new String[] {titleBases.getOrDefault(id, id.toString()), null};
    }

    private String publicationFromNotes(DocumentId id, List<Publication> publications) {
        String text = notePublications.get(id);
        if (text != null) {
            for (Publication p : publications) {
                if (text.startsWith(p.fullTitle())) {
                    return p.id();
                }
            }
        }
        warnings.add(id + ": no bibliography heading or full note names its publication");
        return null;
    }

    /** "Russo-Japanese Relations, 13-20 July 1945" is title and date; a title without a date stays whole. */
    static String[] splitDate(String titled) {
        for (int comma = titled.lastIndexOf(", "); comma > 0; comma = titled.lastIndexOf(", ", comma - 1)) {
            String candidate = titled.substring(comma + 2);
            if (DocumentDate.tryParse(candidate).isPresent()) {
                return new String[] {titled.substring(0, comma), candidate};
            }
        }
        return new String[] {titled, null};
    }

    private static List<Publication> withFrames(List<Publication> publications, List<Document> documents,
                                                List<Citation> citations) {
        Map<DocumentId, String> publicationOf = new HashMap<>();
        documents.forEach(d -> publicationOf.put(d.id(), d.publication()));
        Set<String> framed = new LinkedHashSet<>();
        citations.stream().filter(c -> !c.frames().isEmpty()).forEach(c -> framed.add(publicationOf.get(c.document())));
        return publications.stream().map(p -> new Publication(p.id(), p.title(), p.part(), p.partTitle(), p.place(),
                p.publisher(), p.year(), p.medium(), p.archive(), p.archivePlace(), p.collection(),
                framed.contains(p.id()))).toList();
    }
}
