package org.magicref.citation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentDate;
import org.magicref.domain.Publication;

/**
 * Documents as CSL items (CSL-JSON), for citation styles and reference managers. A study or
 * summary is a {@code report} whose identifier is its {@code genre} (Chicago prints a report's
 * genre but drops its {@code number}; MLA and APA would turn a number's hyphen into an en dash),
 * the microfilm publication is the {@code container-title} with its publisher, place,
 * {@code medium} and year ({@code issued}: the edition read), the document's own date is its
 * {@code original-date} at its precision (a day, a month, a range), so that the styles treat the
 * microfilm as the republication it is (APA 7, 9.41: "1944/1989"; Chicago 17, 14.114: "1944;
 * repr."; MLA 9: the original date after the title), the reel is the {@code archive_location},
 * and the archive with its record group is the {@code archive}. The title keeps the date the
 * notes print with it, as the styles print the original date as a year.
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

    /** A document's date as CSL date parts, at its precision: a day, a month, or the first and last of a range. */
    static List<List<Integer>> dateParts(DocumentDate date) {
        return switch (date.precision()) {
            case DAY -> List.of(day(date.start()));
            case MONTH -> List.of(List.of(date.start().getYear(), date.start().getMonthValue()));
            case RANGE -> List.of(day(date.start()), day(date.end()));
        };
    }

    private static List<Integer> day(LocalDate day) {
        return List.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    /** The item as citations give it, their locator holding the reel: without {@code archive_location}. */
    public Map<String, Object> cited(Document d) {
        Map<String, Object> m = item(d);
        m.remove("archive_location");
        return m;
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
        DocumentDate date = d.parsedDate();
        if (date != null) {
            m.put("original-date", Map.of("date-parts", dateParts(date)));
        }
        if (d.reel() != null) {
            m.put("archive_location", "reel " + d.reel());
        }
        m.values().removeIf(Objects::isNull);
        return m;
    }
}
