package org.magicref.report;

import java.util.List;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentDate;
import org.magicref.domain.KnownPair;
import org.magicref.domain.Mark;

/**
 * A document as {@code --json} prints it. Field names are stable.
 *
 * @param date          the date as the source gives it (null if none)
 * @param dateStart     the earliest day the date allows (ISO), null if undated
 * @param dateEnd       the latest day the date allows (ISO), null if undated
 * @param datePrecision day, month or range
 * @param cited         whether any note cites it (false: bibliography only)
 * @param citations     how many citations it has
 * @param source        where its record comes from: "stated by blevins-1996", "added by you on 2026-11-28"
 */
public record DocumentView(String id, String series, String title, String date, String dateStart, String dateEnd,
                           String datePrecision, String publication, Integer reel, boolean cited, int citations,
                           String bibliography, String source) {

    public static DocumentView of(Document d, Catalogue catalogue) {
        DocumentDate date = d.parsedDate();
        return new DocumentView(d.id().toString(), d.series(), d.title(), d.date(),
                date == null ? null : date.start().toString(), date == null ? null : date.end().toString(),
                date == null ? null : date.precision().name().toLowerCase(java.util.Locale.ROOT),
                d.publication(), d.reel(), catalogue.isCited(d.id()), catalogue.citationsOf(d.id()).size(),
                d.bibliography(), catalogue.origin(d.id()).describe());
    }

    /** One page/frame pair, and the notes and the user's marks that give it. */
    public record PageFrameView(String page, Integer part, int frame, List<String> notes, List<String> marks) {
        static PageFrameView of(KnownPair k) {
            return new PageFrameView(k.page().page(), k.page().part(), k.frame(), k.notes(),
                    k.marks().stream().map(Mark::describe).toList());
        }
    }
}
