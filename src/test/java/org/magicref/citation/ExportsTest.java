package org.magicref.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;
import org.magicref.domain.PageRef;
import org.magicref.domain.Publication;
import org.magicref.records.CatalogueStore;

/** Every export parsed back by a real parser, on the bundled catalogue and on hostile titles. */
class ExportsTest {
    private static final Catalogue BUNDLED = CatalogueStore.readBundled();
    private static final String HOSTILE = "=HYPERLINK(\"x\") {Evil} & 100% $5 #1 _a_ ~ ^ \\ \"q\"";

    /** A catalogue whose document titles would break careless exports. */
    private static Catalogue hostile() {
        Publication p = new Publication("pub", "Pub & Co {1}", null, null, "Place, ST", "Press_%", 1989, "microfilm",
                "Archive", "Here", "RG 1", true);
        Document a = new Document(DocumentId.parse("SRH-001"), HOSTILE, "1 July 1945", "pub", 2, "SRH-001 x.");
        Document b = new Document(DocumentId.parse("SRH-002"), "+cmd|' /C calc'!A0\nsecond line", null, "pub", null, null);
        Document c = new Document(DocumentId.parse("SRH-003"), "-2+3", null, "pub", null, null);
        Citation cite = new Citation("w", "I", 1, a.id(), "SRH-001", null, null, "p. 1", List.of(new PageRef("1", null)),
                2, List.of(10), false, "n", "p", 1, null);
        // an archival box: no publisher, place or year; a document known only by its identifier
        Publication box = new Publication("box", "NARA RG 457, Box 43", null, null, null, null, 0, "paper",
                "National Archives", null, "Record Group 457", false);
        Document d = new Document(DocumentId.parse("SRH-142"), "SRH-142", null, "box", null, null);
        return new Catalogue(List.of(), List.of(p, box), List.of(a, b, c, d), List.of(cite));
    }

    private static String export(Catalogue c, Exports.Format f) {
        return new Exports(c).export(f, c.documents());
    }

    @Test
    void bibtexParsesBackWithJBibTeX() throws Exception {
        for (Catalogue c : List.of(BUNDLED, hostile())) {
            BibTeXDatabase db = new BibTeXParser().parse(new StringReader(export(c, Exports.Format.BIBTEX)));
            assertEquals(c.documents().size(), db.getEntries().size());
            for (Document d : c.documents()) {
                BibTeXEntry e = db.resolveEntry(new Key(d.id().toString()));
                // LaTeX prints an apostrophe as a right single quotation mark
                String title = new LaTeXPrinter().print(new LaTeXParser().parse(e.getField(BibTeXEntry.KEY_TITLE).toUserString()))
                        .replace('\u2019', '\'');
                assertEquals(new HouseStyle(c).quotedTitle(d).replace('\n', ' '), title);
                assertEquals(d.id().toString(), e.getField(BibTeXEntry.KEY_NUMBER).toUserString());
            }
        }
    }

    @Test
    void risParsesBackWithCiteproc() throws Exception {
        for (Catalogue c : List.of(BUNDLED, hostile())) {
            RISLibrary lib = new RISParser().parse(new StringReader(export(c, Exports.Format.RIS)));
            assertEquals(c.documents().size(), lib.getReferences().size());
            for (int i = 0; i < c.documents().size(); i++) {
                Document d = c.documents().get(i);
                RISReference r = lib.getReferences().get(i);
                assertEquals(d.id().toString(), r.getId());
                assertEquals(d.id().toString(), r.getNumber());
                assertEquals(new HouseStyle(c).quotedTitle(d).replace('\n', ' '), r.getTitle());
            }
        }
        RISReference srh085 = new RISParser().parse(new StringReader(export(BUNDLED, Exports.Format.RIS))).getReferences()
                .stream().filter(r -> r.getId().equals("SRH-085")).findFirst().orElseThrow();
        assertEquals("Top Secret Studies on U.S. Communications Intelligence during World War II, pt. 1, The Pacific Theater",
                srh085.getSecondaryTitle());
        assertEquals("University Publications of America", srh085.getPublisher());
        assertEquals("Bethesda, MD", srh085.getPlace());
    }

