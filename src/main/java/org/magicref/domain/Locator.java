package org.magicref.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The locator of a citation as a note prints it after the identifier: pages, reel and frames, e.g.
 * {@code , pp. 1, 12, reel 9, frs. 0512, 0524} or {@code , p. 4, part 1; and pp. 1-2, part 2, reel 15}.
 * Ranges are expanded; an abbreviated end takes its missing leading digits from the start
 * ("0800-1" is 0800 to 0801, "121-22" is 121 to 122).
 *
 * @param pages    the page part as printed ("pp. 1, 12"), or null where none is given
 * @param pageRefs every page, ranges expanded
 * @param reel     the reel, or null
 * @param frames   every frame, ranges expanded
 * @param length   how many characters of the input the locator took
 */
public record Locator(String pages, List<PageRef> pageRefs, Integer reel, List<Integer> frames, int length) {
    /** The longest range expanded; a longer one is a misprint, not a citation. */
    public static final int MAX_RANGE = 1000;

    private static final String PAGE = "[A-Z]?\\d{1,5}n?";
    private static final String ITEM = PAGE + "(?:-" + PAGE + ")?";
    private static final String ITEMS_LIST = ITEM + "(?:,\\s*" + ITEM + ")*";
    private static final String GROUP = "(?:pp?\\.\\s*|(?i:pages?)\\s+)" + ITEMS_LIST + "(?:,\\s+part\\s+\\d{1,3})?";
    private static final String FRAME = "\\d{1,6}(?:-\\d{1,6})?";
    private static final String REEL_AND_FRAMES = "(?:,?\\s*(?i:microfilm\\s+)?(?i:reel)\\s+(?<reel>\\d{1,4}))?"
            + "(?:,\\s*(?i:frs?\\.|frames?)\\s*(?<frames>" + FRAME + "(?:,\\s*" + FRAME + ")*))?";
    private static final Pattern LOCATOR = Pattern.compile(
            ",?\\s*(?<pages>" + GROUP + "(?:;\\s+and\\s+" + GROUP + ")*)?" + REEL_AND_FRAMES);
    /** Pages printed without "p." as short notes print them ("Ibid., 7."), where the note ends or a reel follows. */
    private static final Pattern BARE = Pattern.compile(
            ",?\\s*(?<pages>" + ITEMS_LIST + ")(?=\\s*$|\\.(?:\\s|$)|;|,\\s*(?i:microfilm|reel|frs?\\.|frames?)\\b)" + REEL_AND_FRAMES);
    private static final Pattern PRINTED_PREFIX = Pattern.compile("^pp?\\. \\S");
    private static final Pattern ANY_PREFIX = Pattern.compile("^(?:pp?\\.\\s*|(?i:pages?)\\s+)");
    private static final Pattern PART = Pattern.compile(",\\s+part\\s+(\\d{1,3})$");
    private static final Pattern LABEL = Pattern.compile("([A-Z]?)(\\d+)(n?)");
    // compiled once: a replay of the user's notes expands thousands of page expressions
    private static final Pattern GROUPS = Pattern.compile(";\\s+and\\s+");
    private static final Pattern ITEMS = Pattern.compile(",\\s+");
    private static final Pattern PREFIX = Pattern.compile("^pp?\\.\\s+");

    public Locator {
        pageRefs = List.copyOf(pageRefs);
        frames = List.copyOf(frames);
    }

    /** An empty locator: nothing cited. */
    public static Locator none() {
        return new Locator(null, List.of(), null, List.of(), 0);
    }

    public boolean isEmpty() {
        return pages == null && reel == null && frames.isEmpty();
    }

    /** No locator is longer; the text after it is not read (a runaway one would exhaust the matcher's stack). */
    static final int MAX_LOCATOR = 500;
    /** No page expression a person types holds more items. */
    public static final int MAX_ITEMS = 200;
    private static final Pattern TYPED_ITEM = Pattern.compile("[A-Z]?\\d{1,5}n?(?:\\s*-\\s*[A-Z]?\\d{1,5})?");
    private static final Pattern TYPED_FRAMES = Pattern.compile("\\d{1,6}(?:\\s*-\\s*\\d{1,6})?");

    /**
     * A page expression as people type it ("7", "5-6", "1,12", "9n") in the form the notes print it
     * ("1, 12"), read item by item.
     *
     * @throws InvalidValueException for anything else, or more than {@link #MAX_ITEMS} items
     */
    public static String typedPages(String text) {
        return typedList(text, TYPED_ITEM, "a page expression; expected forms such as 7, 5-6, 1, 12, 9n or 4/1 (page 4 of part 1)");
    }

    /**
     * Frames as people type them ("0717", "0800-1", "0794, 0811"), every one of them.
     *
     * @throws InvalidValueException for anything else
     */
    public static List<Integer> typedFrames(String text) {
        return expandFrames(typedList(text, TYPED_FRAMES, "a frame list; expected forms such as 0717, 0800-1 or 0794, 0811"));
    }

