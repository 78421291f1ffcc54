package org.magicref.citation.csl;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** A condition's start tag: its name, attributes and whether it closes itself. */
    private static final Pattern TAG = Pattern.compile("<(if|else-if)(\\s[^>]*?)?(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private StyleConditions() {
    }

    /** The style with every locator condition settled for a locator that is a page. */
    static String forPages(String style) {
        Matcher tag = TAG.matcher(style);
        StringBuilder out = new StringBuilder(style.length() + 1024);
        while (tag.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(tag.group(2) == null ? "" : tag.group(2));
            while (a.find()) {
                attributes.put(a.group(1), a.group(2) != null ? a.group(2) : a.group(3));
            }
            settle(attributes);
            StringBuilder written = new StringBuilder("<").append(tag.group(1));
            attributes.forEach((name, value) -> {
                char quote = value.indexOf('"') >= 0 ? '\'' : '"';
                written.append(' ').append(name).append('=').append(quote).append(value).append(quote);
            });
            written.append(tag.group(3)).append('>');
            tag.appendReplacement(out, Matcher.quoteReplacement(written.toString()));
        }
        tag.appendTail(out);
        return out.toString();
    }

    /** A condition's attributes (as written in the style), settled. */
    private static void settle(Map<String, String> e) {
        long conditions = CONDITIONS.stream().filter(e::containsKey).count();
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
        boolean page = Arrays.asList(e.get("locator").strip().split("\\s+")).contains("page");
        String match = e.getOrDefault("match", "all");
        e.remove("locator");
        boolean others = CONDITIONS.stream().anyMatch(e::containsKey);
        Boolean constant = switch (match) {
            case "any" -> page ? Boolean.TRUE : others ? null : Boolean.FALSE;
            case "none" -> page ? Boolean.FALSE : others ? null : Boolean.TRUE;
            default -> page ? (others ? null : Boolean.TRUE) : Boolean.FALSE;
        };
        if (constant != null) {
            CONDITIONS.forEach(e::remove);
            e.put("variable", NEVER);
            e.put("match", constant ? "none" : "any");
        }
    }
}
