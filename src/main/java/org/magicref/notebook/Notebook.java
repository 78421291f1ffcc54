package org.magicref.notebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentDate;
import org.magicref.domain.DocumentId;
import org.magicref.domain.Frames;
import org.magicref.domain.InvalidValueException;
import org.magicref.domain.Locator;
import org.magicref.domain.Mark;
import org.magicref.domain.Origin;
import org.magicref.domain.PageRef;
import org.magicref.domain.Publication;
import org.magicref.domain.Work;

/**
 * The user's research layered over a catalogue: the journal's changes replayed in order over the
 * catalogue they were made on, and each new change checked against the catalogue as it stands
 * before it is written.
 */
public final class Notebook {
    private static final Pattern PAGE = Pattern.compile("[A-Z]?\\d{1,6}n?");
    private static final Pattern NOTE_REF = Pattern.compile("(?:([A-Z][A-Za-z ]{0,19})\\.)?(\\d{1,4})");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    static final int MAX_REEL = 9_999;
    static final int MAX_FRAME = 99_999;

    /** The catalogue with the journal's changes applied, and the changes that could not be applied. */
    public record Replayed(Catalogue catalogue, List<String> problems) { }

    private Notebook() {
    }

    /** Applies the journal's changes (less those taken back with undo) over the base catalogue. */
    public static Replayed replay(Catalogue base, List<Change> journal) {
        if (journal.isEmpty()) {
            return new Replayed(base, List.of());
        }
        Set<Integer> undone = undone(journal);
        State state = new State(base);
        List<String> problems = new ArrayList<>();
        for (Change c : journal) {
            if (c.kind().equals(Change.UNDO) || undone.contains(c.seq())) {
                continue;
            }
            try {
                state.apply(c);
            } catch (NotebookException | InvalidValueException e) {
                problems.add("journal line " + c.line() + ": change " + c.seq() + " (" + c.describe() + ") not applied: "
                        + e.getMessage());
            }
        }
        return new Replayed(state.catalogue(), problems);
    }

    /**
     * A new change, checked against the catalogue the journal gives, with the values it replaces.
     *
     * @throws NotebookException naming what is wrong; nothing is to be written then
     */
    public static Change record(Catalogue base, List<Change> journal, String kind, Map<String, String> fields, String at) {
        int seq = journal.stream().mapToInt(Change::seq).max().orElse(0) + 1;
        Catalogue current = replay(base, journal).catalogue();
        if (kind.equals(Change.UNDO)) {
            return undo(journal, seq, at);
        }
        State state = new State(current);
        Change draft = new Change(seq, at, kind, fields, Map.of(), 0);
        Map<String, String> before = state.apply(draft);
        if (kind.equals(Change.MARK) && !"true".equals(fields.get("force"))) {
            List<String> contradictions = Contradictions.of(current, state.lastMark());
            if (!contradictions.isEmpty()) {
                throw new NotebookException(state.lastMark().document() + " p. " + state.lastMark().page() + " at fr. "
                        + Frames.format(state.lastMark().frame()) + " contradicts " + String.join("; ", contradictions)
                        + " (give --force to record it all the same)");
            }
        }
        return new Change(seq, at, kind, fields, before, 0);
    }

    /** The changes that undo entries take back. */
    public static Set<Integer> undone(List<Change> journal) {
        Set<Integer> out = new HashSet<>();
        for (Change c : journal) {
            if (c.kind().equals(Change.UNDO) && c.field("seq") != null) {
                out.add(Integer.parseInt(c.field("seq")));
            }
        }
        return out;
    }

    /** The changes that are in force: neither undo entries nor taken back by one. */
    public static List<Change> inForce(List<Change> journal) {
        Set<Integer> undone = undone(journal);
        return journal.stream().filter(c -> !c.kind().equals(Change.UNDO) && !undone.contains(c.seq())).toList();
    }

    private static Change undo(List<Change> journal, int seq, String at) {
        List<Change> live = inForce(journal);
        if (live.isEmpty()) {
            throw new NotebookException("nothing to undo: the journal holds no change in force");
        }
        Change last = live.get(live.size() - 1);
        return new Change(seq, at, Change.UNDO, Map.of("seq", String.valueOf(last.seq())),
                Map.of("change", last.describe()), 0);
    }

    /** The catalogue being changed: its records in mutable form. */
    private static final class State {
        private final List<Work> works;
        private final Map<String, Publication> publications = new LinkedHashMap<>();
        private final Map<DocumentId, Document> documents = new TreeMap<>();
        private final List<Citation> citations;
        private final List<Mark> marks;
        private final Map<DocumentId, Origin> origins = new HashMap<>();
        /** work, note and document of every citation: a note cites a document once. */
        private final Set<String> citing = new HashSet<>();

