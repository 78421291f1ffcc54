package org.magicref.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.magicref.domain.Work;

/**
 * Reads the citing work from the front matter: the repository's "Recommended Citation" line
 * (author, title, year, degree, field, institution, DOI) and the author's full name, printed on
 * the cover right after the title.
 */
final class WorkReader {
    private static final Pattern RECOMMENDED = Pattern.compile(
            "^(?<author>.+?)\\.?\\s*\"(?<title>.+?)\"\\s*\\((?<year>\\d{4})\\)\\.\\s*(?<degree>[^,(]+?)\\s*(?:\\([A-Za-z.]+\\))?,"
                    + "\\s*(?:Thesis|Dissertation),\\s*(?<field>[^,]+),\\s*(?<institution>.+?),\\s*DOI:\\s*(?<doi>\\S+)\\s*$");

    private WorkReader() {
    }

    static Work read(List<Paragraph> front) {
        for (Paragraph p : front) {
            Matcher m = RECOMMENDED.matcher(p.lines().get(0).strip());
            if (!m.matches()) {
                continue;
            }
            String title = m.group("title");
            String author = fullName(front, title).orElse(m.group("author").strip());
            String surname = author.contains(",") ? author.substring(0, author.indexOf(','))
                    : author.substring(author.lastIndexOf(' ') + 1);
            String id = surname.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "-" + m.group("year");
            return new Work(id, author, title, m.group("degree").strip(), m.group("institution").strip(),
                    Integer.parseInt(m.group("year")), m.group("doi").replaceAll("[.,;]$", ""));
        }
        throw new ImportException("cannot find the work's \"Recommended Citation\" line (author, \"title\" (year), degree, "
                + "Thesis, field, institution, DOI) in the front matter");
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
