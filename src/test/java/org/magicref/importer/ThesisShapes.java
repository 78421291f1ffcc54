package org.magicref.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The thesis text given the shapes other sources give the same work: note numbers in plain
 * digits, identifiers as many authors write them, CRLF and a byte-order mark, word-processor
 * typography, the furniture of printed pages, and notes moved from the foot of the page to the end
 * of each chapter or of the work. Written independently of the importer, from the thesis's own
 * layout (a note is a paragraph that starts with superscript digits).
 */
final class ThesisShapes {
    private static final String SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
    private static final Pattern MARKER = Pattern.compile("[" + SUPERSCRIPTS + "]+");
    private static final Pattern HEADING = Pattern.compile("(CHAPTER [IVX]+|APPENDIX [A-Z]|BIBLIOGRAPHY)");

    /** One way of changing the text, by name. */
    record Shape(String name, UnaryOperator<String> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Where the notes stand. */
    enum Notes { FOOTNOTES, CHAPTER_ENDNOTES, WORK_ENDNOTES, RUNNING_ENDNOTES }

    static final Shape PLAIN_DIGITS = new Shape("plain digits", ThesisShapes::plainDigits);
    static final Shape UNPADDED_IDS = new Shape("unpadded identifiers", t -> t.replaceAll("\\b(SR[A-Z]{1,3})-0*(\\d+)", "$1 $2"));
    static final Shape CRLF_BOM = new Shape("CRLF and BOM", t -> "\ufeff" + t.replace("\n", "\r\n"));
    static final Shape TYPOGRAPHY = new Shape("word-processor typography", ThesisShapes::typography);
    static final Shape PAGE_FURNITURE = new Shape("page numbers and running heads", ThesisShapes::pageFurniture);
    static final List<Shape> ALL = List.of(PLAIN_DIGITS, UNPADDED_IDS, CRLF_BOM, TYPOGRAPHY, PAGE_FURNITURE);

    private ThesisShapes() {
    }

    /** The text with its notes moved, then the shapes applied in order. */
    static String of(String thesis, Notes notes, List<Shape> shapes) {
        String text = switch (notes) {
            case FOOTNOTES -> thesis;
            case CHAPTER_ENDNOTES -> endnotes(thesis, false, false);
            case WORK_ENDNOTES -> endnotes(thesis, true, false);
            case RUNNING_ENDNOTES -> endnotes(thesis, true, true);
        };
        for (Shape s : shapes) {
            text = s.apply().apply(text);
        }
        return text;
    }

    /** "fight.²²" as "fight.22", and a note "²²Maurice" as "22 Maurice" or "22. Maurice" in turn. */
    private static String plainDigits(String text) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String line : text.split("\n", -1)) {
            Matcher start = Pattern.compile("^([" + SUPERSCRIPTS + "]+)").matcher(line);
            if (start.find()) {
                line = digits(start.group(1)) + (n++ % 2 == 0 ? " " : ". ") + line.substring(start.end());
            }
            out.append(MARKER.matcher(line).replaceAll(m -> digits(m.group()))).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static String digits(String superscripts) {
        StringBuilder s = new StringBuilder();
        superscripts.chars().forEach(c -> s.append(SUPERSCRIPTS.indexOf(c)));
        return s.toString();
    }

    /** Curly quotes, en dashes in number ranges and identifiers, non-breaking spaces after "p." and "reel". */
    private static String typography(String text) {
        String t = text.replaceAll("(?<=\\d|SR[A-Z]{1,3})-(?=\\d)", "\u2013")
                .replace("p. ", "p.\u00a0").replace("reel ", "reel\u00a0")
                .replace("'", "\u2019");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean opening = i == 0 || Character.isWhitespace(t.charAt(i - 1)) || "([".indexOf(t.charAt(i - 1)) >= 0;
            out.append(c == '"' ? (opening ? '\u201c' : '\u201d') : c);
        }
        return out.toString();
    }

    /** A page number and a running head after every eighth paragraph of the chapters. */
    private static String pageFurniture(String text) {
        String[] paragraphs = text.split("\n\n", -1);
        StringBuilder out = new StringBuilder();
        boolean inChapters = false;
        int page = 1;
        for (int i = 0; i < paragraphs.length; i++) {
            inChapters |= paragraphs[i].strip().equals("CHAPTER I");
            out.append(paragraphs[i]);
            if (i + 1 < paragraphs.length) {
                out.append("\n\n");
                if (inChapters && i % 8 == 7) {
                    out.append(page++).append("\n\nMAINTAINING THE NEUTRALITY\n\n");
                }
            }
        }
        return out.toString();
    }

    /**
     * The notes of each chapter moved to the end of the chapter under "Notes", or to the end of
     * the work before the bibliography under "NOTES" with a heading per chapter ("Chapter 3"), or
     * there numbered through the work without headings (markers renumbered to match).
     */
    private static String endnotes(String text, boolean atEnd, boolean running) {
        String[] paragraphs = text.split("\n\n", -1);
        List<String> body = new ArrayList<>();
        Map<String, List<String>> notesOf = new LinkedHashMap<>();
        Map<String, Integer> offsets = new LinkedHashMap<>();
        String chapter = null;
        int count = 0;
        for (String p : paragraphs) {
            String s = p.strip();
            Matcher h = HEADING.matcher(s);
            if (h.matches() && !(s.equals("BIBLIOGRAPHY") && chapter == null)) {
                if (chapter != null && !atEnd && notesOf.containsKey(chapter)) {
                    body.add("Notes");
                    body.addAll(notesOf.get(chapter));
                }
                if (s.equals("BIBLIOGRAPHY") && atEnd) {
                    body.add("NOTES");
                    notesOf.forEach((c, list) -> {
                        if (!running) {
                            body.add("Chapter " + arabic(c.substring("CHAPTER ".length())));
                        }
                        body.addAll(list);
                    });
                }
                chapter = s;
                body.add(p);
                continue;
            }
            if (chapter != null && chapter.startsWith("CHAPTER") && !s.isEmpty() && SUPERSCRIPTS.indexOf(s.charAt(0)) >= 0) {
                if (!notesOf.containsKey(chapter)) {
                    offsets.put(chapter, count);
                }
                Matcher number = MARKER.matcher(s);
                count = number.lookingAt() ? offsets.get(chapter) + value(number.group()) : count;
                notesOf.computeIfAbsent(chapter, k -> new ArrayList<>()).add(running ? renumber(p, count) : p);
                continue;
            }
            body.add(p);
        }
        if (!running) {
            return String.join("\n\n", body);
        }
        List<String> out = new ArrayList<>();
        String current = null;
        boolean chapters = false;
        for (String p : body) {
            chapters = (chapters || p.strip().equals("CHAPTER I")) && !p.equals("NOTES");
            if (HEADING.matcher(p.strip()).matches()) {
                current = p.strip();
            }
            int offset = offsets.getOrDefault(current, 0);
            out.add(chapters ? MARKER.matcher(p).replaceAll(m -> superscript(offset + value(m.group()))) : p);
        }
        return String.join("\n\n", out);
    }

    private static int value(String superscripts) {
        return Integer.parseInt(digits(superscripts));
    }

    private static String renumber(String note, int number) {
        Matcher m = MARKER.matcher(note);
        return m.lookingAt() ? superscript(number) + note.substring(m.end()) : note;
    }

    private static String superscript(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            s.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return s.toString();
    }

    private static int arabic(String roman) {
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int v = switch (roman.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                default -> 10;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