    private static String typedList(String text, Pattern item, String what) {
        String t = text == null ? "" : text.strip();
        String[] items = t.split(",", MAX_ITEMS + 1);
        if (t.isEmpty() || items.length > MAX_ITEMS) {
            throw new InvalidValueException("'" + DocumentId.printable(t) + "' is not " + what
                    + (items.length > MAX_ITEMS ? " (at most " + MAX_ITEMS + " items)" : ""));
        }
        List<String> out = new ArrayList<>();
        for (String i : items) {
            String s = i.strip();
            if (!item.matcher(s).matches()) {
                throw new InvalidValueException("'" + DocumentId.printable(t) + "' is not " + what);
            }
            out.add(s.replaceAll("\\s*-\\s*", "-"));
        }
        return String.join(", ", out);
    }

    /** Reads the locator at the start of the text; what follows it is left alone. */
    public static Locator parse(String text) {
        return parse(LOCATOR, text);
    }

    /**
     * Reads the locator at the start of the text as {@link #parse} does, and also pages printed
     * without "p." ("Ibid., 7.", "SRH-085, 7, reel 9"): a short note's form.
     */
    public static Locator parseShort(String text) {
        Locator l = parse(LOCATOR, text);
        return l.pages() != null ? l : parse(BARE, text).orLonger(l);
    }

    private Locator orLonger(Locator other) {
        return other.length() > length ? other : this;
    }

    private static Locator parse(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text.length() > MAX_LOCATOR ? text.substring(0, MAX_LOCATOR) : text);
        if (!m.lookingAt() || (m.group("pages") == null && m.group("reel") == null && m.group("frames") == null)) {
            return none();
        }
        String pages = m.group("pages") == null ? null : printed(m.group("pages"));
        Integer reel = m.group("reel") == null ? null : Integer.valueOf(m.group("reel"));
        List<Integer> frames = m.group("frames") == null ? List.of() : expandFrames(m.group("frames"));
        return new Locator(pages, pages == null ? List.of() : expandPages(pages), reel, frames, m.end());
    }

    /** The pages in the notes' own form: "page 6" and a bare "6" as "p. 6", "pages 9-10" as "pp. 9-10". */
    private static String printed(String pages) {
        List<String> groups = new ArrayList<>();
        boolean changed = false;
        for (String group : GROUPS.split(pages)) {
            String g = group.strip();
            if (!PRINTED_PREFIX.matcher(g).find()) {
                String items = ANY_PREFIX.matcher(g).replaceFirst("").replaceAll(",(?=\\S)", ", ");
                boolean one = !items.contains(",") && !items.contains("-");
                g = (one ? "p. " : "pp. ") + items;
                changed = true;
            }
            groups.add(g);
        }
        return changed ? String.join("; and ", groups) : pages;
    }

    /** Every page of a page expression such as "pp. 4-6" or "p. 4, part 1; and pp. 1-2, part 2". */
    public static List<PageRef> expandPages(String pages) {
        List<PageRef> out = new ArrayList<>();
        for (String group : GROUPS.split(pages)) {
            String g = PREFIX.matcher(group.strip()).replaceFirst("");
            Integer part = null;
            Matcher pm = PART.matcher(g);
            if (pm.find()) {
                part = Integer.valueOf(pm.group(1));
                g = g.substring(0, pm.start());
            }
            for (String item : ITEMS.split(g)) {
                int dash = item.indexOf('-');
                if (dash < 0) {
                    out.add(new PageRef(item, part));
                    continue;
                }
                Matcher a = LABEL.matcher(item.substring(0, dash));
                Matcher b = LABEL.matcher(item.substring(dash + 1));
                if (!a.matches() || !b.matches() || !a.group(3).isEmpty() || !b.group(3).isEmpty()
                        || !(b.group(1).isEmpty() || b.group(1).equals(a.group(1)))) {
                    throw new InvalidValueException("'" + item + "' is not a page range");
                }
                for (long n : range(a.group(2), b.group(2))) {
                    out.add(new PageRef(a.group(1) + n, part));
                }
            }
        }
        return out;
    }

    /** Every frame of a frame expression such as "0497-98" or "0512, 0524". */
    public static List<Integer> expandFrames(String frames) {
        List<Integer> out = new ArrayList<>();
        for (String item : frames.split(",\\s*")) {
            int dash = item.indexOf('-');
            if (dash < 0) {
                out.add(Integer.valueOf(item.strip()));
            } else {
                for (long n : range(item.substring(0, dash).strip(), item.substring(dash + 1).strip())) {
                    out.add((int) n);
                }
            }
        }
        return out;
    }

    private static List<Long> range(String start, String end) {
        String full = end.length() < start.length() ? start.substring(0, start.length() - end.length()) + end : end;
        long a = Long.parseLong(start);
        long b = Long.parseLong(full);
        if (b < a || b - a >= MAX_RANGE) {
            throw new InvalidValueException("'" + start + "-" + end + "' is not a valid range");
        }
        List<Long> out = new ArrayList<>();
        for (long n = a; n <= b; n++) {
            out.add(n);
        }
        return out;
    }
}
