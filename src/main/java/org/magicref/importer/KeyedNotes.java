package org.magicref.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.magicref.domain.DocumentId;

/**
 * Endnotes keyed to a phrase of the text instead of a number, as many books print them: "45 the
 * pact would not be renewed: SRH 71, p. 1." (the page, the phrase, the note). Each is placed where
 * its phrase stands in the body: a marker is set at the end of that sentence and the note numbered
 * in its chapter, so that its passage is the sentence it glosses. A keyed note whose phrase is not
 * in the body is not placed (never guessed): it is reported, and so is every identifier it names.
 */
final class KeyedNotes {
    /** A note printed as "PAGE PHRASE: NOTE", and the chapter its section closes. */
    record Keyed(int page, String text, int line, int lastLine, String after) { }

    /** A note placed: its chapter, its number there, and the note's own text. */
    record Placed(String chapter, int number, String text, int line, int lastLine) { }

    private static final Pattern START = Pattern.compile("^(\\d{1,4})\\s+([\\p{L}'][^:\"]{2,80}?):\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"')\\]]*(?=\\s|$)");

    private KeyedNotes() {
    }

    /** Whether a line opens a note keyed to a phrase: a page, words of the text (no identifier), a colon. */
    static boolean starts(String line) {
        Matcher m = START.matcher(line.strip());
        return m.matches() && !DocumentId.IN_TEXT.matcher(m.group(2)).find();
    }

    /**
     * Places the keyed notes, setting a superscript marker in the body (which is changed in place)
     * for each whose phrase is found; {@code taken} holds the numbers already used in each chapter.
     */
    static List<Placed> place(List<Keyed> keyed, List<BodyParagraph> body, Map<String, Integer> taken, List<String> notices) {
        Map<String, Integer> next = new HashMap<>(taken);
        List<Placed> out = new ArrayList<>();
        List<String> lower = new ArrayList<>(body.size());
        body.forEach(p -> lower.add(p.text().toLowerCase(Locale.ROOT)));
        for (Keyed k : keyed) {
            Matcher m = START.matcher(k.text());
            m.matches();
            String phrase = m.group(2).strip();
            String note = m.group(3).strip();
            int at = -1;
            int index = 0;
            String wanted = phrase.toLowerCase(Locale.ROOT);
            for (; index < body.size() && at < 0; index++) {
                at = lower.get(index).indexOf(wanted);
            }
            if (at < 0) {
                notices.add("line " + k.line() + ": a note keyed to p. " + k.page() + ", \"" + phrase + "\", whose phrase is not in "
                        + "the body text: not placed");
                continue;
            }
            BodyParagraph p = body.get(index - 1);
            int number = next.merge(p.chapter(), 1, Integer::sum);
            Matcher end = SENTENCE_END.matcher(p.text());
            int marker = end.find(at + phrase.length()) ? end.end() : p.text().length();
            String text = p.text().substring(0, marker) + Superscripts.of(number) + p.text().substring(marker);
            body.set(index - 1, new BodyParagraph(p.chapter(), p.line(), p.lastLine(), text, p.interrupted()));
            lower.set(index - 1, text.toLowerCase(Locale.ROOT));
            out.add(new Placed(p.chapter(), number, note, k.line(), k.lastLine()));
        }
        return out;
    }
}
