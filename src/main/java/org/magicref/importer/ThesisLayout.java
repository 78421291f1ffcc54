package org.magicref.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a work's text: chapters (body paragraphs and notes), the bibliography, and the
 * appendices. Notes stand at the foot of each page (between the body paragraphs), at the end of
 * each chapter or of the work under a "Notes" heading (with or without a heading per chapter),
 * and are numbered per chapter or through the work; an end-of-work note is given the chapter that
 * its heading, the restart of its numbering, or the body's marker names. Chapter headings may be
 * in Roman or Arabic numerals or words, in any case; a text with none is a work of one part.
 * Endnotes keyed to a phrase ("45 the pact would not be renewed: ...") are placed where the phrase
 * stands. Figures (from "Figure N" to their "Source:" line) and headings are set aside; a footnote that
 * runs on past the page ("... in 1941" and, at the top of the next page's notes, "that a
 * Soviet-German war ...") is rejoined.
 */
final class ThesisLayout {
    /** What a paragraph of the text is, for the report on identifiers that are not cited. */
    enum Role { FRONT_MATTER, HEADING, FIGURE, BODY, NOTE, BIBLIOGRAPHY }

    /** A paragraph and what it is. */
    record Placed(Paragraph paragraph, Role role) { }

    private enum Section { BODY, NOTES, BIBLIOGRAPHY }

    /** A note of a "Notes" section whose chapter is settled when the body's markers are known. */
    private record Pending(int number, String text, int line, int lastLine, String chapter, String after, int section, int block) { }

    private static final String NUMBER = "[IVXLC]{1,7}|\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
    private static final List<String> WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");
    private static final Pattern CHAPTER = Pattern.compile("(?i)(?:chapter|chap\\.)\\s+(" + NUMBER + ")\\b[.:]?(?:\\s+(.*))?");
    private static final Pattern APPENDIX = Pattern.compile("(?i)appendix\\s+([A-Z]|\\d{1,2})\\b[.:]?(?:\\s+(.*))?");
    private static final Pattern NOTES = Pattern.compile("(?i)(?:end)?notes(?:\\s+to\\s+chapter\\s+(" + NUMBER + ")\\b[.:]?(?:\\s+(.*))?)?");
    private static final Pattern BIBLIOGRAPHY = Pattern.compile(
            "(?i)(?:select(?:ed)?\\s+|annotated\\s+)?(?:bibliography|works\\s+cited|references|sources(?:\\s+consulted)?)");
    /** A line of a table of contents: dot leaders, a tab, or a page number after the title. */
    private static final Pattern CONTENTS_LINE = Pattern.compile("\\.{4,}|\\t");
    private static final Pattern PAGE_AFTER_TITLE = Pattern.compile("\\s\\d{1,3}$");
    private static final Pattern FIGURE = Pattern.compile("^Figure \\d+\\b.*", Pattern.DOTALL);
    private static final Pattern FIGURE_SOURCE = Pattern.compile("^Sources?:.*", Pattern.DOTALL);
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:][\"'\u201d\u2019)\\]]*[" + Superscripts.DIGITS + "]*$");
    private static final int MAX_HEADING_TITLE = 100;

    final List<Note> notes = new ArrayList<>();
    final List<BodyParagraph> body = new ArrayList<>();
    final List<Paragraph> frontMatter = new ArrayList<>();
    final List<Paragraph> bibliography = new ArrayList<>();
    final List<Placed> placed = new ArrayList<>();
    /** Breaks in the numbering of notes and markers, each with its line. */
    final List<String> notices = new ArrayList<>();
    /** Whether the text has chapter headings (else it is one chapter, "I"). */
    boolean chaptered;

    private final List<Pending> pending = new ArrayList<>();
    private final List<KeyedNotes.Keyed> keyed = new ArrayList<>();

    // where the scan stands
    /** Whether the work has a "Notes" section (then plain digits opening a body paragraph are a list, not a note). */
    private boolean endnotes;
    private final Set<String> seen = new HashSet<>();
    private String chapter;
    private Section section = Section.BODY;
    /** The chapter a heading in a "Notes" section names for the notes under it, or null. */
    private String notesChapter;
    private int sections;
    /** Counts runs of notes numbered from 1 (one per chapter, in a section of several chapters' notes). */
    private int block;
    private int lastNote;
    /** Whether the numbering of notes may start again at 1 (at a chapter's or section's start). */
    private boolean restart = true;
    /** Whether a heading, figure or block of notes stands before the next body paragraph. */
    private boolean interrupted = true;
    private boolean inFigure;

    private ThesisLayout() {
    }

    static ThesisLayout of(List<Paragraph> paragraphs) {
        ThesisLayout layout = new ThesisLayout();
        layout.scan(paragraphs);
        layout.settleMarkers();
        return layout;
    }

    /** Whether a piece of text ends where a sentence (or a lead-in to a quotation) can end. */
    static boolean endsSentence(String text) {
        return ENDS_SENTENCE.matcher(text.strip()).find();
    }

    /** The chapter a heading names ("CHAPTER 5", "Chapter V", "chapter five: title" are all "V"), or null. */
    static String chapterHeading(String text) {
        Matcher m = CHAPTER.matcher(text);
        if (!m.matches() || !isHeadingTail(m.group(2)) || CONTENTS_LINE.matcher(text).find()) {
            return null;
        }
        return roman(m.group(1));
    }

    private static String appendixHeading(String text) {
        Matcher m = APPENDIX.matcher(text);
        if (!m.matches() || !isHeadingTail(m.group(2)) || CONTENTS_LINE.matcher(text).find()) {
            return null;
        }
        String label = m.group(1).toUpperCase(Locale.ROOT);
        return "Appendix " + (Character.isDigit(label.charAt(0)) ? String.valueOf((char) ('A' + Integer.parseInt(label) - 1)) : label);
    }

    /**
     * A heading's title after its number: short, not a sentence ("Chapter 3 discusses ... ." is
     * body text), and not followed by a page number (a line of the contents).
     */
    private static boolean isHeadingTail(String tail) {
        return tail == null || (tail.length() <= MAX_HEADING_TITLE && !tail.matches(".*[.,;]$") && !tail.contains(". ")
                && !PAGE_AFTER_TITLE.matcher(tail).find());
    }

    private static String roman(String number) {
        String n = number.toLowerCase(Locale.ROOT);
        int value;
        if (WORDS.contains(n)) {
            value = WORDS.indexOf(n) + 1;
        } else if (Character.isDigit(n.charAt(0))) {
            value = Integer.parseInt(n);
        } else {
            return number.toUpperCase(Locale.ROOT);
        }
        StringBuilder s = new StringBuilder();
        int[] values = {100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        for (int i = 0; i < values.length; i++) {
            for (; value >= values[i]; value -= values[i]) {
                s.append(symbols[i]);
            }
        }
        return s.toString();
    }

    private void scan(List<Paragraph> paragraphs) {
        chaptered = paragraphs.stream().anyMatch(p -> chapterHeading(p.text()) != null);
        endnotes = paragraphs.stream().anyMatch(p -> NOTES.matcher(p.text()).matches());
        chapter = chaptered ? null : "I";
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (heading(paragraphs, i)) {
                placed.add(new Placed(p, Role.HEADING));
            } else if (section == Section.BIBLIOGRAPHY) {
                bibliography.add(p);
                placed.add(new Placed(p, Role.BIBLIOGRAPHY));
            } else if (chapter == null) {
                frontMatter.add(p);
                placed.add(new Placed(p, Role.FRONT_MATTER));
            } else if (section == Section.NOTES) {
                notesSection(p);
            } else {
                chapterText(paragraphs, i);
            }
        }
    }

    /**
     * Whether paragraph i is a heading, following it where it is one: a chapter's or an
     * appendix's (in a "Notes" section, the heading over that chapter's notes), "Notes", or the
     * bibliography's.
     */
    private boolean heading(List<Paragraph> paragraphs, int i) {
        String text = paragraphs.get(i).text();
        String heading = chapterHeading(text);
        if (heading == null) {
            heading = appendixHeading(text);
        }
        if (heading != null && section == Section.NOTES && (seen.contains(heading) || startsWithNoteOne(paragraphs, i))) {
            notesChapter = heading;
            block++;
            lastNote = 0;
            return true;
        }
        if (heading != null) {
            if (!(heading.equals(chapter) && section == Section.BODY)) {
                chapter = heading;
                seen.add(heading);
                section = Section.BODY;
                interrupted = true;
                restart = true;
                inFigure = false;
            }
            return true;
        }
        Matcher notesHeading = NOTES.matcher(text);
        if (chapter != null && section != Section.BIBLIOGRAPHY && notesHeading.matches() && isHeadingTail(notesHeading.group(2))) {
            section = Section.NOTES;
            notesChapter = notesHeading.group(1) == null ? null : roman(notesHeading.group(1));
            sections++;
            block++;
            lastNote = 0;
            restart = true;
            return true;
        }
        if (chapter != null && BIBLIOGRAPHY.matcher(text).matches()) {
            section = Section.BIBLIOGRAPHY;
            return true;
        }
        return false;
    }

    /** A paragraph of a "Notes" section: numbered notes, notes keyed to phrases, or the rest of the note before. */
    private void notesSection(Paragraph p) {
        NoteStart start = NoteStart.read(p.lines().get(0));
        if (start != null && start.follows(lastNote, true)) {
            if (start.number() <= lastNote) {
                block++;
            }
            lastNote = readNotes(p, lastNote, chapter, notesChapter, sections, block);
            placed.add(new Placed(p, Role.NOTE));
        } else if (KeyedNotes.starts(p.lines().get(0))) {
            readKeyed(p, notesChapter != null ? notesChapter : chapter);
        } else if (!pending.isEmpty() && pending.get(pending.size() - 1).section() == sections) {
            continueNote(p);
        } else {
            placed.add(new Placed(p, Role.HEADING));
        }
    }

    /**
     * A paragraph of a chapter: a figure, a page's footnotes (plain digits only where the work has
     * no "Notes" section, for there they open a numbered list), a heading in capitals, the rest of
     * a footnote run on from the page before, or body text.
     */
    private void chapterText(List<Paragraph> paragraphs, int i) {
        Paragraph p = paragraphs.get(i);
        String text = p.text();
        if (inFigure || FIGURE.matcher(text).matches()) {
            inFigure = !FIGURE_SOURCE.matcher(text).matches();
            interrupted = true;
            placed.add(new Placed(p, Role.FIGURE));
            return;
        }
        NoteStart start = NoteStart.read(p.lines().get(0));
        if (start != null && !(endnotes && start.plain()) && start.follows(lastNote, restart)) {
            lastNote = readNotes(p, restart ? 0 : lastNote, chapter, chapter, 0, 0);
            restart = false;
            interrupted = true;
            placed.add(new Placed(p, Role.NOTE));
        } else if (isHeading(text)) {
            interrupted = true;
            placed.add(new Placed(p, Role.HEADING));
        } else if (continuesNote(paragraphs, i)) {
            continueNote(p);
        } else {
            body.add(new BodyParagraph(chapter, p.line(), p.lastLine(), text, interrupted));
            placed.add(new Placed(p, Role.BODY));
            interrupted = false;
        }
    }

    /**
     * Reads the notes of a paragraph that starts with one: each line that starts the next note
     * opens it, the other lines continue the note before. Returns the number of the last note.
     */
    private int readNotes(Paragraph p, int last, String after, String noteChapter, int inSection, int inBlock) {
        int from = 0;
        NoteStart open = NoteStart.read(p.lines().get(0));
        for (int i = 1; i <= p.lines().size(); i++) {
            NoteStart next = i < p.lines().size() ? NoteStart.read(p.lines().get(i)) : null;
            if (i < p.lines().size() && (next == null || !next.follows(open.number(), false))) {
                continue;
            }
            Paragraph lines = p.slice(from, i);
            String rest = lines.lines().size() == 1 ? "" : lines.slice(1, lines.lines().size()).text();
            if (last > 0 && open.number() != last + 1 && open.number() != 1) {
                notices.add("line " + lines.line() + ": note " + open.number() + " follows note " + last);
            }
            pending.add(new Pending(open.number(), (open.text() + " " + rest).strip(), lines.line(), lines.lastLine(), noteChapter,
                    after, inSection, inBlock));
            last = open.number();
            open = next;
            from = i;
        }
        return last;
    }

    /** Reads the notes keyed to phrases in a paragraph: each line that opens one starts it. */
    private void readKeyed(Paragraph p, String noteChapter) {
        int from = 0;
        for (int i = 1; i <= p.lines().size(); i++) {
            if (i == p.lines().size() || KeyedNotes.starts(p.lines().get(i))) {
                Paragraph lines = p.slice(from, i);
                keyed.add(new KeyedNotes.Keyed(Integer.parseInt(lines.lines().get(0).strip().split("\\s", 2)[0]), lines.text(),
                        lines.line(), lines.lastLine(), noteChapter));
                from = i;
            }
        }
        placed.add(new Placed(p, Role.NOTE));
    }

    private void continueNote(Paragraph p) {
        Pending last = pending.remove(pending.size() - 1);
        pending.add(new Pending(last.number(), last.text() + " " + p.text(), last.line(), p.lastLine(), last.chapter(),
                last.after(), last.section(), last.block()));
        placed.add(new Placed(p, Role.NOTE));
    }

    /** Whether the paragraph after i opens a run of notes at 1 (a heading over a chapter's endnotes). */
    private static boolean startsWithNoteOne(List<Paragraph> paragraphs, int i) {
        if (i + 1 >= paragraphs.size()) {
            return false;
        }
        NoteStart start = NoteStart.read(paragraphs.get(i + 1).lines().get(0));
        return start != null && start.number() == 1;
    }

    /**
     * A paragraph is the rest of the last footnote when that note stopped mid-sentence and the
     * paragraph opens the next page's block of notes (a footnote follows it directly).
     */
    private boolean continuesNote(List<Paragraph> paragraphs, int i) {
        if (pending.isEmpty() || i + 1 >= paragraphs.size()) {
            return false;
        }
        Pending last = pending.get(pending.size() - 1);
        NoteStart next = NoteStart.read(paragraphs.get(i + 1).lines().get(0));
        return chapter.equals(last.chapter()) && !endsSentence(last.text()) && next != null && next.follows(lastNote, false);
    }

    /** A heading: capitals only, such as a chapter's title. */
    private static boolean isHeading(String text) {
        return text.equals(text.toUpperCase(Locale.ROOT)) && text.chars().anyMatch(Character::isLetter);
    }

    /**
     * Finds the body's markers (printing them all in superscript digits), then gives each note of
     * a "Notes" section without a chapter heading its chapter: where the section's numbering
     * starts again at 1 once per chapter, the chapters whose notes are not otherwise placed, in
     * turn; where it runs through the work, the chapter whose body carries the note's marker (or
     * that of the note before); else the chapter the section closes.
     */
    private void settleMarkers() {
        if (!keyed.isEmpty()) {
            Map<String, Integer> taken = new HashMap<>();
            pending.stream().filter(n -> n.chapter() != null).forEach(n -> taken.merge(n.chapter(), n.number(), Math::max));
            for (KeyedNotes.Placed k : KeyedNotes.place(keyed, body, taken, notices)) {
                pending.add(new Pending(k.number(), k.text(), k.line(), k.lastLine(), k.chapter(), k.chapter(), -1, -1));
            }
        }
        Set<Integer> numbers = new HashSet<>();
        pending.forEach(n -> numbers.add(n.number()));
        Markers.Result markers = Markers.find(body, numbers, notices);
        body.clear();
        body.addAll(markers.body());
        Map<String, List<Integer>> byChapter = markers.numbers();
        Set<String> placedChapters = new HashSet<>();
        pending.stream().filter(n -> n.chapter() != null).forEach(n -> placedChapters.add(n.chapter()));
        List<String> open = byChapter.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty() && !placedChapters.contains(e.getKey())).map(Map.Entry::getKey).toList();
        String previous = null;
        for (Pending n : pending) {
            String placedIn = n.chapter();
            if (placedIn == null) {
                List<Pending> sameSection = pending.stream().filter(o -> o.section() == n.section() && o.chapter() == null).toList();
                List<Integer> blocks = sameSection.stream().map(Pending::block).distinct().toList();
                boolean running = blocks.size() == 1
                        && !byChapter.getOrDefault(n.after(), List.of()).contains(sameSection.get(0).number());
                if (blocks.size() > 1 && blocks.size() == open.size()) {
                    placedIn = open.get(blocks.indexOf(n.block()));
                } else if (running) {
                    String fallback = previous != null && sameSection.get(0) != n ? previous : n.after();
                    placedIn = byChapter.entrySet().stream().filter(e -> e.getValue().contains(n.number()))
                            .map(Map.Entry::getKey).findFirst().orElse(fallback);
                } else {
                    placedIn = n.after();
                }
            }
            notes.add(new Note(placedIn, n.number(), n.text(), n.line(), n.lastLine()));
            previous = placedIn;
        }
    }
}
