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
     * The catalogue, what the importer noticed but could not settle (never silently), the
     * mentions of RG 457 identifiers and the notes that did not become citations, and where the
     * notes and bibliography entries stand in the text.
     */
    public record Result(Catalogue catalogue, List<String> warnings, List<Unread> unread, Map<String, Integer> noteLines,
                         Map<DocumentId, Integer> bibliographyLines) { }

    /**
     * The note before: its last source where that is a catalogued citation (else null), and all
     * its sources, of which {@code documents} are RG 457 documents; what a bare "Ibid." may repeat.
     */
    private record Antecedent(Citation citation, String titleBase, List<String> sources, int documents) { }

    private final List<String> warnings = new ArrayList<>();
    private final List<Unread> unresolved = new ArrayList<>();
    private final Map<DocumentId, String> titleBases = new HashMap<>();
    private final Map<DocumentId, NoteSource.Cited> fullReferences = new HashMap<>();
    private final Titles titles = new Titles();

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
        return importText(text, WorkDetails.NONE);
    }

    /** Imports a text, with the work's details given where the text does not print them (or to replace them). */
    public static Result importText(String text, WorkDetails details) {
        return new ThesisImporter().run(text, details);
    }

    private Result run(String text, WorkDetails details) {
        List<Paragraph> paragraphs = Paragraph.split(text);
        ThesisLayout layout = ThesisLayout.of(paragraphs);
        warnings.addAll(layout.notices);
        if (layout.notes.isEmpty()) {
            throw noCitations(layout, List.of(), "no notes found (expected notes numbered in superscript or plain digits, "
                    + "at the foot of the pages or under a \"Notes\" heading)");
        }
        Work work = WorkReader.read(layout.frontMatter.isEmpty() ? paragraphs : layout.frontMatter, details);
        BibliographyParser bibliography = BibliographyParser.parse(layout.bibliography);
        bibliography.entries.forEach(e -> titles.add(e.title(), e.date(), e.id()));
        Map<String, PassageFinder.Passage> passages = PassageFinder.passages(layout.body);
        List<Citation> citations = citations(work, layout.notes, passages);
        if (citations.isEmpty()) {
            throw noCitations(layout, citations, "no note cites an RG 457 document");
        }
        List<Publication> publications = new ArrayList<>(bibliography.publications);
        List<Document> documents = documents(bibliography, citations, publications);
        publications = withFrames(publications, documents, citations);
        Map<String, Integer> noteLines = new LinkedHashMap<>();
        layout.notes.forEach(n -> noteLines.putIfAbsent(n.ref(), n.line()));
        Map<DocumentId, Integer> bibliographyLines = new LinkedHashMap<>();
        bibliography.entries.forEach(e -> bibliographyLines.putIfAbsent(e.id(), e.line()));
        List<Unread> unread = new ArrayList<>(Mentions.unread(layout, citations, bibliography.entries));
        unread.addAll(unresolved);
        unread.sort(Comparator.comparingInt(Unread::line));
        return new Result(new Catalogue(List.of(work), publications, documents, citations), List.copyOf(warnings),
                List.copyOf(unread), noteLines, bibliographyLines);
    }

    /** The refusal of a text from which no citation came, naming the mentions it holds. */
    private ImportException noCitations(ThesisLayout layout, List<Citation> citations, String why) {
        List<Unread> unread = Mentions.unread(layout, citations, List.of());
        if (unread.isEmpty()) {
            return new ImportException(why + "; the text names no RG 457 document (SRH-071, SRS 578, ...)");
        }
        long lines = unread.stream().mapToInt(Unread::line).distinct().count();
        return new ImportException(why + ", though the text mentions RG 457 identifiers on " + lines
                + (lines == 1 ? " line" : " lines") + " (first: " + unread.get(0) + ")");
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
            List<String> sources = new ArrayList<>();
            Set<DocumentId> citedHere = new LinkedHashSet<>();
            for (NoteSource source : NoteParser.parse(note.text())) {
                Citation c = null;
                if (source instanceof NoteSource.Cited cited) {
                    c = cited(work, note, cited, previous, passages);
                } else if (source instanceof NoteSource.Ibid ibid) {
                    c = ibid(work, note, ibid, previous, passages);
                } else if (source instanceof NoteSource.Titled titled) {
                    c = titled(work, note, titled, passages);
                }
                if (c == null) {
                    last = null;
                    sources.add(describe(source));
                    continue;
                }
                if (!citedHere.add(c.document())) {
                    if (!(source instanceof NoteSource.Cited mention && mention.locator().isEmpty())) {
                        warnings.add("note " + note.ref() + " cites " + c.document() + " twice; the first citation is kept");
                    }
                    continue;
                }
                sources.add(c.document().toString());
                last = new Antecedent(c, titleBases.get(c.document()), sources, 0);
                if (c.passage() == null) {
                    warnings.add("note " + note.ref() + " (line " + note.line() + "): no marker for it found in the body text");
                }
                out.add(c);
            }
            previous = sources.isEmpty() ? null : new Antecedent(last == null ? null : last.citation(),
                    last == null ? null : last.titleBase(), List.copyOf(sources), citedHere.size());
        }
        return out;
    }

    /** A source that is not a catalogued citation, shortened for a report. */
    private static String describe(NoteSource source) {
        String text = source instanceof NoteSource.Other o ? o.text()
                : source instanceof NoteSource.Titled t ? t.cited()
                : source instanceof NoteSource.Ibid i ? i.cited() : ((NoteSource.Cited) source).cited();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    private Citation cited(Work work, Note note, NoteSource.Cited c, Antecedent previous, Map<String, PassageFinder.Passage> passages) {
        if (c.ibid()) {
            if (previous == null) {
                warnings.add("note " + note.ref() + ": \"Ibid.\" before " + c.id() + " does not follow an RG 457 citation");
            } else {
                titleBases.putIfAbsent(c.id(), previous.titleBase());
            }
        } else if (c.title() != null) {
            String[] titleDate = splitDate(c.title());
            titleBases.putIfAbsent(c.id(), titleDate[0]);
            titles.add(titleDate[0], titleDate[1], c.id());
        }
        if (c.publication() != null || c.archive() != null) {
            fullReferences.putIfAbsent(c.id(), c);
        }
        Locator l = c.locator();
        return new Citation(work.id(), note.chapter(), note.number(), c.id(), c.cited(), c.title(), c.date(),
                l.pages(), l.pageRefs(), l.reel(), l.frames(), c.ibid(), note.text(), text(passages, note),
                paragraph(passages, note), context(passages, note));
    }

    private Citation ibid(Work work, Note note, NoteSource.Ibid ibid, Antecedent previous, Map<String, PassageFinder.Passage> passages) {
        if (previous == null) {
            return null;
        }
        if (previous.sources().size() > 1 && previous.documents() > 0) {
            unresolved.add(new Unread(note.line(), ibid.cited(), "in note " + note.ref() + " follows a note citing "
                    + previous.sources().size() + " sources (" + String.join("; ", previous.sources())
                    + "), so what it repeats is not settled; cite the document by its identifier"));
            return null;
        }
        Citation before = previous.citation();
        if (before == null) {
            return null;
        }
        Locator l = ibid.locator();
        boolean same = l.isEmpty();
        return new Citation(work.id(), note.chapter(), note.number(), before.document(), ibid.cited(), null, null,
                same ? before.pages() : l.pages(),
                same ? before.pageRefs() : l.pageRefs(),
                same || l.reel() == null ? before.reel() : l.reel(),
                same ? before.frames() : l.frames(),
                true, note.text(), text(passages, note), paragraph(passages, note), context(passages, note));
    }

    /** A short note by title alone: the one document the work has given that title, else nothing (reported). */
    private Citation titled(Work work, Note note, NoteSource.Titled t, Map<String, PassageFinder.Passage> passages) {
        Set<DocumentId> ids = titles.find(t.title());
        if (ids.size() != 1) {
            if (!ids.isEmpty()) {
                unresolved.add(new Unread(note.line(), "\"" + t.title() + "\"", "in note " + note.ref() + " names "
                        + ids.size() + " documents by title alone (" + String.join(", ", ids.stream().map(DocumentId::toString).toList())
                        + "); not settled, cite the document by its identifier"));
            }
            return null;
        }
        DocumentId id = ids.iterator().next();
        Locator l = t.locator();
        return new Citation(work.id(), note.chapter(), note.number(), id, t.cited(), t.title(), null, l.pages(), l.pageRefs(),
                l.reel(), l.frames(), false, note.text(), text(passages, note), paragraph(passages, note), context(passages, note));
    }

    private static String text(Map<String, PassageFinder.Passage> passages, Note note) {
        PassageFinder.Passage p = passages.get(note.ref());
        return p == null ? null : p.text();
    }

    private static String context(Map<String, PassageFinder.Passage> passages, Note note) {
        PassageFinder.Passage p = passages.get(note.ref());
        return p == null ? null : p.context();
    }

    private static Integer paragraph(Map<String, PassageFinder.Passage> passages, Note note) {
        PassageFinder.Passage p = passages.get(note.ref());
        return p == null ? null : p.paragraph();
    }

    private List<Document> documents(BibliographyParser bibliography, List<Citation> citations, List<Publication> publications) {
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
            String publication = NotePublications.of(fullReferences.get(id), publications);
            if (publication == null) {
                warnings.add(id + ": neither the bibliography nor a full note names its publication");
            }
            if (!bibliography.entries.isEmpty()) {
                warnings.add(id + " is cited (note " + cites.get(0).noteRef() + ") but not listed in the bibliography");
            }
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
        String base = titleBases.get(id);
        return new String[] {base != null ? base : id.toString(), null};
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
