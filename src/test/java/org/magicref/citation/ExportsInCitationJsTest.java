package org.magicref.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;
import org.magicref.domain.Publication;
import org.magicref.records.CatalogueStore;

/**
 * The BibTeX and RIS exports read back by citation-js (npm; the library behind many reference
 * tools on the web): every document keeps its identifier, title, publication and date, and the
 * archive and reel travel with it.
 */
class ExportsInCitationJsTest {
    static final Path MODULES = Path.of(System.getenv().getOrDefault("CITATION_JS", "target/js/node_modules"));

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Exports.Format.class, names = {"BIBTEX", "RIS"})
    void everyDocumentKeepsItsFields(Exports.Format format) throws Exception {
        Node.require(MODULES.resolve("@citation-js/core"), "citation-js",
                "@citation-js/core @citation-js/plugin-bibtex @citation-js/plugin-ris");
        Catalogue c = CatalogueStore.readBundled();
        Path file = Files.writeString(dir.resolve("export." + format), new Exports(c).export(format, c.documents()));
        ProcessBuilder run = new ProcessBuilder("node", Path.of("src", "test", "resources", "citeproc-js", "citation-js.js").toString(),
                file.toString());
        run.environment().put("CITATION_JS", MODULES.toAbsolutePath().toString());
        Process p = run.start();
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        JsonNode items = new ObjectMapper().readTree(json);
        assertEquals(c.documents().size(), items.size());
        for (JsonNode item : items) {
            String number = item.path("number").asText();
            Document d = c.require(DocumentId.parse(number));
            String where = format + " " + d.id();
            assertEquals(new HouseStyle(c).quotedTitle(d), item.path("title").asText().replace('\u2019', '\''), where);
            Publication pub = c.publication(d.publication()).orElseThrow();
            String container = item.has("collection-title") ? item.get("collection-title").asText() : item.path("container-title").asText();
            assertEquals(pub.fullTitle(), container, where + ": the publication");
            if (d.parsedDate() != null) {
                assertEquals(String.valueOf(d.parsedDate().start().getYear()),
                        item.path("issued").path("date-parts").path(0).path(0).asText(), where + ": the document's year: " + item);
            }
            String archive = item.path("note").asText() + " " + item.path("archive").asText() + " " + item.path("archive_location").asText();
            assertTrue(archive.contains(pub.archive()), where + ": the archive: " + item);
            if (d.reel() != null) {
                assertTrue(archive.contains("reel " + d.reel()), where + ": the reel: " + item);
            }
        }
    }

}
