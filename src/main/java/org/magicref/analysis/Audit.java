package org.magicref.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.magicref.domain.Alignment;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentDate;
import org.magicref.domain.DocumentId;
import org.magicref.domain.Frames;
import org.magicref.domain.Irregularity;
import org.magicref.domain.Mark;
import org.magicref.notebook.Contradictions;

/**
 * Checks a catalogue for the inconsistencies a historian needs to know of before citing it: note
 * dates that disagree with the bibliography, Magic Summary numbers that outrun the calendar,
 * page/frame pairs that do not fit one frame a page, documents listed but never cited (or cited
 * but not listed), and "Ibid." notes whose antecedent is not clear.
 */
public final class Audit {
    public static final String DATE_MISMATCH = "date-mismatch";
    public static final String SUMMARY_NUMBERING = "summary-numbering";
    public static final String SUMMARY_OFFSET = "summary-offset";
    public static final String PAGE_FRAME = "page-frame";
    public static final String DUPLICATE_PAGE = "duplicate-page";
    public static final String NOTE_PAGE = "note-page";
    public static final String NEVER_CITED = "never-cited";
    public static final String NOT_IN_BIBLIOGRAPHY = "not-in-bibliography";
    public static final String IBID_ANTECEDENT = "ibid-antecedent";
    public static final String MARK_CONTRADICTION = "mark-contradiction";

    /**
     * Where notes and bibliography entries stand in the source text, when it was read.
     *
     * @param notes        the line of each note ("IV.22")
     * @param bibliography the line of each document's bibliography entry
     */
    public record SourceLines(Map<String, Integer> notes, Map<DocumentId, Integer> bibliography) {
        /** No source text: no lines to name. */
        public static final SourceLines NONE = new SourceLines(Map.of(), Map.of());

        public Optional<Integer> note(String noteRef) {
            return Optional.ofNullable(notes.get(noteRef));
        }

        public Optional<Integer> bibliography(DocumentId id) {
            return Optional.ofNullable(bibliography.get(id));
        }
    }

    private final Catalogue catalogue;
    private final SourceLines source;

    public Audit(Catalogue catalogue, SourceLines source) {
        this.catalogue = catalogue;
        this.source = source;
    }

    /** Every finding, grouped by rule in the order above. */
    public List<Finding> run() {
        List<Finding> out = new ArrayList<>();
        dateMismatches(out);
        summaryNumbering(out);
        pageFrames(out);
        bibliography(out);
        ibidAntecedents(out);
        markContradictions(out);
        return out;
    }

    /** Marks at the reader that contradict a note or another mark (recorded with --force). */
    private void markContradictions(List<Finding> out) {
        for (Mark m : catalogue.marks()) {
            List<String> found = Contradictions.of(catalogue, m);
            if (!found.isEmpty()) {
                out.add(new Finding(MARK_CONTRADICTION, Finding.Severity.WARNING, List.of(m.document().toString()), List.of(),
                        List.of(), "your mark of " + m.document() + " p. " + m.page() + " at reel " + m.reel() + ", fr. "
                        + Frames.format(m.frame()) + " (" + m.describe() + ") contradicts " + String.join("; ", found)));
            }
        }
    }

    private void dateMismatches(List<Finding> out) {
        for (Citation c : catalogue.citations()) {
            Document d = catalogue.document(c.document()).orElse(null);
            if (d == null || d.parsedDate() == null) {
                continue;
            }
            String noteDate = noteDate(c, d);
            if (noteDate == null) {
                continue;
            }
            Optional<DocumentDate> parsed = DocumentDate.tryParse(noteDate);
            DocumentDate bib = d.parsedDate();
            if (parsed.isPresent() && !(parsed.get().start().equals(bib.start()) && parsed.get().end().equals(bib.end()))) {
                out.add(new Finding(DATE_MISMATCH, Finding.Severity.WARNING, List.of(d.id().toString()), List.of(c.noteRef()),
                        lines(List.of(c.noteRef()), List.of(d.id())),
                        "note " + c.noteRef() + " dates " + d.id() + " \"" + noteDate + "\"; the bibliography dates it "
                                + d.date() + neighbours(d, parsed.get())));
            }
        }
    }

    /** What the numbers of the neighbouring summaries say about which date is right. */
    private String neighbours(Document d, DocumentDate noteDate) {
        if (!d.id().isMagicSummary()) {
            return "";
        }
        List<Document> summaries = summaries();
        int i = summaries.indexOf(d);
        List<String> agree = new ArrayList<>();
        for (int k : new int[] {i - 1, i + 1}) {
            if (k < 0 || k >= summaries.size()) {
                continue;
            }
            Document n = summaries.get(k);
            boolean bibFits = fits(n, d, d.parsedDate().start());
            boolean noteFits = fits(n, d, noteDate.start());
            if (bibFits && !noteFits) {
                agree.add(n.id() + " (" + n.date() + ")");
            }
        }
        return agree.isEmpty() ? "" : "; the numbers agree with the bibliography: " + String.join(" and ", agree)
                + (agree.size() == 1 ? " leaves" : " leave") + " no room for the note's date";
    }

