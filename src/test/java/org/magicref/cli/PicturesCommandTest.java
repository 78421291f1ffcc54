package org.magicref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pictures, the graph and the site from the command line, and the README's pictures in docs/. */
class PicturesCommandTest {
    @TempDir
    Path dir;

    @Test
    void theCommittedPicturesAreWhatTheToolDraws() throws IOException {
        assertEquals(Files.readString(Path.of("docs", "reel-9.svg")), Run.of("reel", "9", "--svg", "-").out(),
                "docs/reel-9.svg differs from what the tool draws; run scripts/pictures");
        assertEquals(Files.readString(Path.of("docs", "timeline.svg")), Run.of("timeline", "--svg", "-").out(),
                "docs/timeline.svg differs from what the tool draws; run scripts/pictures");
        assertEquals(Files.readString(Path.of("docs", "srh-085.dot")), Run.of("xref", "SRH-085", "--dot", "-").out(),
                "docs/srh-085.dot differs from what the tool writes; run scripts/pictures");
    }

    @Test
    void aPictureIsWrittenOnceAndReplacedOnlyWithForce() throws IOException {
        Path svg = dir.resolve("reel.svg");
        Run first = Run.of("reel", "9", "--svg", svg.toString());
        assertEquals(0, first.code(), first.err());
        assertEquals("magicref: wrote " + svg + "\n", first.err());
        Files.writeString(svg, "mine");
        Run again = Run.of("reel", "9", "--svg", svg.toString());
        assertEquals(ExitCodes.IO, again.code());
        assertEquals("mine", Files.readString(svg));
        assertEquals(0, Run.of("reel", "9", "--svg", svg.toString(), "--force").code());
        assertTrue(Files.readString(svg).startsWith("<?xml"));
    }

    @Test
    void aReelWithoutFrameNumbersHasNoStripToDraw() {
        Run r = Run.of("reel", "15", "--svg", dir.resolve("r.svg").toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().startsWith("magicref: reel 15 of intercepted-japanese-messages has no frame numbers: there is no strip"),
                r.err());
        assertTrue(Files.notExists(dir.resolve("r.svg")));
    }

    @Test
    void theSiteIsWrittenIntoAnEmptyFolderAndEveryLinkLeadsToAFile() throws IOException {
        Path site = dir.resolve("site");
        Run r = Run.of("site", "--out", site.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("magicref: wrote "), r.err());
        try (var files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                var links = java.util.regex.Pattern.compile("(?:href|src)=\"([^\"#?]+)").matcher(Files.readString(page));
                while (links.find()) {
                    assertTrue(Files.exists(page.getParent().resolve(links.group(1)).normalize()), page + " links to " + links.group(1));
                }
            }
        }
        assertTrue(Files.readString(site.resolve("documents/SRH-079.html")).contains("two pages bear the number 6")
                || Files.readString(site.resolve("audit.html")).contains("two pages bear the number 6"));
        Run again = Run.of("site", "--out", site.toString());
        assertEquals(ExitCodes.IO, again.code());
        assertTrue(again.err().contains("is not empty; give --force"), again.err());
    }

    @Test
    void theSiteHoldsTheUsersOwnDocumentsAndMarks() throws IOException {
        var source = ResearchCommandsTest.sourceFor(Files.createDirectories(dir.resolve("home")));
        assertEquals(0, Run.with(source, "document", "add", "SRH-074", "--title", "Japanese Army Attach\u00e9 Reports", "--date",
                "June 1945", "--publication", "top-secret-studies-pt1", "--reel", "9").code());
        assertEquals(0, Run.with(source, "mark", "9", "0640", "SRH-074", "--page", "1").code());
        Path site = dir.resolve("site");
        Run r = Run.with(source, "site", "--out", site.toString());
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(site.resolve("documents/SRH-074.html"));
        assertTrue(page.contains("<h1>SRH-074: Japanese Army Attach&eacute; Reports</h1>"), page);
        assertTrue(page.contains("reels/top-secret-studies-pt1-reel-9.svg"), "its reel picture is on its page");
        assertTrue(Files.readString(site.resolve("reels/top-secret-studies-pt1-reel-9.svg")).contains("SRH-074, June 1945"),
                "the marked frame places it on the reel's picture");
        assertTrue(Files.readString(site.resolve("search.js")).contains("\"SRH-074\""));
    }
}
