package org.magicref.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.magicref.domain.Work;

/**
 * Reads the citing work from the front matter: the repository's "Recommended Citation" line
 * (author, title, year, degree, field, institution, DOI) and the author's full name, printed on
 * the cover right after the title; or, for a text without that cover page, from the details given.
 */
final class WorkReader {
    private static final Pattern RECOMMENDED = Pattern.compile(
            "^(?<author>.+?)\\.?\\s*\"(?<title>.+?)\"\\s*\\((?<year>\\d{4})\\)\\.\\s*(?<degree>[^,(]+?)\\s*(?:\\([A-Za-z.]+\\))?,"
                    + "\\s*(?:Thesis|Dissertation),\\s*(?<field>[^,]+),\\s*(?<institution>.+?),\\s*DOI:\\s*(?<doi>\\S+)\\s*$");

    private WorkReader() {
    }

    /**
     * The work from the front matter, its details replaced by those given; without a "Recommended
     * Citation" line, from the details alone (author, title and year needed).
     */
    static Work read(List<Paragraph> front, WorkDetails given) {
        for (Paragraph p : front) {
            Matcher m = RECOMMENDED.matcher(p.lines().get(0).strip());
            if (!m.matches()) {
                continue;
            }
            String title = or(given.title(), m.group("title"));
            String author = or(given.author(), fullName(front, m.group("title")).orElse(m.group("author").strip()));
            int year = given.year() != null ? given.year() : Integer.parseInt(m.group("year"));
            return new Work(or(given.id(), id(author, year)), author, title, m.group("degree").strip(),
                    m.group("institution").strip(), year, m.group("doi").replaceAll("[.,;]$", ""));
        }
        List<String> missing = new ArrayList<>();
        if (given.author() == null) {
            missing.add("--author");
        }
        if (given.title() == null) {
            missing.add("--title");
        }
        if (given.year() == null) {
            missing.add("--year");
        }
        if (!missing.isEmpty()) {
            throw new ImportException("the text has no repository cover page (\"Recommended Citation\" line) to name the work; "
                    + "give " + String.join(", ", missing) + " (and --work ID to choose its id)");
        }
        return new Work(or(given.id(), id(given.author(), given.year())), given.author(), given.title(), null, null,
                given.year(), null);
    }

    private static String or(String given, String read) {
        return given != null ? given : read;
    }

    /** "blevins-1996" from the author's surname ("Blevins, Michael" or "Michael Blevins") and the year. */
    private static String id(String author, int year) {
        String surname = author.contains(",") ? author.substring(0, author.indexOf(','))
                : author.substring(author.lastIndexOf(' ') + 1);
        return surname.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "-" + year;
    }

    private static Optional<String> fullName(List<Paragraph> front, String title) {
        for (int i = 0; i + 1 < front.size(); i++) {
            if (front.get(i).text().equals(title)) {
                return Optional.of(front.get(i + 1).lines().get(0).strip());
            }
        }
        return Optional.empty();
    }
}
