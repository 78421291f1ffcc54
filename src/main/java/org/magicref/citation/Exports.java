package org.magicref.citation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentDate;
import org.magicref.domain.Publication;
import org.magicref.records.RecordsJson;

/**
 * The catalogue in the formats reference managers and spreadsheets import: CSL-JSON (Zotero,
 * Mendeley), BibTeX (JabRef, BibDesk), RIS (EndNote, Zotero), CSV (spreadsheets), and the
 * catalogue's own JSON. Each escapes what its readers would otherwise misread: BibTeX's special
 * characters, RIS's line structure, and CSV fields that a spreadsheet would run as formulas.
 */
public final class Exports {
    public enum Format {
        CSL_JSON("csl-json"), BIBTEX("bibtex"), RIS("ris"), CSV("csv"), JSON("json");

        private final String name;

        Format(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }

        /** The format a name ("csl-json", any case) means. */
        public static java.util.Optional<Format> named(String name) {
            return java.util.Arrays.stream(values()).filter(f -> f.name.equalsIgnoreCase(name.strip())).findFirst();
        }
    }

    static final List<String> CSV_COLUMNS = List.of("id", "series", "title", "date", "date_start", "date_end",
            "publication", "reel", "cited", "citations", "bibliography");

    private final Catalogue catalogue;
    private final CslItems items;
    private final HouseStyle house;

    public Exports(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.items = new CslItems(catalogue);
        this.house = new HouseStyle(catalogue);
    }

    public String export(Format format, List<Document> documents) {
        return switch (format) {
            case CSL_JSON -> RecordsJson.output(documents.stream().map(items::item).toList());
            case BIBTEX -> bibtex(documents);
            case RIS -> ris(documents);
            case CSV -> csv(documents);
            case JSON -> json(documents);
        };
    }

