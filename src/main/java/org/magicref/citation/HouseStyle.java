package org.magicref.citation;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentDate;
import org.magicref.domain.Publication;

/**
 * The thesis's own Chicago-style forms for RG 457 documents: the full first reference, the
 * shortened references (quoted title and identifier with locator; identifier with locator),
 * "Ibid." (bare, with a new locator, and the Magic Summaries' "Ibid., "DATE," SRS-NNNN"), and the
 * bibliography's headings and entries.
 */
public final class HouseStyle {
    private static final Pattern MONTH_FIRST = Pattern.compile("^[A-Z][a-z]+ \\d{1,2}, \\d{4}$");

    private final Catalogue catalogue;

    public HouseStyle(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** "U.S. National Archives ..., "TITLE," ID, in PUBLICATION (PLACE: PUBLISHER, YEAR, microfilm), LOCATOR." */
    public String full(Reference r) {
        Document d = r.document();
        Publication p = publication(d);
        StringBuilder s = new StringBuilder();
        if (p != null && p.archive() != null) {
            s.append(p.archive()).append(", ").append(p.archivePlace()).append(", ").append(p.collection()).append(", ");
        }
        s.append('"').append(quotedTitle(d)).append(",\" ").append(d.id());
        if (p != null) {
            s.append(", in ").append(p.fullTitle()).append(" (").append(p.place()).append(": ").append(p.publisher())
                    .append(", ").append(p.year()).append(", ").append(p.medium()).append(')');
        }
        return withLocator(s.toString(), r) + "." + framesNotAvailable(d);
    }

    /** The sentence the thesis adds to the full reference of a publication without frame numbers, or "". */
    public String framesNotAvailable(Document d) {
        Publication p = publication(d);
        if (p == null || p.frames()) {
            return "";
        }
        boolean summaries = catalogue.documents().stream().filter(x -> p.id().equals(x.publication()))
                .allMatch(x -> x.series().equals("SRS"));
        return " Frame numbers are not available for the " + (summaries ? "Magic Summary" : p.title()) + " reels.";
    }

    /** ""TITLE," ID, LOCATOR" (without the closing period). */
    public String titled(Reference r) {
        return withLocator("\"" + quotedTitle(r.document()) + ",\" " + r.document().id(), r);
    }

    /** "ID, LOCATOR" (without the closing period). */
    public String identified(Reference r) {
        return withLocator(r.document().id().toString(), r);
    }

    /** "Ibid." for the same pages, "Ibid., LOCATOR" for new ones (without the closing period, "Ibid" keeps its own). */
    public String ibid(Reference r, boolean samePages) {
        return samePages ? "Ibid." : withLocator("Ibid.", r);
    }

    /** "Ibid., "DATE," ID, LOCATOR": a Magic Summary cited right after another (without the closing period). */
    public String ibidSummary(Reference r) {
        String title = quotedTitle(r.document());
        String base = r.document().title() + ", ";
        String date = title.startsWith(base) ? title.substring(base.length()) : r.document().date();
        return withLocator("Ibid., \"" + date + ",\" " + r.document().id(), r);
    }

    /** "p. 12, reel 5, fr. 0774"; pages of parts as "p. 4, part 1; and pp. 1-2, part 2". */
    public String locator(Reference r) {
        List<String> parts = new ArrayList<>();
        for (Reference.PageGroup g : r.groups()) {
            boolean many = g.pages().contains("-") || g.pages().contains(",");
            parts.add((many ? "pp. " : "p. ") + g.pages() + (g.part() == null ? "" : ", part " + g.part()));
        }
        StringBuilder s = new StringBuilder(String.join("; and ", parts));
        if (r.document().reel() != null) {
            s.append(s.length() > 0 ? ", " : "").append("reel ").append(r.document().reel());
        }
        if (!r.frames().isEmpty()) {
            s.append(r.frames().size() == 1 ? ", fr. " : ", frs. ").append(frames(r.frames()));
        }
        return s.toString();
    }

    private String withLocator(String head, Reference r) {
        String loc = locator(r);
        return loc.isEmpty() ? head : head + ", " + loc;
    }

    /**
     * The title in quotation marks as the notes give it: the form of the document's first note
     * ("Magic Summary, April 21, 1942" in chapter IV, "Magic Summary, 1 August 1945" in chapter V;
     * "Russo-Japanese Relations, June 1945"; "Notes on the Crimea (Yalta) Conference"), with the
     * bibliography's date where a note's date disagrees with it; for a document no note cites, the
     * bibliography's title and date.
     */
    public String quotedTitle(Document d) {
        for (Citation c : catalogue.citationsOf(d.id())) {
            String noteDate = null;
            String title = c.title();
            if (title != null) {
                String base = d.title() + ", ";
                if (!title.startsWith(base)) {
                    return title;
                }
                noteDate = title.substring(base.length());
            } else if (c.date() != null) {
                noteDate = c.date();
            }
            if (noteDate != null) {
                return d.title() + ", " + dateLike(noteDate, d);
            }
        }
        return d.date() == null ? d.title() : d.title() + ", " + d.date();
    }

    /** The note's date when it agrees with the bibliography's; else the bibliography's, in the note's style. */
    private static String dateLike(String noteDate, Document d) {
        DocumentDate bib = d.parsedDate();
        Optional<DocumentDate> note = DocumentDate.tryParse(noteDate);
        if (bib == null || note.isEmpty() || (note.get().start().equals(bib.start()) && note.get().end().equals(bib.end()))) {
            return noteDate;
        }
        if (bib.precision() == DocumentDate.Precision.DAY && MONTH_FIRST.matcher(noteDate).matches()) {
            return bib.start().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + bib.start().getDayOfMonth()
                    + ", " + bib.start().getYear();
        }
        return d.date();
    }

    /** The bibliography's heading for a publication: the first repeats the archive, the others a dash. */
    public String heading(Publication p, boolean first) {
        StringBuilder s = new StringBuilder();
        if (first && p.archive() != null) {
            s.append(p.archive()).append(", ").append(p.archivePlace()).append(p.archivePlace().endsWith(".") ? " " : ". ")
                    .append(p.collection()).append(". ");
        } else {
            s.append("_____. ");
        }
        s.append(p.title()).append(". ");
        if (p.part() != null) {
            s.append("pt. ").append(p.part()).append(", ").append(p.partTitle()).append(". ");
        }
        return s.append(p.place()).append(": ").append(p.publisher()).append(", ").append(p.year()).append('.').toString();
    }

    /** A bibliography entry: "SRS-0578 Magic Summary, 21 April 1942." */
    public String entry(Document d) {
        return d.id() + " " + d.title() + (d.date() == null ? "" : ", " + d.date()) + ".";
    }

    /** Frames as the thesis abbreviates ranges: "0774", "0580-81", "0800-1", "0512, 0524". */
    public static String frames(List<Integer> frames) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            int j = i;
            while (j + 1 < frames.size() && frames.get(j + 1) == frames.get(j) + 1) {
                j++;
            }
            String start = String.format(Locale.ROOT, "%04d", frames.get(i));
            parts.add(i == j ? start : start + "-" + abbreviatedEnd(start, String.format(Locale.ROOT, "%04d", frames.get(j))));
            i = j;
        }
        return String.join(", ", parts);
    }

    /**
     * The end of a range as the thesis prints it: only the digits that change, but at least two
     * unless the start's tens digit is 0 ("0580-81", "0789-90", "0800-1", "0704-5").
     */
    static String abbreviatedEnd(String start, String end) {
        if (start.length() != end.length()) {
            return end;
        }
        int k = 0;
        while (k < start.length() && start.charAt(k) == end.charAt(k)) {
            k++;
        }
        int changed = end.length() - k;
        boolean tensZero = start.length() >= 2 && start.charAt(start.length() - 2) == '0';
        int keep = tensZero ? changed : Math.max(2, changed);
        return end.substring(end.length() - Math.min(end.length(), keep));
    }

    private Publication publication(Document d) {
        return catalogue.publication(d.publication()).orElse(null);
    }
}
