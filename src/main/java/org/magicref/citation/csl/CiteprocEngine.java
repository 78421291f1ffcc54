package org.magicref.citation.csl;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.magicref.citation.CslEngine;

/**
 * The CSL engine on citeproc-java and the official style and locale repositories, made to render
 * as citeproc-js (the processor Zotero uses) renders: the style's conditions that citeproc-java
 * misreads are settled first ({@link StyleConditions}), the locator is printed as given, small
 * words keep their capitals in titles, and quotation marks inside quotation marks are made single.
 * A test compares the two processors over the thesis's citations in four styles.
 */
public final class CiteprocEngine implements CslEngine {
    @Override
    public Set<String> styles() {
        try {
            return new TreeSet<>(CSL.getSupportedStyles());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the citation styles: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean supports(String style) {
        return CSL.supportsStyle(style);
    }

    /** Each style settled once: the shell and a note sequence create a renderer for every citation. */
    private static final Map<String, String> SETTLED = new ConcurrentHashMap<>();

    /**
     * The style's XML (an independent style for a dependent one, as citeproc-java itself takes it)
     * with the conditions citeproc-java misreads settled ({@link StyleConditions}).
     */
    private static String settled(String style) throws IOException {
        String known = SETTLED.get(style);
        if (known != null) {
            return known;
        }
        String xml = read(style);
        Matcher parent = PARENT.matcher(xml);
        if (parent.find()) {
            xml = read(parent.group(1));
        }
        String settled = StyleConditions.forPages(xml);
        SETTLED.put(style, settled);
        return settled;
    }

    /**
     * The item with each capitalised small word inside a title ("pt. 1, The Pacific Theater")
     * followed by a mark that citeproc-java's title case takes as part of the word and so leaves
     * alone: it lowercases such words where citeproc-js (and the manuals, for a title as printed)
     * keeps them. The mark is taken out of what it renders.
     */
    private static Map<String, Object> protectedTitles(Map<String, Object> item) {
        Map<String, Object> out = new LinkedHashMap<>(item);
        for (String field : List.of("title", "container-title", "collection-title")) {
            if (out.get(field) instanceof String title) {
                out.put(field, SMALL_WORD.matcher(title).replaceAll("$0" + JOINER));
            }
        }
        return out;
    }

    /**
     * A mark citeproc-java reads as part of the word before it (its stop words must be followed by
     * a separator that is not an apostrophe), printed as nothing once taken out.
     */
    private static final String JOINER = "\u2019\u2060";
    private static final Pattern SMALL_WORD = Pattern.compile("(?<=\\s)(?:A|An|And|As|At|But|By|Down|For|From|In|Into|Nor|Of|On|Onto"
            + "|Or|Over|So|The|Till|To|Up|Via|With|Yet)(?=\\s)");

    /** What citeproc-java rendered, its quotation marks as characters (also in HTML), the marks taken out, inner quotes single. */
    private static String finished(String rendered) {
        String text = rendered.strip().replace("&ldquo;", "\u201c").replace("&rdquo;", "\u201d").replace("&lsquo;", "\u2018")
                .replace("&rsquo;", "\u2019").replace("&#8220;", "\u201c").replace("&#8221;", "\u201d").replace("&#8216;", "\u2018")
                .replace("&#8217;", "\u2019");
        return nested(text.replace(JOINER, ""));
    }

    /**
     * Quotation marks inside quotation marks made single, as the manuals (Chicago 13.30, MLA 6.4)
     * and citeproc-js set them: SRH-096's “Japanese Relations with the Remaining ‘Listening Posts’
     * in Europe”, where citeproc-java leaves the inner marks double.
     */
    static String nested(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201c') {
                out.append(depth > 0 ? '\u2018' : c);
                depth++;
            } else if (c == '\u201d' && depth > 0) {
                depth--;
                out.append(depth > 0 ? '\u2019' : c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The locator citeproc-java is given in place of the real one, which it would take apart
     * ("4 (pt. 1)" printed as "4 pt. 1"): a number, or a range of two for plural pages, that no
     * citation holds; the real locator replaces it, however the style abbreviates the range.
     */
    static final long PLACEHOLDER = 97_531_001L;
    private static final Pattern PRINTED = Pattern.compile(PLACEHOLDER + "(?:\\s*[\u2013-]\\s*\\d+)?");

    private static final Pattern PARENT = Pattern.compile(
            "<link\\s+href=\"https?://www\\.zotero\\.org/styles/([a-z0-9-]+)\"\\s+rel=\"independent-parent\"");

    /** A style of the repository jar by its id ("apa", "dependent/turabian-fullnote-bibliography"). */
    private static String read(String id) throws IOException {
        try (InputStream in = CSL.class.getResourceAsStream("/" + id + ".csl")) {
            if (in == null) {
                throw new IOException("no style " + id + " in the style repository");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public Renderer renderer(List<Map<String, Object>> items, String style, boolean html, Path remembered) {
        return new Rendering(items, style, html, remembered == null ? null : new FirstCitations(remembered));
    }

    /**
     * Citations and a bibliography over the items, the processor started at the first need of it:
     * a first citation kept from an earlier run needs none. The citations given from the kept ones
     * are made again before any other, so that later ones ("Ibid.", short forms) follow them.
     */
    private static final class Rendering implements Renderer {
        private final List<Map<String, Object>> items;
        private final String style;
        private final boolean html;
        private final FirstCitations kept;
        private final List<CSLCitation> given = new ArrayList<>();
        private CSL csl;

        Rendering(List<Map<String, Object>> items, String style, boolean html, FirstCitations kept) {
            this.items = items;
            this.style = style;
            this.html = html;
            this.kept = kept;
        }

        private CSL csl() {
            if (csl == null) {
                List<CSLItemData> data = new ArrayList<>();
                List<String> ids = new ArrayList<>();
                for (Map<String, Object> item : items) {
                    data.add(CSLItemData.fromJson(protectedTitles(item)));
                    ids.add((String) item.get("id"));
                }
                try {
                    csl = new CSL(new ListItemDataProvider(data), settled(style));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot load citation style " + style + ": " + e.getMessage(), e);
                }
                csl.setOutputFormat(html ? "html" : "text");
                csl.registerCitationItems(ids);
                for (CSLCitation c : given) {
                    csl.makeCitation(c);
                }
                given.clear();
            }
            return csl;
        }

        @Override
        public String cite(String itemId, String locator, boolean plural) {
            CSLCitationItemBuilder b = new CSLCitationItemBuilder(itemId);
            boolean located = locator != null && !locator.isEmpty();
            if (located) {
                b.locator(plural ? PLACEHOLDER + "\u2013" + (PLACEHOLDER + 1) : String.valueOf(PLACEHOLDER)).label(CSLLabel.PAGE);
            }
            CSLCitation citation = new CSLCitation(b.build());
            boolean first = csl == null && given.isEmpty();
            String key = first && kept != null ? FirstCitations.key(style, html, items, itemId, located, plural) : null;
            String text = key == null ? null : kept.read(key);
            if (text != null) {
                given.add(citation);
            } else {
                text = finished(csl().makeCitation(citation).get(0).getText());
                if (key != null) {
                    kept.write(key, text);
                }
            }
            return located ? PRINTED.matcher(text).replaceFirst(Matcher.quoteReplacement(locator)) : text;
        }

        @Override
        public List<String> bibliography() {
            List<String> out = new ArrayList<>();
            for (String entry : csl().makeBibliography().getEntries()) {
                out.add(finished(entry));
            }
            return out;
        }
    }
}
