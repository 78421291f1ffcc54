package org.magicref.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * An SRS, SRH or other RG 457 document.
 *
 * @param date         the date as the source gives it, or null where the source gives none
 * @param publication  the id of the microfilm publication that holds it, or null if unknown
 * @param reel         its reel in that publication, or null if no note names one
 * @param bibliography the bibliography entry as the source prints it, or null if it has none
 */
public record Document(DocumentId id, String title, String date, String publication, Integer reel,
                       String bibliography) {
    /** Date order, undated documents last, then identifier order. */
    public static final Comparator<Document> BY_DATE = Document::byDate;

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    public String series() {
        return id.series();
    }

    /** The parsed date, or null where the source gives none. */
    public DocumentDate parsedDate() {
        return date == null ? null : DocumentDate.tryParse(date).orElse(null);
    }

    // equals and hashCode written out, as DocumentId's are: a record's generated ones are bootstrapped
    // through method handles on first use, which a one-shot command pays for
    @Override
    public boolean equals(Object o) {
        return o instanceof Document d && id.equals(d.id) && title.equals(d.title) && Objects.equals(date, d.date)
                && Objects.equals(publication, d.publication) && Objects.equals(reel, d.reel)
                && Objects.equals(bibliography, d.bibliography);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, date, publication, reel, bibliography);
    }

    /*
     * Written out rather than composed with Comparator.comparing and thenComparing: the lambdas
     * inside those are made at their first use in every run, which no start-up archive keeps.
     */
    private static int byDate(Document a, Document b) {
        DocumentDate x = a.parsedDate();
        DocumentDate y = b.parsedDate();
        int c = x == null ? (y == null ? 0 : 1) : y == null ? -1 : x.compareTo(y);
        return c != 0 ? c : a.id().compareTo(b.id());
    }
}
