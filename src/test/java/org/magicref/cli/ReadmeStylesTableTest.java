package org.magicref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's table of what the CSL styles give for SRH-085 p. 7, SRS-1189 p. 3 and SRH-079 p. 9n
 * (note, short note, in-text citation, bibliography entry) is what `cite` and `notes` print.
 */
class ReadmeStylesTableTest {
    private static final String[][] COLUMNS = {{"SRH-085", "7"}, {"SRS-1189", "3"}, {"SRH-079", "9n"}};

    @Test
    void everyCellIsWhatTheToolPrints() throws Exception {
        List<String> rows = Files.readAllLines(Path.of("README.md")).stream()
                .filter(l -> l.matches("\\| `[a-z-]+` (note|short note|bibliography|in-text|works cited|reference) \\|.*")).toList();
        assertEquals(10, rows.size(), "the table's rows: Chicago and Turabian note, short note and bibliography; APA and MLA "
                + "in-text and entry");
        for (String row : rows) {
            String[] cells = row.substring(2, row.length() - 2).split(" \\| ");
            String style = cells[0].substring(cells[0].indexOf('`') + 1, cells[0].lastIndexOf('`'));
            String kind = cells[0].substring(cells[0].lastIndexOf('`') + 2);
            for (int i = 0; i < COLUMNS.length; i++) {
                assertEquals(cells[i + 1], cell(COLUMNS[i][0], COLUMNS[i][1], style, kind), style + " " + kind + " " + COLUMNS[i][0]);
            }
        }
    }

    private static String cell(String id, String page, String style, String kind) throws Exception {
        Run r = switch (kind) {
            case "note", "in-text" -> Run.of("cite", id, "--page", page, "--style", style, "--json");
            case "short note" -> Run.of("notes", id + ":" + page, id + ":" + page, "--style", style, "--json");
            default -> Run.of("cite", id, "--style", style, "--form", "bib", "--json");
        };
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        return (kind.equals("short note") ? json.get(1) : json).get("text").asText();
    }
}
