package org.magicref.citation;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentDate;
import org.magicref.domain.Frames;
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
    /** Whether publication titles carry italic marks ({@link Markup}) for a format that shows them. */
    private final boolean marked;

    public HouseStyle(Catalogue catalogue) {
        this(catalogue, false);
    }

    /** The house style with publication titles marked to be set in italics, for {@link Markup#render}. */
    public HouseStyle(Catalogue catalogue, boolean marked) {
        this.catalogue = catalogue;
        this.marked = marked;
    }

    /** A publication's title, marked for italics where asked. */
    private String publicationTitle(Publication p) {
        return marked ? Markup.italic(p.title()) : p.title();
    }

    /**
     * The reference in one of the forms, whole, as it stands alone in a note or a bibliography:
     * {@code FULL} "U.S. National Archives ..., "TITLE," ID, in PUBLICATION (PLACE: PUBLISHER, YEAR,
     * microfilm), LOCATOR."; {@code SHORTENED} ""TITLE," ID, LOCATOR."; {@code ID} "ID, LOCATOR.";
     * {@code IBID} "Ibid." or "Ibid., LOCATOR."; {@code BIB} the publication's heading and the entry.
     */
    public String cite(Form form, Reference r) {
        return switch (form) {
            case FULL -> fullReference(r) + "." + framesNotAvailable(r.document());
            case SHORTENED -> titled(r) + ".";
            case ID -> identified(r) + ".";
            case IBID -> r.groups().isEmpty() ? "Ibid." : withLocator("Ibid.", r) + ".";
            case BIB -> bibliographyEntry(r.document());
        };
    }

    /** The full first reference without its closing period. */
    String fullReference(Reference r) {
        Document d = r.document();
        Publication p = publication(d);
        StringBuilder s = new StringBuilder();
        if (p != null && p.archive() != null) {
            s.append(joined(", ", p.archive(), p.archivePlace(), p.collection())).append(", ");
        }
        s.append(quoted(d)).append(d.id());
        if (p != null) {
            s.append(", in ").append(publicationTitle(p)).append(p.describe().substring(p.title().length()));
        }
        return withLocator(s.toString(), r);
    }

    /** The publication's heading over the document's entry, as the bibliography prints them. */
    private String bibliographyEntry(Document d) {
        Publication p = publication(d);
        return p == null ? entry(d) : heading(p, true) + "\n\n" + entry(d);
    }

    /** The sentence the thesis adds to the full reference of a publication without frame numbers, or "". */
    public String framesNotAvailable(Document d) {
        Publication p = publication(d);
        if (p == null || p.frames() || !p.microfilm()) {
            return "";
        }
        boolean summaries = catalogue.documents().stream().filter(x -> p.id().equals(x.publication()))
                .allMatch(x -> x.id().isMagicSummary());
        return " Frame numbers are not available for the " + (summaries ? "Magic Summary" : p.title()) + " reels.";
    }

    /** ""TITLE," ID, LOCATOR" (without the closing period). */
    String titled(Reference r) {
        return withLocator(quoted(r.document()) + r.document().id(), r);
    }

    /** "\"TITLE,\" " before the identifier; nothing for a document known only by its identifier. */
    private String quoted(Document d) {
        String title = quotedTitle(d);
        return title.equals(d.id().toString()) ? "" : "\"" + title + ",\" ";
    }

    /** The parts that are there, joined. */
    private static String joined(String separator, String... parts) {
        return String.join(separator, Arrays.stream(parts).filter(x -> x != null && !x.isBlank()).toList());
    }

    /** "ID, LOCATOR" (without the closing period). */
    String identified(Reference r) {
        return withLocator(r.document().id().toString(), r);
    }

    /** "Ibid." after a note citing the same pages, else "Ibid., LOCATOR" (without the closing period). */
    String ibidAfter(Reference before, Reference r) {
        return locator(before).equals(locator(r)) ? "Ibid." : withLocator("Ibid.", r);
    }

    /** "Ibid., "DATE," ID, LOCATOR": a Magic Summary cited right after another (without the closing period). */
    String ibidSummary(Reference r) {
        String title = quotedTitle(r.document());
        String base = r.document().title() + ", ";
        String date = title.startsWith(base) ? title.substring(base.length()) : r.document().date();
        return withLocator("Ibid., \"" + date + ",\" " + r.document().id(), r);
    }

    /** "p. 12, reel 5, fr. 0774"; pages of parts as "p. 4, part 1; and pp. 1-2, part 2". */
    String locator(Reference r) {
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
            s.append(r.frames().size() == 1 ? ", fr. " : ", frs. ").append(Frames.abbreviated(r.frames()));
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
            String archive = joined(", ", p.archive(), p.archivePlace());
            s.append(archive).append(archive.endsWith(".") ? " " : ". ");
            if (p.collection() != null) {
                s.append(p.collection()).append(". ");
            }
        } else {
            s.append("_____. ");
        }
        s.append(publicationTitle(p)).append(p.title().endsWith(".") ? " " : ". ");
        if (p.part() != null) {
            s.append("pt. ").append(p.part()).append(", ").append(p.partTitle()).append(". ");
        }
        String imprint = joined(", ", joined(": ", p.place(), p.publisher()), p.year() > 0 ? String.valueOf(p.year()) : null);
        return (imprint.isEmpty() ? s.toString().strip() : s.append(imprint).append('.').toString());
    }

    /** A bibliography entry: "SRS-0578 Magic Summary, 21 April 1942." */
    public String entry(Document d) {
        String title = d.title().equals(d.id().toString()) ? "" : " " + d.title();
        return d.id() + title + (d.date() == null ? "" : ", " + d.date()) + ".";
    }

    private Publication publication(Document d) {
        return catalogue.publication(d.publication()).orElse(null);
    }
}
