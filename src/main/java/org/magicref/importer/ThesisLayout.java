package org.magicref.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a thesis text as extracted from its PDF: chapters (body paragraphs and footnotes,
 * whose numbers restart in each chapter), the bibliography, and the appendices. Figures (from
 * "Figure N" to their "Source:" line) and headings are set aside; a footnote that runs on past
 * the page ("... in 1941" and, at the top of the next page's notes, "that a Soviet-German war
 * ...") is rejoined.
 */
final class ThesisLayout {
    private static final Pattern CHAPTER = Pattern.compile("CHAPTER ([IVXLC]+)");
    private static final Pattern APPENDIX = Pattern.compile("APPENDIX ([A-Z])");
    private static final Pattern FIGURE = Pattern.compile("^Figure \\d+\\b.*", Pattern.DOTALL);
    private static final Pattern FIGURE_SOURCE = Pattern.compile("^Sources?:.*", Pattern.DOTALL);
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:][\"'\u201d\u2019)\\]]*[" + Superscripts.DIGITS + "]*$");

    final List<Note> notes = new ArrayList<>();
    final List<BodyParagraph> body = new ArrayList<>();
    final List<Paragraph> frontMatter = new ArrayList<>();
    final List<Paragraph> bibliography = new ArrayList<>();

    private ThesisLayout() {
    }

    static ThesisLayout of(List<Paragraph> paragraphs) {
        ThesisLayout layout = new ThesisLayout();
        layout.scan(paragraphs);
        return layout;
    }

    /** Whether a piece of text ends where a sentence (or a lead-in to a quotation) can end. */
    static boolean endsSentence(String text) {
        return ENDS_SENTENCE.matcher(text.strip()).find();
    }

    private void scan(List<Paragraph> paragraphs) {
        String chapter = null;
        boolean inBibliography = false;
        boolean interrupted = true;
        boolean inFigure = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String text = p.text();
            Matcher chapterHeading = CHAPTER.matcher(text);
            Matcher appendixHeading = APPENDIX.matcher(text);
            if (chapterHeading.matches() || appendixHeading.matches()) {
                chapter = chapterHeading.matches() ? chapterHeading.group(1) : "Appendix " + appendixHeading.group(1);
                inBibliography = false;
                interrupted = true;
                continue;
            }
            if (text.equals("BIBLIOGRAPHY") && chapter != null) {
                inBibliography = true;
                continue;
            }
            if (inBibliography) {
                bibliography.add(p);
                continue;
            }
            if (chapter == null) {
                frontMatter.add(p);
                continue;
            }
            if (inFigure || FIGURE.matcher(text).matches()) {
                inFigure = !FIGURE_SOURCE.matcher(text).matches();
                interrupted = true;
                continue;
            }
            Matcher note = Superscripts.NOTE_START.matcher(text);
            if (note.matches()) {
                notes.add(new Note(chapter, Superscripts.value(note.group(1)), note.group(2).strip(), p.line()));
                interrupted = true;
                continue;
            }
            if (isHeading(text)) {
                interrupted = true;
                continue;
            }
            if (continuesNote(paragraphs, i, chapter)) {
                Note last = notes.remove(notes.size() - 1);
                notes.add(new Note(last.chapter(), last.number(), last.text() + " " + text, last.line()));
                continue;
            }
            body.add(new BodyParagraph(chapter, p.line(), text, interrupted));
            interrupted = false;
        }
    }

    /**
     * A paragraph is the rest of the last footnote when that note stopped mid-sentence and the
     * paragraph opens the next page's block of notes (a footnote follows it directly).
     */
    private boolean continuesNote(List<Paragraph> paragraphs, int i, String chapter) {
        if (notes.isEmpty() || i + 1 >= paragraphs.size()) {
            return false;
        }
        Note last = notes.get(notes.size() - 1);
        return last.chapter().equals(chapter)
                && !endsSentence(last.text())
                && Superscripts.NOTE_START.matcher(paragraphs.get(i + 1).text()).matches();
    }

    /** A heading: capitals only, such as a chapter's title. */
    private static boolean isHeading(String text) {
        return text.equals(text.toUpperCase(Locale.ROOT)) && text.chars().anyMatch(Character::isLetter);
    }
}