        State(Catalogue base) {
            works = new ArrayList<>(base.works());
            base.publications().forEach(p -> publications.put(p.id(), p));
            base.documents().forEach(d -> documents.put(d.id(), d));
            citations = new ArrayList<>(base.citations());
            marks = new ArrayList<>(base.marks());
            base.documents().forEach(d -> origins.put(d.id(), base.origin(d.id())));
            citations.forEach(c -> citing.add(c.work() + " " + c.noteRef() + " " + c.document()));
        }

        Catalogue catalogue() {
            return new Catalogue(works, List.copyOf(publications.values()), List.copyOf(documents.values()), citations,
                    marks, origins);
        }

        Mark lastMark() {
            return marks.get(marks.size() - 1);
        }

        /** Applies the change; returns the values it replaced. */
        Map<String, String> apply(Change c) {
            return switch (c.kind()) {
                case Change.ADD_DOCUMENT -> addDocument(c);
                case Change.EDIT_DOCUMENT -> editDocument(c);
                case Change.REMOVE_DOCUMENT -> removeDocument(c);
                case Change.ADD_PUBLICATION -> addPublication(c);
                case Change.EDIT_PUBLICATION -> editPublication(c);
                case Change.REMOVE_PUBLICATION -> removePublication(c);
                case Change.ADD_WORK -> addWork(c);
                case Change.MARK -> mark(c);
                case Change.NOTE -> note(c);
                default -> throw new NotebookException("unknown kind of change '" + c.kind() + "'");
            };
        }

        private Map<String, String> addDocument(Change c) {
            DocumentId id = DocumentId.parse(required(c, "id"));
            if (documents.containsKey(id)) {
                throw new NotebookException(id + " is already in the catalogue (" + origins.get(id).describe()
                        + "); use 'document edit' to correct it");
            }
            Document d = document(id, c.fields(), null);
            documents.put(id, d);
            origins.put(id, new Origin(Origin.Kind.ADDED, c.day()));
            return Map.of();
        }

        private Map<String, String> editDocument(Change c) {
            Document old = requireDocument(c.field("id"));
            Document d = document(old.id(), c.fields(), old);
            documents.put(d.id(), d);
            origins.put(d.id(), origins.get(d.id()).edited(c.day()));
            Map<String, String> before = new LinkedHashMap<>();
            Map<String, String> was = fieldsOf(old);
            c.fields().keySet().stream().filter(k -> !k.equals("id")).forEach(k -> before.put(k, java.util.Objects.requireNonNullElse(was.get(k), "")));
            return before;
        }

        private Map<String, String> removeDocument(Change c) {
            Document d = requireDocument(c.field("id"));
            if (!origins.get(d.id()).userAdded()) {
                throw new NotebookException(d.id() + " is " + origins.get(d.id()).describe()
                        + "; only a document you added can be removed (correct it with 'document edit')");
            }
            if (citations.stream().anyMatch(x -> x.document().equals(d.id())) || marks.stream().anyMatch(m -> m.document().equals(d.id()))) {
                throw new NotebookException(d.id() + " has notes or marks; undo them first");
            }
            documents.remove(d.id());
            origins.remove(d.id());
            return fieldsOf(d);
        }

        private Document document(DocumentId id, Map<String, String> f, Document old) {
            String title = value(f, "title", old == null ? null : old.title());
            if (title == null || title.isBlank()) {
                throw new NotebookException("a document needs a title (--title)");
            }
            String date = value(f, "date", old == null ? null : old.date());
            if (date != null && DocumentDate.tryParse(date).isEmpty()) {
                throw new NotebookException("'" + date + "' is not a date; expected a form such as 21 April 1942, June 1945 or 1-12 July 1945");
            }
            String publication = value(f, "publication", old == null ? null : old.publication());
            if (publication != null && !publications.containsKey(publication)) {
                throw unknownPublication(publication);
            }
            String reel = value(f, "reel", old == null || old.reel() == null ? null : String.valueOf(old.reel()));
            return new Document(id, title.strip(), date, publication, reel == null ? null : number(reel, "reel", MAX_REEL),
                    value(f, "bibliography", old == null ? null : old.bibliography()));
        }

        private Map<String, String> addPublication(Change c) {
            String id = required(c, "id");
            if (!ID.matcher(id).matches()) {
                throw new NotebookException("'" + id + "' is not a publication id; use lower-case letters, digits and hyphens");
            }
            if (publications.containsKey(id)) {
                throw new NotebookException("publication '" + id + "' is already in the catalogue; use 'publication edit'");
            }
            publications.put(id, publication(id, c.fields(), null));
            return Map.of();
        }

