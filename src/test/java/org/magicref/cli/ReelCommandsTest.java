package org.magicref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** frame, locate and reel, run as a person at a microfilm reader runs them. */
class ReelCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void fromAFrameToThePassageThatCitesIt() {
        Run r = Run.of("frame", "9", "0589");
        assertEquals(0, r.code(), r.err());
        assertEquals(String.join("\n",
                "top-secret-studies-pt1, reel 9, fr. 0589: SRH-071, p. 10 (exact)",
                "  Title        Abrogation of the Soviet-Japanese Neutrality Pact",
                "  Date         23 April 1945",
                "  Why          cited in note V.16",
                "  Basis        p. 10 = fr. 0589 (V.16)",
                "",
                "Citations of this frame:",
                "  V.16   SRH-071 p. 10, reel 9, fr. 0589",
                "         Although he had been caught unaware, the Japanese diplomat admitted",
                "         that the Soviet actions \"could be supported on reasonable grounds\"",
                "         since the basic situation of April 1941 had changed.",
                ""), r.out());
    }

    @Test
    void frameJsonHasTheDocumentedFields() throws Exception {
        JsonNode a = JSON.readTree(Run.of("frame", "9", "518", "--json").out());
        assertEquals(1, a.size());
        JsonNode f = a.get(0);
        for (String field : List.of("publication", "reel", "frame", "document", "page", "kind", "basis", "citations")) {
            assertTrue(f.has(field), field);
        }
        assertEquals("top-secret-studies-pt1", f.get("publication").asText());
        assertEquals(518, f.get("frame").asInt());
        assertEquals("SRH-068", f.get("document").asText());
        assertEquals("ambiguous", f.get("kind").asText());
        assertEquals("6", f.get("pages").get(0).asText());
        assertEquals("7", f.get("pages").get(1).asText());
        assertEquals("p. 1 = fr. 0512 (IV.22)", f.get("basis").get(0).asText());
    }

    @Test
    void locateInfersAndSaysFromWhat() {
        Run r = Run.of("locate", "srh85", "--page", "12");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("SRH-085, p. 12: reel 9, fr. 0805 (inferred)\n"), r.out());
        assertTrue(r.out().contains("  Basis        p. 11 = fr. 0804 (V.60, V.61); p. 18 = fr. 0811 (V.24)\n"), r.out());
    }

    @Test
    void locateOnAMagicSummarySaysThereAreNoFrames() throws Exception {
        JsonNode a = JSON.readTree(Run.of("locate", "SRS-1189", "-p", "3", "--json").out());
        assertEquals("no_frames", a.get("kind").asText());
        assertEquals(8, a.get("reel").asInt());
        assertEquals(2, a.get("citations").size(), "IV.29 (p. 3) and IV.35 (pp. 3-4) cite page 3");
    }

    @Test
    void reelDrawsAMapThatFitsEightyColumns() {
        Run r = Run.of("reel", "9", "--width", "80");
        assertEquals(0, r.code(), r.err());
        for (String line : r.out().split("\n")) {
            assertTrue(line.length() <= 80, line);
        }
        assertTrue(r.out().contains("  0580-0596   SRH-071   1-17      0580-0581, 0583-0585, 0589, 0591, 0594, 0596\n"), r.out());
        assertTrue(r.out().contains("gap 0597-0698 (102 frames, not identified); may hold SRH-073,"), r.out());
        assertTrue(r.out().contains("  0497 |A.BB..C....DDD.............EEFF........G+HH+I..............J| 0936\n"), r.out());
    }

    @Test
    void badReelsAndFrames() {
        assertEquals(ExitCodes.NOT_FOUND, Run.of("frame", "7", "100").code());
        assertEquals(ExitCodes.NOT_FOUND, Run.of("reel", "99").code());
        assertEquals(ExitCodes.NOT_FOUND, Run.of("frame", "9", "100", "--publication", "nowhere").code());
        assertEquals(ExitCodes.USAGE, Run.of("frame", "9", "-5").code());
        assertEquals(ExitCodes.USAGE, Run.of("frame", "9", "fr589").code());
        assertEquals(ExitCodes.USAGE, Run.of("frame", "9").code());
        assertEquals(ExitCodes.USAGE, Run.of("reel", "0").code());
        assertEquals(ExitCodes.USAGE, Run.of("locate", "SRH-085").code());
        assertEquals(ExitCodes.USAGE, Run.of("locate", "SRH-085", "--page", "twelve").code());
        assertEquals(ExitCodes.NOT_FOUND, Run.of("locate", "SRH-087", "--page", "1").code());
    }
}