    /** Whether a summary dated {@code day} can stand at its number beside the neighbour n. */
    private static boolean fits(Document n, Document d, LocalDate day) {
        long numbers = d.id().number() - n.id().number();
        long days = ChronoUnit.DAYS.between(n.parsedDate().start(), day);
        return numbers > 0 ? days >= numbers : days <= numbers;
    }

    private List<Document> summaries() {
        return catalogue.documents().stream().filter(d -> d.id().isMagicSummary() && d.parsedDate() != null
                && d.parsedDate().precision() == DocumentDate.Precision.DAY)
                .sorted(Comparator.comparing(Document::id)).toList();
    }

    private static String noteDate(Citation c, Document d) {
        if (c.date() != null) {
            return c.date();
        }
        if (c.title() != null && c.title().startsWith(d.title() + ", ")) {
            return c.title().substring(d.title().length() + 2);
        }
        return null;
    }

    /**
     * The summaries were issued at most one a day: between two catalogued summaries the number
     * cannot grow faster than the calendar. Also reports how the offset between number and date
     * shifts across the series (days without a summary).
     */
    /**
     * Which of two summaries whose numbers outrun the calendar is the likely culprit: the one the
     * summaries around them disagree with, where they agree with the other.
     */
    private static String culprit(List<Document> s, int i) {
        Document a = s.get(i);
        Document b = s.get(i + 1);
        Document before = i > 0 ? s.get(i - 1) : null;
        Document after = i + 2 < s.size() ? s.get(i + 2) : null;
        boolean aFitsAfter = after != null && fit(a, after);
        boolean bFitsBefore = before != null && fit(before, b);
        if (aFitsAfter && before != null && !bFitsBefore) {
            return b.id() + " is the likely culprit: " + a.id() + " fits " + after.id() + " (" + after.date()
                    + ") after it, while " + b.id() + " does not fit " + before.id() + " (" + before.date() + ") before";
        }
        if (bFitsBefore && after != null && !aFitsAfter) {
            return a.id() + " is the likely culprit: " + b.id() + " fits " + before.id() + " (" + before.date()
                    + ") before it, while " + a.id() + " does not fit " + after.id() + " (" + after.date() + ") after";
        }
        return "one of the two dates or numbers is wrong (the summaries around them do not tell which)";
    }

    /** Whether the later summary's number does not outrun the days since the earlier one. */
    private static boolean fit(Document earlier, Document later) {
        return later.id().number() - earlier.id().number()
                <= ChronoUnit.DAYS.between(earlier.parsedDate().start(), later.parsedDate().start());
    }

    private void summaryNumbering(List<Finding> out) {
        List<Document> s = summaries();
        List<String> shifts = new ArrayList<>();
        for (int i = 0; i + 1 < s.size(); i++) {
            Document a = s.get(i);
            Document b = s.get(i + 1);
            long numbers = b.id().number() - a.id().number();
            long days = ChronoUnit.DAYS.between(a.parsedDate().start(), b.parsedDate().start());
            if (numbers > days) {
                out.add(new Finding(SUMMARY_NUMBERING, Finding.Severity.WARNING, List.of(a.id().toString(), b.id().toString()),
                        List.of(), lines(List.of(), List.of(a.id(), b.id())),
                        a.id() + " (" + a.date() + ") and " + b.id() + " (" + b.date() + ") are " + numbers
                                + " numbers apart but only " + days + " days, more than one summary a day: " + culprit(s, i)));
            } else if (days > numbers) {
                shifts.add(a.id() + " to " + b.id() + ": " + (days - numbers) + " day" + (days - numbers == 1 ? "" : "s"));
            }
        }
        if (s.size() > 1) {
            Document first = s.get(0);
            Document last = s.get(s.size() - 1);
            long net = ChronoUnit.DAYS.between(first.parsedDate().start(), last.parsedDate().start())
                    - (last.id().number() - first.id().number());
            out.add(new Finding(SUMMARY_OFFSET, Finding.Severity.INFO, List.of(first.id().toString(), last.id().toString()),
                    List.of(), List.of(), "the offset between number and date shifts by " + net + " days from " + first.id()
                    + " (" + first.date() + ") to " + last.id() + " (" + last.date() + "): it grows where days pass "
                    + "without a summary" + (shifts.isEmpty() ? "" : " (" + String.join("; ", shifts) + ")")
                    + " and shrinks where the numbers outrun the calendar (the summary-numbering findings)"));
        }
    }

