package org.magicref.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;
import org.magicref.domain.Publication;

/**
 * Small texts written by hand in the shapes a historian's second source takes (a draft without
 * a cover page, a PDF's extracted text, a book's endnotes), each with the citations expected of
 * it written out by hand.
 */
class ImportShapesTest {
    private static final WorkDetails DRAFT = new WorkDetails("smith-2027", "Ann Smith", "Sakhalin and the Pact", 2027);

    /** Each citation as "II.1 SRH-079 p. 9n reel 9 frames [720]", with " ibid" where reached through "Ibid.". */
    private static List<String> citations(Catalogue c) {
        return c.citations().stream().map(ImportShapesTest::line).toList();
    }

    private static String line(Citation c) {
        return c.noteRef() + " " + c.document() + " " + c.pages() + " reel " + c.reel() + " frames " + c.frames()
                + (c.ibid() ? " ibid" : "");
    }

    @Test
    void aDraftWithPlainDigitFootnotesArabicChaptersAndNoCoverPage() {
        String text = """
                Sakhalin and the Pact

                Chapter 1: The Pact

                The pact was signed in April 1941.1 Tokyo wanted it kept, whatever the cost.2 Some
                11.5 million tons of oil were at stake in 1944, on 3 fields.

                1 SRH 71, p. 5, reel 9, fr. 0584.
                2 Ibid., p. 6, reel 9, fr. 0585.

                Chapter 2

                Sato met Molotov on 5 April 1945.1 He said the pact would lapse.[2]

                1. "Russo-Japanese Relations, June 1945," SRH-079, p. 9n, reel 9, fr. 0720.

                2. ibid., 7.
                """;
        ThesisImporter.Result r = ThesisImporter.importText(text, DRAFT);
        assertEquals(List.of(
                "I.1 SRH-071 p. 5 reel 9 frames [584]",
                "I.2 SRH-071 p. 6 reel 9 frames [585] ibid",
                "II.1 SRH-079 p. 9n reel 9 frames [720]",
                "II.2 SRH-079 p. 7 reel 9 frames [] ibid"), citations(r.catalogue()));
        assertEquals("The pact was signed in April 1941.", r.catalogue().citations().get(0).passage());
        assertEquals("Tokyo wanted it kept, whatever the cost.", r.catalogue().citations().get(1).passage());
        assertEquals("He said the pact would lapse.", r.catalogue().citations().get(3).passage());
        var work = r.catalogue().works().get(0);
        assertEquals(List.of("smith-2027", "Ann Smith", "Sakhalin and the Pact", "2027"),
                List.of(work.id(), work.author(), work.title(), String.valueOf(work.year())));
        assertEquals(List.of(), r.unread());
    }

    @Test
    void aPdfExtractWithChapterEndnotesBracketedMarkersAndPageFurniture() {
        String text = String.join("\r\n", """
                \ufeffCHAPTER V

                THE END OF THE PACT

                Molotov told Sato on 5 April 1945 that the pact would not be re-
                newed.[1] Sato asked what this meant for the year that re-
                148
                mained.[2] The Soviets gave no answer; the talks went
                MAINTAINING THE NEUTRALITY
                on through June.[3]

                MAINTAINING THE NEUTRALITY 149

                Notes

                [1] \u201cAbrogation of the Soviet-Japanese Neutrality Pact,\u201d SRH\u2013071, pp.\u00a01\u20132, microfilm reel 9, frames 0580\u201381.
                [2] Id., page 2, reel 9, frame 581.
                [3] SRH-085, pp. 9\u201310, reel 9, frs. 0802\u20133.

                CHAPTER VI

                Stalin did not wait.[1]

                150 MAINTAINING THE NEUTRALITY

                Notes

                [1] Ibid., p. 11.
                """.split("\n"));
        ThesisImporter.Result r = ThesisImporter.importText(text, DRAFT);
        assertEquals(List.of(
                "V.1 SRH-071 pp. 1-2 reel 9 frames [580, 581]",
                "V.2 SRH-071 p. 2 reel 9 frames [581] ibid",
                "V.3 SRH-085 pp. 9-10 reel 9 frames [802, 803]",
                "VI.1 SRH-085 p. 11 reel 9 frames [] ibid"), citations(r.catalogue()));
        List<Citation> c = r.catalogue().citations();
        assertEquals("Molotov told Sato on 5 April 1945 that the pact would not be renewed.", c.get(0).passage());
        assertEquals("The Soviets gave no answer; the talks went on through June.", c.get(2).passage());
        assertEquals("Abrogation of the Soviet-Japanese Neutrality Pact", c.get(0).title());
        assertEquals(List.of(), r.unread());
    }

