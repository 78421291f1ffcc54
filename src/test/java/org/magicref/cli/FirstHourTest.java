package org.magicref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a new user trips over in the first hour, each answered as a well-kept tool would. */
class FirstHourTest {
    @Test
    void everyValueIsCheckedAgainstWhatExists() {
        Run series = Run.of("list", "--series", "XYZ");
        assertEquals(ExitCodes.USAGE, series.code());
        assertTrue(series.err().startsWith("magicref: no document of series 'XYZ' is in the catalogue; it holds SRH, SRS"), series.err());
        assertEquals(ExitCodes.USAGE, Run.of("timeline", "--series", "SRN").code());
        assertEquals(0, Run.of("list", "--series", "srh").code(), "a series as typed");
        assertEquals(ExitCodes.USAGE, Run.of("locate", "SRH-085", "--page", "0").code(), "no document has a page 0");
        Run contradicting = Run.of("cite", "SRH-085", "--page", "7", "--frame", "0900");
        assertEquals(0, contradicting.code());
        assertTrue(contradicting.err().contains("fr. 0900 is given for p. 7 of SRH-085, which the reel map puts at fr. 0800 (exact"),
                contradicting.err());
        assertEquals("", Run.of("cite", "SRH-079", "--page", "6", "--frame", "0717").err(), "the second page 6 is no contradiction");
    }

    @Test
    void aFrameAnswerNamesTheDateAndWarnsOfTwoPagesWithOneNumber() {
        String frame = Run.of("frame", "9", "716", "--width", "200").out();
        assertTrue(frame.contains("  Title        Russo-Japanese Relations\n  Date         June 1945\n"), frame);
        assertTrue(frame.contains("  Beware       page 6 is cited at fr. 0716 and at fr. 0717: two pages bear the number 6"), frame);
        String locate = Run.of("locate", "SRH-079", "--page", "6", "--width", "200").out();
        assertTrue(locate.contains("Beware       page 6 is cited at fr. 0716 and at fr. 0717"), locate);
        assertFalse(Run.of("frame", "9", "800").out().contains("Beware"));
    }

    @Test
    void searchShowsTheWordsAroundTheMatch() {
        String out = Run.of("search", "Konoe", "envoy").out();
        assertTrue(out.contains("...explained that Japan's foreign ministry was prepared to send\n"
                + "            Prince Fumimaro Konoe as a special envoy to Moscow."), out);
    }

    @Test
    void onATerminalTheMatchedWordsStandOut() {
        java.io.StringWriter out = new java.io.StringWriter();
        Cli.create(org.magicref.records.CatalogueSource.of(org.magicref.records.CatalogueStore.readBundled()),
                TerminalConventionsTest.terminal(java.util.Map.of("TERM", "xterm")), new java.io.PrintWriter(out),
                new java.io.PrintWriter(new java.io.StringWriter())).execute("search", "Konoe", "envoy");
        assertTrue(out.toString().contains("\u001b[1mKonoe"), out.toString());
        assertTrue(out.toString().contains("\u001b[1menvoy"), out.toString());
    }

    @Test
    void aBibliographyEntryStandsAlone() {
        String entry = Run.of("cite", "SRH-085", "--form", "bib").out();
        assertTrue(entry.startsWith("U.S. National Archives and Records Administration, Washington, D.C. Record Group\n457"), entry);
        assertFalse(entry.contains("_____"), entry);
        assertTrue(entry.endsWith("\n\nSRH-085 Russo-Japanese Relations, 13-20 July 1945.\n"), entry);
    }

    @Test
    void optionsForEveryCommandComeBeforeOrAfterIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path records = dir.resolve("records");
        org.magicref.records.CatalogueStore.write(org.magicref.records.CatalogueStore.readBundled(), records, false);
        Run before = Run.of("--records", records.toString(), "--json", "show", "SRH-085");
        Run after = Run.of("show", "SRH-085", "--records", records.toString(), "--json");
        assertEquals(0, before.code(), before.err());
        assertEquals(after.out(), before.out());
        assertTrue(before.out().startsWith("{"), before.out());
        assertEquals(Run.of("frame", "9", "589", "--width", "50").out(), Run.of("--width", "50", "frame", "9", "589").out());
        assertEquals(0, Run.of("--no-color", "--debug", "list").code());
    }
}