        private Map<String, String> editPublication(Change c) {
            Publication old = publications.get(required(c, "id"));
            if (old == null) {
                throw unknownPublication(c.field("id"));
            }
            publications.put(old.id(), publication(old.id(), c.fields(), old));
            Map<String, String> before = new LinkedHashMap<>();
            Map<String, String> was = fieldsOf(old);
            c.fields().keySet().stream().filter(k -> !k.equals("id")).forEach(k -> before.put(k, java.util.Objects.requireNonNullElse(was.get(k), "")));
            return before;
        }

        private Map<String, String> removePublication(Change c) {
            Publication p = publications.get(required(c, "id"));
            if (p == null) {
                throw unknownPublication(c.field("id"));
            }
            if (documents.values().stream().anyMatch(d -> p.id().equals(d.publication()))) {
                throw new NotebookException("publication '" + p.id() + "' holds documents; move or remove them first");
            }
            publications.remove(p.id());
            return fieldsOf(p);
        }

        private Publication publication(String id, Map<String, String> f, Publication old) {
            String title = value(f, "title", old == null ? null : old.title());
            if (title == null || title.isBlank()) {
                throw new NotebookException("a publication needs a title (--title)");
            }
            String part = value(f, "part", old == null || old.part() == null ? null : String.valueOf(old.part()));
            String year = value(f, "year", old == null || old.year() == 0 ? null : String.valueOf(old.year()));
            String frames = value(f, "frames", old == null ? "true" : String.valueOf(old.frames()));
            return new Publication(id, title.strip(), part == null ? null : number(part, "part", 99),
                    value(f, "partTitle", old == null ? null : old.partTitle()), value(f, "place", old == null ? null : old.place()),
                    value(f, "publisher", old == null ? null : old.publisher()), year == null ? 0 : number(year, "year", 2_999),
                    value(f, "medium", old == null ? "microfilm" : old.medium()), value(f, "archive", old == null ? null : old.archive()),
                    value(f, "archivePlace", old == null ? null : old.archivePlace()),
                    value(f, "collection", old == null ? null : old.collection()), Boolean.parseBoolean(frames));
        }

        private Map<String, String> addWork(Change c) {
            String id = required(c, "id");
            if (!ID.matcher(id).matches()) {
                throw new NotebookException("'" + id + "' is not a work id; use lower-case letters, digits and hyphens");
            }
            if (works.stream().anyMatch(w -> w.id().equals(id))) {
                throw new NotebookException("work '" + id + "' is already in the catalogue");
            }
            String title = required(c, "title");
            String year = c.field("year");
            works.add(new Work(id, c.field("author"), title, c.field("kind"), null, year == null ? 0 : number(year, "year", 2_999),
                    null));
            return Map.of();
        }

        private Map<String, String> mark(Change c) {
            Document d = requireDocument(c.field("document"));
            String pub = c.field("publication") != null ? c.field("publication") : d.publication();
            if (pub == null) {
                throw new NotebookException(d.id() + " has no publication; name one with --publication");
            }
            Publication p = publications.get(pub);
            if (p == null) {
                throw unknownPublication(pub);
            }
            if (!p.frames()) {
                throw new NotebookException("the reels of " + p.id() + " have no frame numbers");
            }
            int reel = number(required(c, "reel"), "reel", MAX_REEL);
            int frame = number(required(c, "frame"), "frame", MAX_FRAME);
            String page = required(c, "page").strip();
            if (!PAGE.matcher(page).matches() || page.replace("n", "").chars().allMatch(ch -> ch == '0' || !Character.isDigit(ch))) {
                throw new NotebookException("'" + page + "' is not a page; expected a form such as 7, 9n or A2");
            }
            boolean force = "true".equals(c.field("force"));
            if (!force && d.publication() != null && !d.publication().equals(pub)) {
                throw new NotebookException(d.id() + " is in " + d.publication() + ", not " + pub
                        + " (give --force to record it all the same)");
            }
            if (!force && d.reel() != null && d.reel() != reel) {
                throw new NotebookException(d.id() + " is on reel " + d.reel() + " (" + origins.get(d.id()).describe()
                        + "), not reel " + reel + " (give --force to record it all the same)");
            }
            if (d.reel() == null || d.publication() == null) {
                documents.put(d.id(), new Document(d.id(), d.title(), d.date(), d.publication() == null ? pub : d.publication(),
                        d.reel() == null ? reel : d.reel(), d.bibliography()));
                origins.put(d.id(), origins.get(d.id()).edited(c.day()));
            }
            marks.add(new Mark(pub, reel, frame, d.id(), page, c.at(), c.field("comment"), force));
            return Map.of();
        }

