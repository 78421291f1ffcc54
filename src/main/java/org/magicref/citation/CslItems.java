package org.magicref.citation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.Publication;

/**
 * Documents as CSL items (CSL-JSON), for citation styles and reference managers. A study or
 * summary is a {@code report} whose identifier is its {@code genre} (Chicago prints a report's
 * genre but drops its {@code number}; MLA and APA would turn a number's hyphen into an en dash),
 * the microfilm publication is the {@code container-title} with its publisher, place,
 * {@code medium} and year ({@code issued}), the reel is the {@code archive_location}, and the
 * archive with its record group is the {@code archive}. The document's own date is part of its
 * title, as the thesis's notes print it.
 */
public final class CslItems {
    private final Catalogue catalogue;
    private final HouseStyle style;

    public CslItems(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.style = new HouseStyle(catalogue);
    }

    /** The item's id: the document's identifier. */
    public static String id(Document d) {
        return d.id().toString();
    }

    public Map<String, Object> item(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id(d));
        m.put("type", "report");
        String title = style.quotedTitle(d);
        if (!title.equals(d.id().toString())) {
            m.put("title", title);
        }
        m.put("genre", d.id().toString());
        Publication p = catalogue.publication(d.publication()).orElse(null);
        if (p != null) {
            m.put("container-title", p.fullTitle());
            m.put("publisher", p.publisher());
            m.put("publisher-place", p.place());
            m.put("medium", p.medium());
            if (p.archive() != null) {
                m.put("archive", p.archive() + (p.collection() == null ? "" : ", " + p.collection()));
                m.put("archive-place", p.archivePlace());
            }
            if (p.year() > 0) {
                m.put("issued", Map.of("date-parts", List.of(List.of(p.year()))));
            }
        }
        if (d.reel() != null) {
            m.put("archive_location", "reel " + d.reel());
        }
        m.values().removeIf(Objects::isNull);
        return m;
    }
}
