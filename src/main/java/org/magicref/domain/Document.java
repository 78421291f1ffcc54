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
    public static final Comparator<Document> BY_DATE = Comparator.comparing(Document::parsedDate,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Document::id);

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
}