        private Map<String, String> note(Change c) {
            String workId = required(c, "work");
            if (works.stream().noneMatch(w -> w.id().equals(workId))) {
                throw new NotebookException("unknown work '" + workId + "'; add it with 'work add'");
            }
            var ref = NOTE_REF.matcher(required(c, "ref").strip());
            if (!ref.matches() || Integer.parseInt(ref.group(2)) < 1) {
                throw new NotebookException("'" + c.field("ref") + "' is not a note number; expected 12 or II.3");
            }
            Document d = requireDocument(c.field("document"));
            String pages = c.field("pages") == null ? null : c.field("pages").strip();
            List<PageRef> pageRefs = List.of();
            if (pages != null) {
                pages = Locator.typedPages(pages);
                pageRefs = Locator.expandPages("pp. " + pages);
            }
            List<Integer> frames = List.of();
            if (c.field("frames") != null) {
                frames = Locator.typedFrames(c.field("frames"));
                if (frames.size() != pageRefs.size()) {
                    throw new NotebookException(frames.size() + " frames given for " + pageRefs.size() + " pages");
                }
            }
            String chapter = ref.group(1) == null ? "" : ref.group(1);
            int number = Integer.parseInt(ref.group(2));
            if (!citing.add(workId + " " + (chapter.isEmpty() ? "" : chapter + ".") + number + " " + d.id())) {
                throw new NotebookException("note " + c.field("ref") + " of " + workId + " already cites " + d.id());
            }
            String locator = (pages == null ? "" : (pageRefs.size() == 1 ? ", p. " : ", pp. ") + pages)
                    + (d.reel() == null ? "" : ", reel " + d.reel())
                    + (frames.isEmpty() ? "" : (frames.size() == 1 ? ", fr. " : ", frs. ") + Frames.abbreviated(frames));
            citations.add(new Citation(workId, chapter, number, d.id(), d.id() + locator, null, null,
                    pages == null ? null : (pageRefs.size() == 1 ? "p. " : "pp. ") + pages, pageRefs, d.reel(), frames,
                    false, d.id() + locator + ".", c.field("passage"), null, null));
            return Map.of();
        }

        private Document requireDocument(String typed) {
            if (typed == null) {
                throw new NotebookException("a document identifier is needed");
            }
            DocumentId id = DocumentId.parse(typed);
            Document d = documents.get(id);
            if (d == null) {
                throw new NotebookException(id + " is not in the catalogue; add it with 'document add'");
            }
            return d;
        }

        private NotebookException unknownPublication(String id) {
            return new NotebookException("unknown publication '" + id + "'; known: " + String.join(", ", publications.keySet()));
        }
    }

    private static String required(Change c, String field) {
        String v = c.field(field);
        if (v == null || v.isBlank()) {
            throw new NotebookException("'" + field + "' is needed for " + c.kind());
        }
        return v;
    }

    /** The field's new value: the given one ("" clears it), else the old one. */
    private static String value(Map<String, String> f, String name, String old) {
        if (!f.containsKey(name)) {
            return old;
        }
        String v = f.get(name).strip();
        return v.isEmpty() ? null : v;
    }

    /** A whole number from 1 to max, read without a regular expression: a replay reads thousands. */
    private static int number(String text, String what, int max) {
        String t = text.strip();
        int value = 0;
        for (int i = 0; i < t.length() && value <= max; i++) {
            char ch = t.charAt(i);
            value = ch >= '0' && ch <= '9' ? value * 10 + (ch - '0') : Integer.MAX_VALUE;
        }
        if (t.isEmpty() || value < 1 || value > max) {
            throw new NotebookException("the " + what + " must be a number from 1 to " + max + ", not '" + t + "'");
        }
        return value;
    }

    static Map<String, String> fieldsOf(Document d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", d.id().toString());
        m.put("title", d.title());
        m.put("date", d.date());
        m.put("publication", d.publication());
        m.put("reel", d.reel() == null ? null : String.valueOf(d.reel()));
        m.put("bibliography", d.bibliography());
        return m;
    }

    static Map<String, String> fieldsOf(Publication p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("title", p.title());
        m.put("part", p.part() == null ? null : String.valueOf(p.part()));
        m.put("partTitle", p.partTitle());
        m.put("place", p.place());
        m.put("publisher", p.publisher());
        m.put("year", p.year() == 0 ? null : String.valueOf(p.year()));
        m.put("medium", p.medium());
        m.put("archive", p.archive());
        m.put("archivePlace", p.archivePlace());
        m.put("collection", p.collection());
        m.put("frames", String.valueOf(p.frames()));
        return m;
    }
}
