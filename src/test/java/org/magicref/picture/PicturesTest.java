package org.magicref.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.Skip;
import org.magicref.analysis.Audit;
import org.magicref.analysis.CrossReference;
import org.magicref.analysis.Timeline;
import org.magicref.domain.Catalogue;
import org.magicref.domain.DocumentId;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The pictures parsed back: valid, self-contained SVG whose words are real text; the graph read by Graphviz. */
class PicturesTest {
    private static final Catalogue CATALOGUE = org.magicref.records.CatalogueStore.readBundled();

    @TempDir
    Path dir;

    /** Our SVG: nothing loaded from outside, the styles inline, and every text it shows. */
    private static List<String> texts(String svg) throws Exception {
        assertFalse(svg.contains("href") || svg.contains("@import") || svg.contains("url(http"), "nothing is loaded from outside");
        assertTrue(svg.contains("<style>"), "the styles are inline");
        return parsed(svg);
    }

    /** An SVG parsed as XML (it must be well formed), and every text it shows. */
    private static List<String> parsed(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        List<String> out = new ArrayList<>();
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            out.add(texts.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void theReelMapNamesEveryDocumentItsIrregularitiesAndGapsInRealText() throws Exception {
        String svg = ReelPicture.svg(CATALOGUE, CATALOGUE.reels().map("top-secret-studies-pt1", 9));
        List<String> texts = texts(svg);
        String all = String.join("\n", texts);
        for (String id : List.of("SRH-067", "SRH-068", "SRH-069", "SRH-071", "SRH-078", "SRH-079", "SRH-084", "SRH-085", "SRH-086",
                "SRH-090")) {
            assertTrue(texts.stream().anyMatch(t -> t.startsWith(id + ", ")), id + " is labelled on its band");
        }
        assertTrue(all.contains("SRH-085, 13-20 July 1945, Russo-Japanese Relations"));
        assertTrue(all.contains("! SRH-079: page 6 is cited at fr. 0716 and at fr. 0717: two pages bear the number 6"));
        assertTrue(all.contains("0597-0698 (102 frames) between SRH-071 and SRH-078; may hold SRH-073, SRH-075"));
        assertTrue(all.contains("V.36 V.37") || all.contains("V.37"), "the cited frames carry their notes");
        assertTrue(svg.contains("<title>0717: "), "every frame says what is known of it");
        assertTrue(svg.contains("url(#hatch)") && svg.contains("url(#dots)"), "kinds of frames are told apart by pattern");
    }

    @Test
    void aReelWithoutFrameNumbersIsNotDrawnAsAStrip() {
        var map = CATALOGUE.reels().map("intercepted-japanese-messages", 15);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReelPicture.svg(CATALOGUE, map));
        assertTrue(e.getMessage().contains("has no frame numbers"), e.getMessage());
    }

    @Test
    void theTimelineShowsStudiesSummariesFindingsAndCitationsPerMonth() throws Exception {
        String svg = TimelinePicture.svg(Timeline.of(CATALOGUE, null, null, null), new Audit(CATALOGUE, Audit.SourceLines.NONE).run());
        List<String> texts = texts(svg);
        assertTrue(texts.contains("\u00ab SRH-018 (from 1938-07-12)"), "a study that starts before the axis says when: " + texts);
        assertTrue(texts.contains("1746") && texts.contains("578"), "summaries are labelled with their numbers");
        assertTrue(texts.contains("859 !"), "the audit's numbering finding is marked");
        assertTrue(texts.contains("Citations per month") && texts.contains("19"), "the busiest month's count is shown");
    }

    @Test
    void theNeighbourhoodIsAGraphThatGraphvizDraws() throws Exception {
        var d = CATALOGUE.require(DocumentId.parse("SRH-096"));
        String dot = NeighbourhoodGraph.dot(CATALOGUE, d, new CrossReference(CATALOGUE).of(d.id(), 7));
        assertTrue(dot.contains("\"SRH-096\\nJapanese Relations with the Remaining \\\"Listening Posts\\\" in Europe\\nMay-Mid July 1945\""),
                "quotes inside a title are escaped: " + dot);
        Path dotProgram = Path.of("/usr/bin/dot");
        Skip.unless(Files.isExecutable(dotProgram), "Graphviz is not installed (apt-get install graphviz; .ci/run installs it)");
        Path in = Files.writeString(dir.resolve("g.dot"), dot);
        Process p = new ProcessBuilder(dotProgram.toString(), "-Tsvg", in.toString()).redirectErrorStream(true).start();
        String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), svg);
        assertTrue(String.join(" ", parsed(svg.substring(svg.indexOf("<svg")))).contains("SRH-085"), "the neighbours are drawn");
    }
}