    @Test
    void aBookWithEndnotesAtTheEndUnderChapterHeadingsAndNoBibliography() {
        String text = """
                CHAPTER ONE

                In 1944 the Japanese still hoped for Soviet mediation.\u00b9 The summaries show it.\u00b2

                CHAPTER TWO

                The Emperor's envoy was never received.\u00b9 SRH 88 is silent on why. Tokyo waited.\u00b2
                Tokyo waited again.\u00b3 And again.\u2074 And once more.\u2076

                NOTES

                Notes to Chapter 1

                \u00b9U.S. National Archives and Records Administration, Washington, D.C., Record Group 457, "Magic Summary, 11 August 1945," SRS-1756, in Intercepted Japanese Messages: Operation Magic, 1938-1945 (Wilmington, DE: Michael Glazier, 1989, microfilm), p. 8, reel 15.

                \u00b2Ibid. (SRS 1756), page 9.

                Notes to Chapter 2

                \u00b9NARA RG 457, Box 43, Folder 7, srh-142, p. 3; and Butow, Japan's Decision to Surrender, 126.

                \u00b2Ibid.

                \u00b3"Magic Summary, 11 August 1945," op. cit., 4.

                \u2074Lensen, Strange Neutrality, 100.

                \u2076SRH142, p. 5.
                """;
        ThesisImporter.Result r = ThesisImporter.importText(text, DRAFT);
        assertEquals(List.of(
                "I.1 SRS-1756 p. 8 reel 15 frames []",
                "I.2 SRS-1756 p. 9 reel null frames [] ibid",
                "II.1 SRH-142 p. 3 reel null frames []",
                "II.3 SRS-1756 p. 4 reel null frames []",
                "II.6 SRH-142 p. 5 reel null frames []"), citations(r.catalogue()));
        Catalogue c = r.catalogue();
        Document summary = c.require(DocumentId.parse("SRS-1756"));
        assertEquals(List.of("Magic Summary", "11 August 1945", "intercepted-japanese-messages"),
                List.of(summary.title(), summary.date(), summary.publication()));
        Publication magic = c.publication("intercepted-japanese-messages").orElseThrow();
        assertEquals(List.of("Intercepted Japanese Messages: Operation Magic, 1938-1945", "Wilmington, DE", "Michael Glazier",
                        "1989", "U.S. National Archives and Records Administration", "Washington, D.C.", "Record Group 457"),
                List.of(magic.title(), magic.place(), magic.publisher(), String.valueOf(magic.year()), magic.archive(),
                        magic.archivePlace(), magic.collection()));
        Publication box = c.publication(c.require(DocumentId.parse("SRH-142")).publication()).orElseThrow();
        assertEquals(List.of("nara-rg457-box43-folder7", "NARA RG 457, Box 43, Folder 7", "paper"),
                List.of(box.id(), box.title(), box.medium()));
        assertEquals(List.of(
                "line 7: SRH 88 mentioned in body text, not in a note",
                "line 22: Ibid. in note II.2 follows a note citing 2 sources (SRH-142; Butow, Japan's Decision to Surrender,...),"
                        + " so what it repeats is not settled; cite the document by its identifier"),
                r.unread().stream().map(Unread::toString).toList());
        assertTrue(r.warnings().contains("line 28: note 6 follows note 4"), r.warnings().toString());
        assertTrue(r.warnings().contains("line 7: note marker 6 follows marker 4 in chapter II"), r.warnings().toString());
    }

