package org.magicref.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentDate;

/**
 * The documents in date order (a document dated by a range stands at its start), with how many
 * citations each has, and the citations per month.
 */
public record Timeline(List<Entry> entries, Map<YearMonth, Integer> citationsPerMonth, int undated) {

    /** A dated document and how many citations it has. */
    public record Entry(Document document, DocumentDate date, int citations) { }

    /**
     * The timeline of the documents dated (at least in part) between from and to, of one series or all.
     *
     * @param from   first day, or null
     * @param to     last day, or null
     * @param series "SRS", "SRH", ..., or null for all
     */
    public static Timeline of(Catalogue catalogue, LocalDate from, LocalDate to, String series) {
        List<Document> docs = catalogue.documents().stream().filter(d -> series == null || d.series().equals(series)).toList();
        int undated = (int) docs.stream().filter(d -> d.parsedDate() == null).count();
        List<Entry> entries = docs.stream().filter(d -> d.parsedDate() != null)
                .filter(d -> d.parsedDate().overlaps(from, to))
                .map(d -> new Entry(d, d.parsedDate(), catalogue.citationsOf(d.id()).size()))
                .sorted(Comparator.comparing(Entry::date).thenComparing(e -> e.document().id()))
                .toList();
        Map<YearMonth, Integer> perMonth = new TreeMap<>();
        for (Entry e : entries) {
            perMonth.merge(YearMonth.from(e.date().start()), e.citations(), Integer::sum);
        }
        return new Timeline(entries, perMonth, undated);
    }
}