    private String json(List<Document> documents) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("works", catalogue.works());
        all.put("publications", catalogue.publications());
        all.put("documents", documents);
        all.put("citations", catalogue.citations().stream()
                .filter(c -> documents.stream().anyMatch(d -> d.id().equals(c.document()))).toList());
        return RecordsJson.pretty(all);
    }

    private String bibtex(List<Document> documents) {
        StringBuilder s = new StringBuilder();
        for (Document d : documents) {
            Map<String, Object> item = items.item(d);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", "{" + bib(house.quotedTitle(d)) + "}");
            fields.put("number", bib(d.id().toString()));
            fields.put("type", bib(d.id().isMagicSummary() ? "MAGIC Summary" : "Special Research History"));
            Publication p = catalogue.publication(d.publication()).orElse(null);
            if (p != null) {
                // names held whole in braces: a BibTeX reader neither changes their case ("U.S.") nor
                // splits a name list at "and" ("National Archives and Records Administration")
                fields.put("series", "{" + bib(p.fullTitle()) + "}");
                if (p.publisher() != null) {
                    fields.put("publisher", "{" + bib(p.publisher()) + "}");
                }
                if (p.place() != null) {
                    fields.put("address", bib(p.place()));
                }
                if (p.year() > 0) {
                    fields.put("year", String.valueOf(p.year()));
                }
                fields.put("howpublished", bib(cap(p.medium() == null ? "microfilm" : p.medium())
                        + (d.reel() == null ? "" : ", reel " + d.reel())));
                if (p.archive() != null) {
                    fields.put("institution", "{" + bib((String) item.get("archive")) + "}");
                }
            }
            DocumentDate date = d.parsedDate();
            if (date != null) {
                fields.put("date", edtf(date));
            }
            // the archive and reel again in the note, the one field every reader keeps
            String archive = p == null || p.archive() == null ? null : (String) item.get("archive");
            String note = String.join(". ", Stream.of(archive == null ? null : archive
                    + (d.reel() == null ? "" : ", reel " + d.reel()), date == null ? null : "Dated " + d.date())
                    .filter(Objects::nonNull).toList());
            if (!note.isEmpty()) {
                fields.put("note", bib(note));
            }
            s.append("@report{").append(d.id()).append(",\n");
            fields.forEach((k, v) -> s.append("  ").append(k).append(" = {").append(v).append("},\n"));
            s.setLength(s.length() - 2);
            s.append("\n}\n\n");
        }
        return s.toString();
    }

    /**
     * A date as biblatex and EDTF write it, at its own precision: a day "1945-07-13", a month
     * "1945-06" (not the month's first to last day), a range of either "1945-07-13/1945-07-20",
     * "1945-05/1945-07".
     */
    static String edtf(DocumentDate date) {
        return switch (date.precision()) {
            case DAY -> date.start().toString();
            case MONTH -> YearMonth.from(date.start()).toString();
            case RANGE -> wholeMonths(date) ? YearMonth.from(date.start()) + "/" + YearMonth.from(date.end())
                    : date.start() + "/" + date.end();
        };
    }

    private static boolean wholeMonths(DocumentDate date) {
        return date.start().getDayOfMonth() == 1 && date.end().equals(YearMonth.from(date.end()).atEndOfMonth());
    }

    /**
     * A date as RIS writes it, "YYYY/MM/DD/other", at its own precision: a day "1945/07/13/", a
     * month "1945/06//"; a range has no RIS form, so its start is given with the range as the
     * source prints it in the "other" part ("1945/07/13/13-20 July 1945").
     */
    static String risDate(DocumentDate date, String printed) {
        String month = String.format(Locale.ROOT, "%04d/%02d/", date.start().getYear(), date.start().getMonthValue());
        return switch (date.precision()) {
            case DAY -> month + String.format(Locale.ROOT, "%02d/", date.start().getDayOfMonth());
            case MONTH -> month + "/";
            case RANGE -> month + (wholeMonths(date) ? "" : String.format(Locale.ROOT, "%02d", date.start().getDayOfMonth())) + "/" + printed;
        };
    }

    /** Escapes BibTeX's special characters so that they print as themselves. */
    static String bib(String text) {
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> s.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> s.append('\\').append(c);
                case '~' -> s.append("\\textasciitilde{}");
                case '^' -> s.append("\\textasciicircum{}");
                case '\n', '\r', '\t' -> s.append(' ');
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    private String ris(List<Document> documents) {
        StringBuilder s = new StringBuilder();
        for (Document d : documents) {
            Map<String, Object> item = items.item(d);
            List<String[]> tags = new ArrayList<>();
            tags.add(new String[] {"TY", "RPRT"});
            tags.add(new String[] {"ID", d.id().toString()});
            tags.add(new String[] {"TI", house.quotedTitle(d)});
            tags.add(new String[] {"M1", d.id().toString()});
            Publication p = catalogue.publication(d.publication()).orElse(null);
            if (p != null) {
                tags.add(new String[] {"T2", p.fullTitle()});
                tags.add(new String[] {"PB", p.publisher()});
                tags.add(new String[] {"CY", p.place()});
                tags.add(new String[] {"PY", String.valueOf(p.year())});
                tags.add(new String[] {"M3", p.medium() == null ? null : cap(p.medium())});
                if (p.archive() != null) {
                    tags.add(new String[] {"AV", (String) item.get("archive") + (d.reel() == null ? "" : ", reel " + d.reel())});
                }
            }
            DocumentDate date = d.parsedDate();
            if (date != null) {
                tags.add(new String[] {"DA", risDate(date, d.date())});
                tags.add(new String[] {"N1", "Dated " + d.date()});
            }
            for (String[] t : tags) {
                if (t[1] != null && !t[1].isBlank() && !t[1].equals("0")) {
                    s.append(t[0]).append("  - ").append(t[1].replaceAll("[\\r\\n\\t]+", " ").strip()).append('\n');
                }
            }
            s.append("ER  - \n\n");
        }
        return s.toString();
    }

    private String csv(List<Document> documents) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
            printer.printRecord(CSV_COLUMNS);
            for (Document d : documents) {
                DocumentDate date = d.parsedDate();
                printer.printRecord(List.of(d.id().toString(), d.series(), d.title(), nz(d.date()),
                        date == null ? "" : date.start().toString(), date == null ? "" : date.end().toString(),
                        nz(d.publication()), d.reel() == null ? "" : d.reel().toString(),
                        String.valueOf(catalogue.isCited(d.id())), String.valueOf(catalogue.citationsOf(d.id()).size()),
                        nz(d.bibliography())).stream().map(Exports::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell a spreadsheet shows as text: one starting with = + - @ or a control character is prefixed with '. */
    static String cell(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
