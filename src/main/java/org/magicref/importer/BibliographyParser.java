package org.magicref.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.magicref.domain.DocumentDate;
import org.magicref.domain.DocumentId;
import org.magicref.domain.Publication;

/**
 * Reads the RG 457 part of a bibliography: publication headings ("U.S. National Archives ...
 * Record Group 457, .... Intercepted Japanese Messages: ... Wilmington, DE: Michael Glazier,
 * 1989." and the "_____. Top Secret Studies ... pt. 1, The Pacific Theater. ..." that repeat the
 * archive) and the document entries listed under them ("SRS-0578 Magic Summary, 21 April 1942.").
 */
final class BibliographyParser {
    /** One document entry, under the publication heading it is printed beneath (or null). */
    record Entry(DocumentId id, String title, String date, String text, String publication, int line, int lastLine) { }

    private static final Pattern ENTRY_LINE = Pattern.compile("^(?:[-\u2022*]\\s+)?(SR[A-Z]{1,3}(?:-| )?\\d{1,6})[.,:]?\\s+(.*)$");
    private static final Pattern ARCHIVE = Pattern.compile("^(?<archive>[^,]+),\\s+(?<place>.+?)\\s+(?<collection>Record Group \\d+,\\s+.+?)\\.\\s+(?<rest>.+)$");
    private static final Pattern HEADING = Pattern.compile("^(?<title>.+?)\\.\\s+(?:pt\\.\\s+(?<part>\\d+),\\s+(?<partTitle>[^.]+)\\.\\s+)?"
            + "(?<place>[A-Z][^.:]*?,\\s+[A-Z]{2}):\\s+(?<publisher>[^,]+),\\s+(?<year>\\d{4})\\.$");

    final List<Publication> publications = new ArrayList<>();
    final List<Entry> entries = new ArrayList<>();

    private BibliographyParser() {
    }

    static BibliographyParser parse(List<Paragraph> paragraphs) {
        BibliographyParser parser = new BibliographyParser();
        parser.read(paragraphs);
        return parser;
    }

    private void read(List<Paragraph> paragraphs) {
        String archive = null;
        String archivePlace = null;
        String collection = null;
        Publication current = null;
        for (Paragraph p : paragraphs) {
            if (ENTRY_LINE.matcher(p.lines().get(0).strip()).matches()) {
                readEntries(p, current);
                continue;
            }
            String text = p.text();
            String rest;
            Matcher a = ARCHIVE.matcher(text);
            if (a.matches()) {
                archive = a.group("archive");
                archivePlace = a.group("place");
                collection = a.group("collection");
                rest = a.group("rest");
            } else if (text.startsWith(".") || text.startsWith("_")) {
                rest = text.replaceFirst("^[._\\s]+", "");
            } else {
                current = null;
                continue;
            }
            Matcher h = HEADING.matcher(rest);
            if (!h.matches() || archive == null) {
                current = null;
                continue;
            }
            Integer part = h.group("part") == null ? null : Integer.valueOf(h.group("part"));
            current = new Publication(publicationId(h.group("title"), part), h.group("title"), part, h.group("partTitle"),
                    h.group("place"), h.group("publisher"), Integer.parseInt(h.group("year")), "microfilm",
                    archive, archivePlace, collection, false);
            publications.add(current);
        }
    }

    private void readEntries(Paragraph p, Publication publication) {
        int start = 0;
        for (int i = 1; i <= p.lines().size(); i++) {
            if (i == p.lines().size() || ENTRY_LINE.matcher(p.lines().get(i).strip()).matches()) {
                addEntry(p.slice(start, i), publication);
                start = i;
            }
        }
    }

    private void addEntry(Paragraph lines, Publication publication) {
        String text = lines.text();
        Matcher m = ENTRY_LINE.matcher(text);
        if (!m.matches()) {
            return;
        }
        String body = m.group(2).strip().replaceAll("\\.$", "");
        String title = body;
        String date = null;
        for (int comma = body.lastIndexOf(", "); comma > 0; comma = body.lastIndexOf(", ", comma - 1)) {
            String candidate = body.substring(comma + 2);
            if (DocumentDate.tryParse(candidate).isPresent()) {
                title = body.substring(0, comma);
                date = candidate;
                break;
            }
        }
        entries.add(new Entry(DocumentId.parse(m.group(1)), title, date, m.group(1) + " " + m.group(2).strip(),
                publication == null ? null : publication.id(), lines.line(), lines.lastLine()));
    }

    /** A stable id from the title's first three words and the part: "top-secret-studies-pt1". */
    static String publicationId(String title, Integer part) {
        String[] words = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").trim().split("\\s+");
        String base = String.join("-", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
        return part == null ? base : base + "-pt" + part;
    }
}
