package org.magicref.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Notes copied from the thesis, parsed into their sources. */
class NoteParserTest {

    @Test
    void fullFirstReference() {
        List<NoteSource> s = NoteParser.parse("U.S. National Archives and Records Administration, Washington, D.C., "
                + "Record Group 457, Records of the National Security Agency/Central Security Service, \"Notes on the "
                + "Crimea (Yalta) Conference,\" SRH-070, in Top Secret Studies on U.S. Communications Intelligence "
                + "during World War II, pt. 2, The European Theater (Bethesda, MD: University Publications of America, "
                + "1989, microfilm), p. 7, reel 3, fr. 0231.");
        assertEquals(1, s.size());
        NoteSource.Cited c = assertInstanceOf(NoteSource.Cited.class, s.get(0));
        assertEquals("SRH-070", c.id().toString());
        assertEquals("Notes on the Crimea (Yalta) Conference", c.title());
        assertTrue(c.publication().startsWith("Top Secret Studies on U.S. Communications Intelligence during World War II, pt. 2"));
        assertEquals("p. 7", c.locator().pages());
        assertEquals(List.of(231), c.locator().frames());
    }

    @Test
    void magicSummaryIbidWithNewDate() {
        NoteSource.Cited c = assertInstanceOf(NoteSource.Cited.class,
                NoteParser.parse("Ibid., \"April 25, 1942,\" SRS-0582, p. 2, reel 1.").get(0));
        assertTrue(c.ibid());
        assertEquals("April 25, 1942", c.date());
        assertNull(c.title());
        assertEquals("Ibid., \"April 25, 1942,\" SRS-0582, p. 2, reel 1", c.cited());
    }

    @Test
    void ibidAndASecondSource() {
        List<NoteSource> s = NoteParser.parse("Ibid.; and \"Japanese Estimates of Germany's Ability to Continue the "
                + "Struggle,\" SRH-068, pp. 1, 12, reel 9, frs. 0512, 0524.");
        assertEquals(2, s.size());
        assertTrue(assertInstanceOf(NoteSource.Ibid.class, s.get(0)).locator().isEmpty());
        assertEquals(List.of(512, 524), assertInstanceOf(NoteSource.Cited.class, s.get(1)).locator().frames());
    }

    @Test
    void threeSourcesOneOfThemABook() {
        List<NoteSource> s = NoteParser.parse("Ibid., pp. 10-11, reel 9, frs. 0803-4; \"Russo-Japanese Relations, "
                + "21-27 July 1945,\" SRH-086, p. 1, reel 9, fr. 0819; and Butow, Japan's Decision to Surrender, 126.");
        assertEquals(3, s.size());
        assertEquals(List.of(803, 804), assertInstanceOf(NoteSource.Ibid.class, s.get(0)).locator().frames());
        assertEquals("SRH-086", assertInstanceOf(NoteSource.Cited.class, s.get(1)).id().toString());
        assertInstanceOf(NoteSource.Other.class, s.get(2));
    }

    @Test
    void documentInsideADiscursiveNote() {
        List<NoteSource> s = NoteParser.parse("Max Beloff, Soviet Policy in the Far East, 1944-1951 (London: Oxford "
                + "University Press, 1953), 103. The Japanese presumed that the western Allies would be informed of "
                + "their latest proposal via the Soviet delegation at the Potsdam Conference, SRH-085, p. 11, reel 9, fr. 0804.");
        assertInstanceOf(NoteSource.Other.class, s.get(0));
        NoteSource.Cited c = assertInstanceOf(NoteSource.Cited.class, s.get(1));
        assertEquals("SRH-085, p. 11, reel 9, fr. 0804", c.cited());
        assertNull(c.title());
    }

    @Test
    void ibidWhoseCommentNamesTheSameDocument() {
        List<NoteSource> s = NoteParser.parse("Ibid., p. 6, reel 9, fr. 0717. There are two pages numbered as 6 within SRH-079.");
        NoteSource.Ibid ibid = assertInstanceOf(NoteSource.Ibid.class, s.get(0));
        assertEquals(List.of(717), ibid.locator().frames());
        NoteSource.Cited mention = assertInstanceOf(NoteSource.Cited.class, s.get(1));
        assertTrue(mention.locator().isEmpty());
        assertEquals(2, s.size());
    }

    @Test
    void secondPageGroupStaysWithItsDocument() {
        List<NoteSource> s = NoteParser.parse("\"Magic Summary, 1 August 1945,\" SRS-1746, p. 4, part 1; and pp. 1-2, "
                + "part 2, reel 15. This summary is divided into parts which are separately paginated.");
        assertEquals(1, s.size());
        NoteSource.Cited c = assertInstanceOf(NoteSource.Cited.class, s.get(0));
        assertEquals("p. 4, part 1; and pp. 1-2, part 2", c.locator().pages());
        assertEquals(15, c.locator().reel());
    }

    @Test
    void otherSourcesAreKeptForIbid() {
        List<NoteSource> s = NoteParser.parse("Lensen, Strange Neutrality, 100-101.");
        assertInstanceOf(NoteSource.Other.class, s.get(0));
        assertInstanceOf(NoteSource.Ibid.class, NoteParser.parse("Ibid., 122.").get(0));
    }
}