    private void pageFrames(List<Finding> out) {
        for (Document d : catalogue.documents()) {
            Alignment a = catalogue.reels().alignment(d.id());
            for (Irregularity i : a.irregularities()) {
                List<String> notes = new ArrayList<>(i.before().notes());
                if (i.after() != null) {
                    i.after().notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
                }
                String code = switch (i.kind()) {
                    case DUPLICATE_PAGE -> DUPLICATE_PAGE;
                    case NOTE_PAGE -> NOTE_PAGE;
                    default -> PAGE_FRAME;
                };
                String said = notes.stream().anyMatch(n -> noteText(n).contains("two pages numbered"))
                        ? " (the thesis says so in its note)" : "";
                out.add(new Finding(code, i.kind() == Irregularity.Kind.NOTE_PAGE ? Finding.Severity.INFO : Finding.Severity.WARNING,
                        List.of(d.id().toString()), notes, lines(notes, List.of()), d.id() + ": " + i.description() + said));
            }
        }
    }

    private String noteText(String noteRef) {
        return catalogue.citations().stream().filter(c -> c.noteRef().equals(noteRef)).map(Citation::noteText)
                .findFirst().orElse("");
    }

    private void bibliography(List<Finding> out) {
        for (Document d : catalogue.documents()) {
            if (d.bibliography() != null && !catalogue.isCited(d.id())) {
                out.add(new Finding(NEVER_CITED, Finding.Severity.WARNING, List.of(d.id().toString()), List.of(),
                        lines(List.of(), List.of(d.id())), d.id() + " (" + d.title() + (d.date() == null ? "" : ", " + d.date())
                        + ") is listed in the bibliography but no note cites it"));
            }
            if (d.bibliography() == null && catalogue.isCited(d.id())) {
                List<String> notes = catalogue.citationsOf(d.id()).stream().map(Citation::noteRef).distinct().toList();
                out.add(new Finding(NOT_IN_BIBLIOGRAPHY, Finding.Severity.WARNING, List.of(d.id().toString()), notes,
                        lines(notes, List.of()), d.id() + " is cited (notes " + String.join(", ", notes)
                        + ") but not listed in the bibliography"));
            }
        }
    }

    /**
     * An "Ibid." must repeat the one source of the note before it: report one whose previous note
     * cites no RG 457 document, or more than one source.
     */
    private void ibidAntecedents(List<Finding> out) {
        Map<String, List<Citation>> byNote = new LinkedHashMap<>();
        catalogue.citations().forEach(c -> byNote.computeIfAbsent(c.work() + "/" + c.noteRef(), k -> new ArrayList<>()).add(c));
        for (Citation c : catalogue.citations()) {
            if (!c.ibid()) {
                continue;
            }
            String previous = c.chapter() + "." + (c.note() - 1);
            List<Citation> before = byNote.getOrDefault(c.work() + "/" + previous, List.of());
            String problem = null;
            if (c.note() == 1) {
                problem = "opens its chapter, so its antecedent lies in another chapter";
            } else if (before.isEmpty()) {
                problem = "follows note " + previous + ", which cites no RG 457 document";
            } else if (before.size() > 1 || !before.get(0).noteText().startsWith(before.get(0).cited())
                    || before.get(0).noteText().substring(before.get(0).cited().length()).startsWith(";")) {
                problem = "follows note " + previous + ", which cites more than one source, so it is ambiguous";
            } else if (c.title() == null && c.date() == null && !before.get(0).document().equals(c.document())) {
                problem = "repeats " + before.get(0).document() + " of note " + previous + " but is catalogued as " + c.document();
            } else if (c.date() != null && !before.get(0).document().series().equals(c.document().series())) {
                problem = "gives a new date and number as for a Magic Summary, after note " + previous + ", which cites "
                        + before.get(0).document();
            }
            if (problem != null) {
                List<String> notes = before.isEmpty() ? List.of(c.noteRef()) : List.of(previous, c.noteRef());
                out.add(new Finding(IBID_ANTECEDENT, Finding.Severity.WARNING, List.of(c.document().toString()), notes,
                        lines(notes, List.of()), "\"Ibid.\" in note " + c.noteRef() + " " + problem));
            }
        }
    }

    private List<String> lines(List<String> notes, List<DocumentId> bibliography) {
        List<String> out = new ArrayList<>();
        notes.forEach(n -> source.note(n).ifPresent(l -> out.add("note " + n + ": line " + l)));
        bibliography.forEach(id -> source.bibliography(id).ifPresent(l -> out.add("bibliography " + id + ": line " + l)));
        return out;
    }
}
