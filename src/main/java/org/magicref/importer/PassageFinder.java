package org.magicref.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds the passage of body text that each note marker closes: the sentence it closes, with the
 * sentences before it (back to the previous marker in the same paragraph, or the paragraph's
 * start) that carry the same claim, as a sentence that opens with a connective or a pronoun ("This
 * ...", "However, ...", "He ...") carries on the one before it. A paragraph broken at a page end,
 * by a page's footnotes or by a figure is rejoined first (it is broken where the text before the
 * break stops mid-sentence, or the text after an interruption starts in lower case; "More-" and "over" join as
 * "Moreover", "Soviet-" and "Japanese" as "Soviet-Japanese"). For a marker that closes a block
 * quotation (the paragraphs after a lead-in ending in a colon, up to the first marker), the
 * passage is the whole quotation.
 */
final class PassageFinder {
    private record Logical(String chapter, int line, String text) { }

    /**
     * A passage, the paragraph it stands in (counted from 1 in each chapter), and that paragraph's
     * whole text where it holds more than the passage (else null).
     */
    record Passage(String text, int paragraph, String context) { }

    private PassageFinder() {
    }

    /** Passages by note reference ("V.37"). */
    static Map<String, Passage> passages(List<BodyParagraph> body) {
        List<Logical> paragraphs = rejoin(body);
        Map<String, Passage> out = new HashMap<>();
        int number = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Logical p = paragraphs.get(i);
            number = i > 0 && paragraphs.get(i - 1).chapter().equals(p.chapter()) ? number + 1 : 1;
            int quoteStart = quotationStart(paragraphs, i);
            String prefix = "";
            if (quoteStart >= 0) {
                StringBuilder q = new StringBuilder();
                for (int k = quoteStart; k < i; k++) {
                    q.append(paragraphs.get(k).text()).append(' ');
                }
                prefix = q.toString();
            }
            Matcher m = Superscripts.MARKER.matcher(p.text());
            int from = 0;
            String whole = (prefix + p.text()).strip();
            boolean quotation = quoteStart >= 0;
            while (m.find()) {
                String passage = quotation ? (prefix + p.text().substring(from, m.start())).strip()
                        : Sentences.claim(p.text().substring(from, m.start()));
                out.putIfAbsent(p.chapter() + "." + Superscripts.value(m.group()),
                        new Passage(passage, number, whole.equals(passage) ? null : whole));
                from = m.end();
                prefix = "";
                quotation = false;
            }
        }
        return out;
    }

    /**
     * If paragraph i holds the marker that closes a block quotation, the index of the quotation's
     * first paragraph; else -1. The quotation follows a lead-in paragraph ending in a colon and
     * runs, without markers, up to paragraph i; a quoted paragraph may itself end in a colon
     * ("... as follows:").
     */
    private static int quotationStart(List<Logical> paragraphs, int i) {
        for (int k = i - 1; k >= 0 && paragraphs.get(k).chapter().equals(paragraphs.get(i).chapter()); k--) {
            String text = paragraphs.get(k).text();
            if (text.endsWith(":")) {
                int start = k;
                while (start > 0 && paragraphs.get(start - 1).text().endsWith(":")
                        && !Superscripts.MARKER.matcher(paragraphs.get(start).text()).find()) {
                    start--;
                }
                return start + 1;
            }
            if (Superscripts.MARKER.matcher(text).find()) {
                return -1;
            }
        }
        return -1;
    }

    private static List<Logical> rejoin(List<BodyParagraph> body) {
        List<Logical> out = new ArrayList<>();
        for (BodyParagraph p : body) {
            if (!out.isEmpty()) {
                Logical last = out.get(out.size() - 1);
                boolean lower = !p.text().isEmpty() && Character.isLowerCase(p.text().charAt(0));
                boolean broken = !ThesisLayout.endsSentence(last.text()) || (lower && p.interrupted());
                if (last.chapter().equals(p.chapter()) && broken) {
                    out.set(out.size() - 1, new Logical(last.chapter(), last.line(), join(last.text(), p.text(), lower)));
                    continue;
                }
            }
            out.add(new Logical(p.chapter(), p.line(), p.text()));
        }
        return out;
    }

    private static String join(String before, String after, boolean lower) {
        if (before.endsWith("-")) {
            return lower ? before.substring(0, before.length() - 1) + after : before + after;
        }
        return before + " " + after;
    }
}
