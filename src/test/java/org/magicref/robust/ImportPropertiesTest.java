package org.magicref.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.magicref.domain.Citation;
import org.magicref.domain.DocumentId;
import org.magicref.importer.ImportException;
import org.magicref.importer.ThesisImporter;
import org.magicref.importer.Unread;
import org.magicref.importer.WorkDetails;

/**
 * Texts assembled at random from the pieces scholarly texts are made of (headings, body
 * sentences with markers in every typography, notes in every form, bibliography lines, page
 * furniture): the import either refuses the text with a reason, or accounts for every line that
 * names an RG 457 identifier, as a citation of that document from a note standing on that line,
 * or as a reported mention. Never an exception of another kind, never a silent loss.
 */
class ImportPropertiesTest {
    private static final WorkDetails WORK = new WorkDetails("w-2000", "A. Historian", "A Draft", 2000);

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> piece = Arbitraries.of(
                "CHAPTER I", "Chapter 2", "chapter three: The End", "APPENDIX A", "Notes", "NOTES", "Notes to Chapter 1",
                "BIBLIOGRAPHY", "Works Cited", "Figure 1", "Source: somewhere, 12.",
                "The pact was signed in April 1941.1 Tokyo wanted it kept.2",
                "Sato met Molotov.\u00b9 He asked about the pact.\u00b2 SRH 71 says so.",
                "The troops moved in 1945.[3] The numbers fell by 11.5 percent.4",
                "1 SRH 71, p. 5, reel 9, fr. 0584.", "2 Ibid., p. 6.", "3. ibid., 7.", "[4] Id., pages 9\u201310.",
                "\u00b9\"Abrogation of the Pact,\" SRH-071, pp. 1-2, microfilm reel 9, frames 0580-81.",
                "\u00b2Ibid. (SRS 1756), page 9.", "\u00b3NARA RG 457, Box 43, Folder 7, srh-142, p. 3; and Butow, 126.",
                "5 \"Abrogation of the Pact,\" op. cit., 4.", "6 Lensen, Strange Neutrality, 100.",
                "45 the pact would not be renewed: SRS 578, p. 2, reel 1.",
                "SRS-0578 Magic Summary, 21 April 1942.", "SRH 88 Russo-Japanese Relations, July 1945.",
                "12", "MAINTAINING THE NEUTRALITY", "____", "", "", "");
        return piece.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 2000)
    void everyMentionIsCitedOrReportedWithItsLine(@ForAll("texts") List<String> lines, @ForAll boolean crlf) {
        String text = String.join(crlf ? "\r\n" : "\n", lines);
        ThesisImporter.Result r;
        try {
            r = ThesisImporter.importText(text, WORK);
        } catch (ImportException e) {
            assertTrue(!e.getMessage().isBlank() && e.getMessage().length() < 600, e.getMessage());
            Statistics.label("import").collect("refused");
            return;
        }
        Statistics.label("import").collect(r.catalogue().citations().isEmpty() ? "no citation" : "citations");
        Set<String> reported = new HashSet<>();
        for (Unread u : r.unread()) {
            reported.add(u.line() + " " + DocumentIdOrNull.of(u.mention()));
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = DocumentId.IN_TEXT.matcher(lines.get(i).replace('\u2013', '-'));
            int line = i + 1;
            while (m.find()) {
                DocumentId id = DocumentId.parse(m.group());
                boolean cited = r.catalogue().citations().stream().anyMatch(c -> c.document().equals(id) && onLine(r, c, line));
                boolean listed = r.catalogue().documents().stream().anyMatch(d -> d.id().equals(id) && d.bibliography() != null);
                assertTrue(cited || listed || reported.contains(line + " " + id),
                        "line " + line + " names " + id + " and it is neither cited, listed nor reported:\n" + text
                                + "\nunread: " + r.unread());
            }
        }
    }

    /**
     * Whether the citation's note stands on the line (its first line, or one it runs on to); where
     * two notes share a number, whether either may.
     */
    private static boolean onLine(ThesisImporter.Result r, Citation c, int line) {
        String ref = c.chapter() + "." + c.note();
        boolean shared = r.warnings().stream().anyMatch(w -> w.startsWith("note " + ref + " (") && w.contains("numbered like"));
        Integer first = r.noteLines().get(ref);
        return shared || first != null && first <= line;
    }

    /** The identifier a reported mention names, or the mention itself where it names none ("Ibid."). */
    private static final class DocumentIdOrNull {
        static String of(String mention) {
            Matcher m = DocumentId.IN_TEXT.matcher(mention);
            return m.find() ? DocumentId.parse(m.group()).toString() : mention;
        }
    }
}
