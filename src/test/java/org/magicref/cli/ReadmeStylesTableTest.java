package org.magicref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's table of what the CSL styles give for SRH-085 p. 7 and SRS-1189 p. 3 is what `cite` prints. */
class ReadmeStylesTableTest {
    @Test
    void everyCellIsWhatCitePrints() throws Exception {
        List<String> rows = Files.readAllLines(Path.of("README.md")).stream()
                .filter(l -> l.matches("\\| `[a-z-]+` (note|bibliography|works cited|reference) \\|.*")).toList();
        assertEquals(4, rows.size(), "the table's four rows");
        for (String row : rows) {
            String[] cells = row.split(" \\| ");
            String style = cells[0].substring(cells[0].indexOf('`') + 1, cells[0].lastIndexOf('`'));
            boolean note = cells[0].endsWith(" note");
            assertEquals(cells[1], cite("SRH-085", "7", style, note), style);
            assertEquals(cells[2].replaceFirst(" \\|$", ""), cite("SRS-1189", "3", style, note), style);
        }
    }

    private static String cite(String id, String page, String style, boolean note) throws Exception {
        Run r = note ? Run.of("cite", id, "--page", page, "--style", style, "--json")
                : Run.of("cite", id, "--style", style, "--form", "bib", "--json");
        assertEquals(0, r.code(), r.err());
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("text").asText();
    }
}
