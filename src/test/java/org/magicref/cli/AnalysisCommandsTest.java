package org.magicref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.magicref.importer.Thesis;

/** xref, timeline and audit, in text and JSON, for every document. */
class AnalysisCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void xrefWorksForEveryDocumentInTextAndJson() throws Exception {
        JsonNode docs = JSON.readTree(Run.of("list", "--json").out());
        for (JsonNode d : docs) {
            String id = d.get("id").asText();
            Run text = Run.of("xref", id);
            assertEquals(0, text.code(), id + ": " + text.err());
            assertTrue(text.out().startsWith(id + "  "), text.out());
            JsonNode json = JSON.readTree(Run.of("xref", id, "--json").out());
            assertEquals(id, json.get("document").asText());
            assertEquals(6, json.get("groups").size());
        }
        assertEquals(ExitCodes.USAGE, Run.of("xref", "SRH-085", "--days", "-1").code());
    }

    @Test
    void timelineTextAndJson() throws Exception {
        Run r = Run.of("timeline", "--width", "80");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1944   5  2  2  .  .  .  .  .  4  1  5  3   22\n"), r.out());
        assertTrue(r.out().contains("1938-07-12  SRH-018       1  12 July 1938-21 January 1942: Collection of\n"), r.out());
        for (String line : r.out().split("\n")) {
            assertTrue(line.length() <= 80, line);
        }
        JsonNode j = JSON.readTree(Run.of("timeline", "--from", "August 1945", "--json").out());
        // SRH-088 (28 July-6 August 1945) reaches into August and stands at its start
        assertEquals("SRH-088", j.get("documents").get(0).get("id").asText());
        assertEquals("SRS-1746", j.get("documents").get(1).get("id").asText());
        assertEquals("1945-08", j.get("months").get(1).get("month").asText());
        assertEquals(8, j.get("months").get(1).get("citations").asInt());
        assertEquals(ExitCodes.USAGE, Run.of("timeline", "--from", "1946", "--to", "1945").code());
    }

    @Test
    void auditExitsZeroUnlessStrict() throws Exception {
        Run r = Run.of("audit");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().endsWith("16 findings: 14 warnings, 2 for information\n"), r.out());
        assertEquals(ExitCodes.FINDINGS, Run.of("audit", "--strict").code());
        JsonNode j = JSON.readTree(Run.of("audit", "--json").out());
        assertEquals(16, j.size());
        assertEquals("date-mismatch", j.get(0).get("code").asText());
        assertEquals("WARNING", j.get(0).get("severity").asText());
    }

    @Test
    void auditOfTheSourceNamesItsLines() throws Exception {
        JsonNode j = JSON.readTree(Run.of("audit", "--source", Thesis.path().toString(), "--json").out());
        assertEquals("note IV.28: line 679", j.get(0).get("lines").get(0).asText());
        assertEquals("bibliography SRS-1497: line 1153", j.get(0).get("lines").get(1).asText());
    }
}