    @Test
    void csvParsesBackAndNeverRunsAsAFormula() throws Exception {
        Catalogue c = hostile();
        try (CSVParser parser = CSVParser.parse(export(c, Exports.Format.CSV), CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).build())) {
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(Exports.CSV_COLUMNS, parser.getHeaderNames());
            assertEquals(4, rows.size());
            assertEquals("'" + HOSTILE, rows.get(0).get("title"));
            assertEquals("'+cmd|' /C calc'!A0\nsecond line", rows.get(1).get("title"));
            assertEquals("'-2+3", rows.get(2).get("title"));
            assertEquals("1945-07-01", rows.get(0).get("date_start"));
        }
        try (CSVParser parser = CSVParser.parse(export(BUNDLED, Exports.Format.CSV), CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).build())) {
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(46, rows.size());
            CSVRecord srh085 = rows.stream().filter(r -> r.get("id").equals("SRH-085")).findFirst().orElseThrow();
            assertEquals("13-20 July 1945", srh085.get("date"));
            assertEquals("11", srh085.get("citations"));
        }
    }

    @Test
    void cslJsonParsesBackWithJacksonAndCiteproc() throws Exception {
        for (Catalogue c : List.of(BUNDLED, hostile())) {
            List<Map<String, Object>> items = new ObjectMapper().readValue(export(c, Exports.Format.CSL_JSON),
                    new TypeReference<>() { });
            assertEquals(c.documents().size(), items.size());
            for (int i = 0; i < items.size(); i++) {
                CSLItemData item = CSLItemData.fromJson(items.get(i));
                Document d = c.documents().get(i);
                assertEquals(d.id().toString(), item.getId());
                assertEquals(d.id().toString(), item.getGenre());
                String title = new HouseStyle(c).quotedTitle(d);
                assertEquals(title.equals(d.id().toString()) ? null : title, item.getTitle(), "a title that is only the identifier is left out");
            }
        }
    }

    @Test
    void cslItemsDateTheDocumentAndItsMicrofilmEdition() throws Exception {
        Map<String, CSLItemData> items = new java.util.HashMap<>();
        for (Map<String, Object> item : new ObjectMapper().readValue(export(BUNDLED, Exports.Format.CSL_JSON),
                new TypeReference<List<Map<String, Object>>>() { })) {
            items.put((String) item.get("id"), CSLItemData.fromJson(item));
        }
        int[][] day = items.get("SRS-1189").getOriginalDate().getDateParts();
        assertEquals(List.of(List.of(1944, 1, 23)), parts(day), "a day");
        assertEquals(List.of(List.of(1945, 6)), parts(items.get("SRH-079").getOriginalDate().getDateParts()), "a month");
        assertEquals(List.of(List.of(1945, 7, 13), List.of(1945, 7, 20)), parts(items.get("SRH-085").getOriginalDate().getDateParts()),
                "a range");
        for (CSLItemData item : items.values()) {
            assertEquals(List.of(List.of(1989)), parts(item.getIssued().getDateParts()), item.getId() + ": the microfilm edition");
            Document d = BUNDLED.require(org.magicref.domain.DocumentId.parse(item.getId()));
            assertEquals(d.parsedDate() == null, item.getOriginalDate() == null, item.getId() + ": dated where the document is");
        }
    }

    private static List<List<Integer>> parts(int[][] dateParts) {
        return java.util.Arrays.stream(dateParts).map(p -> java.util.Arrays.stream(p).boxed().toList()).toList();
    }

    @Test
    void jsonHoldsTheRecords() throws Exception {
        JsonNode n = new ObjectMapper().readTree(export(BUNDLED, Exports.Format.JSON));
        assertEquals(46, n.get("documents").size());
        assertEquals(85, n.get("citations").size());
        assertEquals("blevins-1996", n.get("works").get(0).get("id").asText());
        JsonNode h = new ObjectMapper().readTree(export(hostile(), Exports.Format.JSON));
        assertEquals(HOSTILE, h.get("documents").get(0).get("title").asText());
        assertTrue(h.get("publications").get(0).get("frames").asBoolean());
    }

    @Test
    void risDatesKeepTheirPrecision() {
        String ris = export(BUNDLED, Exports.Format.RIS);
        assertTrue(ris.contains("ID  - SRH-079\n"), ris.substring(0, 200));
        String srh079 = ris.substring(ris.indexOf("ID  - SRH-079\n"));
        assertTrue(srh079.substring(0, srh079.indexOf("ER  -")).contains("DA  - 1945/06//\n"), "a month as a month");
        String srh085 = ris.substring(ris.indexOf("ID  - SRH-085\n"));
        assertTrue(srh085.substring(0, srh085.indexOf("ER  -")).contains("DA  - 1945/07/13/13-20 July 1945\n"), "a range: its start and the range");
        String srs0578 = ris.substring(ris.indexOf("ID  - SRS-0578\n"));
        assertTrue(srs0578.substring(0, srs0578.indexOf("ER  -")).contains("DA  - 1942/04/21/\n"), "a day");
    }
}