    @Test
    void aBookWhoseEndnotesAreKeyedToPhrases() {
        String text = """
                Chapter 1

                On 5 April 1945 Molotov told Sato that the pact would not be renewed. Sato asked what
                this meant. The answer came in August.

                Notes

                45 the pact would not be renewed: SRH 71, p. 1, reel 9, fr. 0580.
                45 what this meant: NARA RG 457, Box 43, SRH 142, p. 2.
                47 the Emperor's envoy: SRS 1756, p. 8, reel 15.
                """;
        ThesisImporter.Result r = ThesisImporter.importText(text, DRAFT);
        assertEquals(List.of(
                "I.1 SRH-071 p. 1 reel 9 frames [580]",
                "I.2 SRH-142 p. 2 reel null frames []"), citations(r.catalogue()));
        List<Citation> c = r.catalogue().citations();
        assertEquals("On 5 April 1945 Molotov told Sato that the pact would not be renewed.", c.get(0).passage());
        assertEquals("Sato asked what this meant.", c.get(1).passage());
        assertTrue(r.warnings().contains("line 10: a note keyed to p. 47, \"the Emperor's envoy\", whose phrase is not in the body "
                + "text: not placed"), r.warnings().toString());
        assertEquals(List.of("line 10: SRS 1756 in the notes, in no numbered note"), r.unread().stream().map(Unread::toString).toList());
    }

    @Test
    void aShortNoteByATitleSeveralDocumentsShareIsReportedNotGuessed() {
        String text = """
                One thing.\u00b9 Another.\u00b2 A third.\u00b3

                \u00b9"Russo-Japanese Relations, 18 June 1945," SRH-078, p. 4, reel 9, fr. 0699.
                \u00b2"Russo-Japanese Relations, June 1945," SRH-079, p. 9n, reel 9, fr. 0720.
                \u00b3"Russo-Japanese Relations," 7.
                """;
        ThesisImporter.Result r = ThesisImporter.importText(text, DRAFT);
        assertEquals(List.of("I.1 SRH-078 p. 4 reel 9 frames [699]", "I.2 SRH-079 p. 9n reel 9 frames [720]"),
                citations(r.catalogue()));
        assertEquals(List.of("line 5: \"Russo-Japanese Relations\" in note I.3 names 2 documents by title alone (SRH-078, SRH-079);"
                + " not settled, cite the document by its identifier"), r.unread().stream().map(Unread::toString).toList());
    }

    @Test
    void aShortNoteByAUniqueTitleIsSettled() {
        String text = """
                One thing.\u00b9 Another.\u00b2

                \u00b9"Notes on the Crimea (Yalta) Conference," SRH-070, p. 7, reel 3, fr. 0231.
                \u00b2"Notes on the Crimea (Yalta) Conference," 9.
                """;
        assertEquals(List.of("I.1 SRH-070 p. 7 reel 3 frames [231]", "I.2 SRH-070 p. 9 reel null frames []"),
                citations(ThesisImporter.importText(text, DRAFT).catalogue()));
    }

    @Test
    void aTextThatMentionsIdentifiersButCitesNoneIsRefusedWithTheFirstMention() {
        String text = """
                Chapter 1

                The study SRH 71 tells the story, and SRS 578 confirms it.

                Another paragraph.
                """;
        ImportException e = assertThrows(ImportException.class, () -> ThesisImporter.importText(text, DRAFT));
        assertEquals("no notes found (expected notes numbered in superscript or plain digits, at the foot of the pages or "
                + "under a \"Notes\" heading), though the text mentions RG 457 identifiers on 1 line (first: line 3: SRH 71 "
                + "mentioned in body text, not in a note)", e.getMessage());
    }

    @Test
    void withoutACoverPageTheWorkMustBeNamed() {
        ImportException e = assertThrows(ImportException.class,
                () -> ThesisImporter.importText("Text.\u00b9\n\n\u00b9SRH-071, p. 1.\n", new WorkDetails(null, "Ann Smith", null, null)));
        assertEquals("the text has no repository cover page (\"Recommended Citation\" line) to name the work; give --title, "
                + "--year (and --work ID to choose its id)", e.getMessage());
    }
}
