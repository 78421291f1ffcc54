package org.magicref.citation;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;

/**
 * Renders notes and bibliographies in any style of the Citation Style Language repository, with
 * citeproc-java. The engine and its styles are loaded only here, so commands that do not ask
 * for a CSL style never pay for them. Every item is registered before the first citation, so
 * that notes already rendered are not renumbered or re-rendered when a later item sorts first.
 */
public final class CslRenderer {
    private static final String DEPENDENT = "dependent/";
    private static volatile Set<String> styles;

    private final CSL csl;

    private CslRenderer(CSL csl) {
        this.csl = csl;
    }

    /**
     * An engine for the style over the given documents' items.
     *
     * @throws UnknownStyleException naming the nearest style ids
     */
    public static CslRenderer create(Catalogue catalogue, List<Document> documents, String style) {
        String id = resolve(style);
        CslItems items = new CslItems(catalogue);
        Map<String, CSLItemData> data = new LinkedHashMap<>();
        for (Document d : documents) {
            data.putIfAbsent(CslItems.id(d), CSLItemData.fromJson(items.item(d)));
        }
        try {
            CSL csl = new CSL(new ListItemDataProvider(new ArrayList<>(data.values())), id);
            csl.setOutputFormat("text");
            csl.registerCitationItems(data.keySet());
            return new CslRenderer(csl);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load citation style " + id + ": " + e.getMessage(), e);
        }
    }

    /** All style ids of the repository, dependent ones as "dependent/NAME", sorted. */
    public static Set<String> styles() {
        Set<String> s = styles;
        if (s == null) {
            try {
                s = new TreeSet<>(CSL.getSupportedStyles());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the citation styles: " + e.getMessage(), e);
            }
            styles = s;
        }
        return s;
    }

    /** The repository's id for a style name, accepting a dependent style without its prefix. */
    public static String resolve(String style) {
        String name = style == null ? "" : style.strip().toLowerCase(Locale.ROOT).replaceAll("\\.csl$", "");
        Set<String> all = styles();
        if (all.contains(name)) {
            return name;
        }
        if (all.contains(DEPENDENT + name)) {
            return DEPENDENT + name;
        }
        throw new UnknownStyleException(style, suggestions(name, all));
    }

    /**
     * The nearest style ids: those whose initials are the name ("mla"), then by edit distance to
     * the whole id or (one worse) to its beginning, so that "chicgo" finds the chicago styles;
     * shorter ids first among equals.
     */
    private static List<String> suggestions(String name, Set<String> all) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        record Scored(String id, int d) { }
        List<Scored> scored = new ArrayList<>();
        for (String id : all) {
            String bare = id.startsWith(DEPENDENT) ? id.substring(DEPENDENT.length()) : id;
            String head = bare.substring(0, Math.min(bare.length(), name.length()));
            String initials = java.util.Arrays.stream(bare.split("-")).filter(w -> !w.isEmpty())
                    .map(w -> w.substring(0, 1)).collect(java.util.stream.Collectors.joining());
            int d = initials.equals(name) ? 0 : Math.min(distance.apply(name, bare), distance.apply(name, head) + 1);
            if (d <= Math.max(3, name.length() / 3)) {
                scored.add(new Scored(id, d));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::d).thenComparingInt((Scored s) -> s.id().length()).thenComparing(Scored::id));
        return scored.stream().limit(3).map(Scored::id).toList();
    }

    /** A reference's locator for a citation: its pages, with the frames after them ("7, fr. 0800"). */
    public static String locator(Reference r) {
        String pages = String.join("; ", r.groups().stream()
                .map(g -> g.pages() + (g.part() == null ? "" : ", part " + g.part())).toList());
        if (r.frames().isEmpty()) {
            return pages;
        }
        return pages + (r.frames().size() == 1 ? ", fr. " : ", frs. ") + HouseStyle.frames(r.frames());
    }

    /** One citation of a reference. */
    public String cite(Reference r) {
        return cite(CslItems.id(r.document()), locator(r));
    }

    /** One citation: a note for note styles, an in-text citation for author-date styles. */
    public String cite(String itemId, String locator) {
        CSLCitationItemBuilder b = new CSLCitationItemBuilder(itemId);
        if (locator != null && !locator.isEmpty()) {
            b.locator(locator).label(CSLLabel.PAGE);
        }
        CSLCitationItem item = b.build();
        return csl.makeCitation(new CSLCitation(item)).get(0).getText().strip();
    }

    /** The bibliography of every registered item, in the style's order. */
    public List<String> bibliography() {
        List<String> out = new ArrayList<>();
        for (String entry : csl.makeBibliography().getEntries()) {
            out.add(entry.strip());
        }
        return out;
    }
}
