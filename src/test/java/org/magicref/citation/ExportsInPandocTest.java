package org.magicref.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.Skip;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentDate;
import org.magicref.domain.Publication;
import org.magicref.records.CatalogueStore;

/**
 * The BibTeX export read back by a reader people use, pandoc (its citeproc's BibTeX reader,
 * into CSL-JSON): every document keeps its identifier, title, publication title and archive in
 * their own case and unsplit, and its own date at its precision (a month as a month, a range as
 * a range).
 */
class ExportsInPandocTest {
    private static final Path PANDOC = Path.of("/usr/bin/pandoc");

    @TempDir
    Path dir;

    @Test
    void bibtexKeepsCaseNamesAndDatesInPandoc() throws Exception {
        Skip.unless(Files.isExecutable(PANDOC), "pandoc is not installed (apt-get install pandoc; .ci/run installs it)");
        Catalogue c = CatalogueStore.readBundled();
        Path bib = Files.writeString(dir.resolve("magic.bib"), new Exports(c).export(Exports.Format.BIBTEX, c.documents()));
        Process p = new ProcessBuilder(PANDOC.toString(), "-f", "bibtex", "-t", "csljson", bib.toString()).start();
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        JsonNode items = new ObjectMapper().readTree(json);
        assertEquals(c.documents().size(), items.size());
        for (JsonNode item : items) {
            Document d = c.require(org.magicref.domain.DocumentId.parse(item.get("id").asText()));
            assertEquals(d.id().toString(), item.get("number").asText());
            // as LaTeX does, pandoc reads an apostrophe as a right single quotation mark
            assertEquals(new HouseStyle(c).quotedTitle(d), item.get("title").asText().replace('\u2019', '\''));
            Publication pub = c.publication(d.publication()).orElseThrow();
            assertEquals(pub.fullTitle(), item.get("collection-title").asText(), d.id() + ": the series keeps its case");
            assertTrue(item.get("publisher").asText().contains(pub.archive() + ", " + pub.collection()),
                    d.id() + ": the archive stays whole: " + item.get("publisher"));
            DocumentDate date = d.parsedDate();
            if (date != null) {
                assertEquals(dateParts(date), item.get("issued").get("date-parts").toString(), d.id() + " dated " + d.date());
            }
        }
    }

    /** The CSL date-parts a date at its precision reads as: [[1945,6]], [[1945,7,13],[1945,7,20]]. */
    private static String dateParts(DocumentDate date) {
        String edtf = Exports.edtf(date);
        List<String> parts = new ArrayList<>();
        for (String end : edtf.split("/")) {
            parts.add("[" + String.join(",", List.of(end.split("-")).stream().map(n -> String.valueOf(Integer.parseInt(n))).toList()) + "]");
        }
        return "[" + String.join(",", parts) + "]";
    }
}
