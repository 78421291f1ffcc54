package org.magicref.citation.csl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A style's conditions read as citeproc-js reads them, settled before citeproc-java reads the
 * style. A {@code position="subsequent"} condition, which citeproc-java never finds true, asks
 * whether the citation is not the item's first (Chicago's short note for a document cited again). A {@code type} condition of several types alone holds for any of them ("bill report":
 * a bill or a report), where citeproc-java wants all. A {@code locator="..."} condition, which
 * citeproc-java does not evaluate (its {@code SIf} reads the attribute and ignores it, up to
 * 3.5.1). Left to it, Chicago prints "p. 7" where it wants "7", APA "Page 7" where it wants
 * "p. 7", MLA "p.7" where it wants "7". magicref's locators are always pages, so each such
 * condition is known: a branch that holds for pages is kept with the locator test removed, one that
 * cannot hold is made never to hold, one that holds whatever else is asked is made always to hold.
 *
 * <p>Only the start tags of {@code if} and {@code else-if} change, so they are rewritten in the
 * text and everything else is left as it was: parsing the style into a DOM and writing it out again
 * cost a CSL citation 30 to 55 ms to start, the XML parser being started a second time.
 */
final class StyleConditions {
    /** No item has this variable: "any" of it never holds, "none" of it always holds. */
    private static final String NEVER = "x-magicref-never-set";
    private static final List<String> CONDITIONS = List.of("disambiguate", "is-numeric", "is-uncertain-date", "locator", "position",
            "type", "variable");

    private StyleConditions() {
    }

    /**
     * The style with every locator condition settled for a locator that is a page. The tags are
     * found and read by hand: this runs once, cold, in a one-shot CSL citation, where regular
     * expressions and streams cost their first use several milliseconds.
     */
    static String forPages(String style) {
        StringBuilder out = new StringBuilder(style.length() + 1024);
        int done = 0;
        for (int lt = style.indexOf('<'); lt >= 0; lt = style.indexOf('<', lt + 1)) {
            String name = style.startsWith("<if", lt) ? "if" : style.startsWith("<else-if", lt) ? "else-if" : null;
            int after = name == null ? -1 : lt + 1 + name.length();
            int gt = after < 0 ? -1 : style.indexOf('>', after);
            if (gt < 0) {
                continue;
            }
            // as <(if|else-if)(\s[^>]*?)?(/?)> reads it: the name, then nothing, "/" or a space
            char c = style.charAt(after);
            boolean closes;
            if (c == '>' || c == '/' && gt == after + 1) {
                closes = c == '/';
            } else if (space(c)) {
                closes = style.charAt(gt - 1) == '/';
            } else {
                continue;
            }
            Map<String, String> attributes = attributes(style, after, closes ? gt - 1 : gt);
            settle(attributes);
            out.append(style, done, lt).append('<').append(name);
            for (Map.Entry<String, String> a : attributes.entrySet()) {
                char quote = a.getValue().indexOf('"') >= 0 ? '\'' : '"';
                out.append(' ').append(a.getKey()).append('=').append(quote).append(a.getValue()).append(quote);
            }
            out.append(closes ? "/>" : ">");
            done = gt + 1;
            lt = gt;
        }
        return out.append(style, done, style.length()).toString();
    }

    /** The attributes written between two positions of a start tag: name="value" or name='value'. */
    private static Map<String, String> attributes(String tag, int from, int to) {
        Map<String, String> attributes = new LinkedHashMap<>();
        int i = from;
        while (i < to) {
            int nameStart = i;
            while (i < to && nameChar(tag.charAt(i))) {
                i++;
            }
            if (i == nameStart) {
                i++;
                continue;
            }
            String name = tag.substring(nameStart, i);
            int j = skipSpace(tag, i, to);
            if (j >= to || tag.charAt(j) != '=') {
                continue;
            }
            j = skipSpace(tag, j + 1, to);
            char quote = j < to ? tag.charAt(j) : 0;
            int end = quote == '"' || quote == '\'' ? tag.indexOf(quote, j + 1) : -1;
            if (end < 0 || end >= to) {
                continue;
            }
            attributes.put(name, tag.substring(j + 1, end));
            i = end + 1;
        }
        return attributes;
    }

    private static boolean nameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == ':' || c == '.' || c == '-';
    }

    private static int skipSpace(String s, int i, int to) {
        while (i < to && space(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A space as a regular expression's {@code \\s} means it. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether a list of words parted by spaces holds the word. */
    private static boolean holds(String words, String word) {
        int i = 0;
        while (i < words.length()) {
            i = skipSpace(words, i, words.length());
            int start = i;
            while (i < words.length() && !space(words.charAt(i))) {
                i++;
            }
            if (i > start && words.regionMatches(start, word, 0, word.length()) && i - start == word.length()) {
                return true;
            }
        }
        return false;
    }

    /** How many of the conditions a tag's attributes hold. */
    private static int conditions(Map<String, String> e) {
        int n = 0;
        for (String c : CONDITIONS) {
            if (e.containsKey(c)) {
                n++;
            }
        }
        return n;
    }

    /** A condition's attributes (as written in the style), settled. */
    private static void settle(Map<String, String> e) {
        int conditions = conditions(e);
        if (e.getOrDefault("position", "").strip().equals("subsequent") && conditions == 1
                && !e.getOrDefault("match", "").equals("none")) {
            // a later citation of an item: citeproc-java knows only "first" and "ibid", so "not first"
            e.put("position", "first");
            e.put("match", "none");
        }
        boolean onlyType = e.containsKey("type") && conditions == 1;
        if (onlyType && (!e.containsKey("match") || e.get("match").equals("all")) && e.get("type").strip().contains(" ")) {
            // "a bill or a report", as the style's authors mean and citeproc-js reads it; citeproc-java
            // asks for an item that is both
            e.put("match", "any");
        }
        if (!e.containsKey("locator")) {
            return;
        }
        boolean page = holds(e.get("locator"), "page");
        String match = e.getOrDefault("match", "all");
        e.remove("locator");
        boolean others = conditions(e) > 0;
        Boolean constant = switch (match) {
            case "any" -> page ? Boolean.TRUE : others ? null : Boolean.FALSE;
            case "none" -> page ? Boolean.FALSE : others ? null : Boolean.TRUE;
            default -> page ? (others ? null : Boolean.TRUE) : Boolean.FALSE;
        };
        if (constant != null) {
            for (String c : CONDITIONS) {
                e.remove(c);
            }
            e.put("variable", NEVER);
            e.put("match", constant ? "none" : "any");
        }
    }
}
