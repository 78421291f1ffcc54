package org.magicref.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of a run of body text, and the claim a note marker at its end supports: the last
 * sentence, with each sentence before it that the following one carries on from (it opens with a
 * connective such as "However" or "Thus", or a pronoun such as "This", "He" or "They"). A full stop
 * after an initial ("F. S. G. Piggott"), an abbreviation ("U.S.", "Mr.", "p.") or inside
 * quotation marks that run on does not end a sentence.
 */
final class Sentences {
    private static final Pattern END = Pattern.compile("[.!?][\"')\\]]*\\s+(?=[\"'(\\[]?[A-Z0-9])");
    private static final Pattern ABBREVIATED = Pattern.compile("(?:\\b[A-Z]|\\b(?:[A-Za-z]\\.)+[A-Za-z]|Mr|Mrs|Dr|St|Gen|Lt|Col|Adm"
            + "|Capt|Maj|Sgt|Jr|Sr|No|Nos|Vol|vol|pp?|ed|trans|cf|ca|vs|etc|e\\.g|i\\.e|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)$");
    private static final Set<String> CARRY_ON = Set.of("This", "These", "That", "Those", "It", "Its", "He", "His", "She", "Her",
            "They", "Their", "Them", "Such", "Thus", "Therefore", "Hence", "However", "Moreover", "Furthermore", "Also",
            "Nevertheless", "Nonetheless", "Likewise", "Similarly", "Still", "Yet", "But", "And", "Or", "So", "Then",
            "Consequently", "Accordingly", "Indeed", "Instead", "Otherwise", "Besides", "Here", "In", "As", "Even", "For",
            "On", "At", "After", "Again", "Nor", "Both", "Each", "Neither", "Either");
    /** "In", "As", "For", "On", "At", "After" carry on only as the start of these phrases. */
    private static final Pattern CARRY_ON_PHRASE = Pattern.compile("^(?:In (?:addition|fact|turn|other words|short|particular|this|that|these|those|response|return|any case)"
            + "|As (?:a result|such|well|a consequence)|For (?:example|instance|this|that|these)|On the other hand|At the same time"
            + "|After (?:this|that)|Even (?:so|then|though)|Again|Nor|Both|Each|Neither|Either)\\b");

    private Sentences() {
    }

    /** The sentences of a text, as they stand (a trailing fragment is a sentence too). */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = END.matcher(text);
        int from = 0;
        while (m.find()) {
            String before = text.substring(from, m.start());
            String lastWord = before.substring(Math.max(before.lastIndexOf(' '), before.lastIndexOf('(')) + 1);
            if (ABBREVIATED.matcher(lastWord).find() || quoteOpen(text.substring(from, m.end()))) {
                continue;
            }
            out.add(text.substring(from, m.end()).strip());
            from = m.end();
        }
        if (from < text.length() && !text.substring(from).isBlank()) {
            out.add(text.substring(from).strip());
        }
        return out;
    }

    /** The claim a marker at the end of the text supports: its last sentence and those it carries on from. */
    static String claim(String text) {
        List<String> sentences = of(text.strip());
        if (sentences.isEmpty()) {
            return text.strip();
        }
        int first = sentences.size() - 1;
        while (first > 0 && carriesOn(sentences.get(first))) {
            first--;
        }
        return String.join(" ", sentences.subList(first, sentences.size()));
    }

    private static boolean carriesOn(String sentence) {
        String s = sentence.replaceFirst("^[\"'(\\[]+", "");
        String word = s.split("[\\s,;:]", 2)[0];
        if (!CARRY_ON.contains(word)) {
            return false;
        }
        return !Set.of("In", "As", "For", "On", "At", "After", "Even", "Again", "Nor", "Both", "Each", "Neither", "Either")
                .contains(word) || CARRY_ON_PHRASE.matcher(s).find();
    }

    /** Whether a double quotation opened in the text is still open at its end (a quoted sentence runs on). */
    private static boolean quoteOpen(String text) {
        return text.chars().filter(c -> c == '"').count() % 2 == 1;
    }
}
