package org.magicref.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.records.CatalogueStore;

/** The house style against the thesis's own notes and bibliography (fixtures/README.md). */
class HouseStyleTest {
    private static final Catalogue CATALOGUE = CatalogueStore.readBundled();
    private static final HouseStyle STYLE = new HouseStyle(CATALOGUE);
    private static final ReferenceParser REFS = new ReferenceParser(CATALOGUE);

    static Stream<String[]> notes() throws IOException {
        return fixture("house-notes.txt").stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\\s*\\|\\s*", 4));
    }

    @ParameterizedTest(name = "{0} p. {1} {2}")
    @MethodSource("notes")
    void formsAsTheThesisPrintsThem(String id, String pages, String form, String expected) {
        Reference r = REFS.of(org.magicref.domain.DocumentId.parse(id), pages, null);
        assertEquals(expected, STYLE.cite(Form.valueOf(form.toUpperCase(java.util.Locale.ROOT)), r));
    }

    @Test
    void bibliographyAsTheThesisPrintsIt() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Bibliography.Section s : Bibliography.house(CATALOGUE, CATALOGUE.documents())) {
            lines.add(s.heading());
            s.entries().forEach(e -> lines.add("  " + e));
        }
        assertEquals(fixture("house-bibliography.txt"), lines);
    }

    @Test
    void aFrameIsGivenOnlyWhereTheReelMapKnowsIt() {
        Reference inferred = REFS.parse("SRH-085:12");
        assertEquals("SRH-085, p. 12, reel 9, fr. 0805.", STYLE.cite(Form.ID, inferred));
        Reference ambiguous = REFS.parse("SRH-068:6");
        assertEquals("SRH-068, p. 6, reel 9.", STYLE.cite(Form.ID, ambiguous));
        assertEquals(1, ambiguous.warnings().size());
        Reference named = REFS.parse("SRH-079:6@0717");
        assertEquals("SRH-079, p. 6, reel 9, fr. 0717.", STYLE.cite(Form.ID, named));
    }

    @Test
    void aNoteDateThatDisagreesWithTheBibliographyGivesWayInTheNotesForm() {
        Document d = CATALOGUE.require("SRS-1497");
        assertEquals("Magic Summary, November 25, 1944", STYLE.quotedTitle(d));
        assertEquals("Magic Summary, 3 August 1945", STYLE.quotedTitle(CATALOGUE.require("SRS-1748")));
    }

    static List<String> fixture(String name) throws IOException {
        try (InputStream in = HouseStyleTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void aDocumentInAnArchivalBoxKnownOnlyByItsIdentifierIsCitedWithWhatIsKnown() {
        var box = new org.magicref.domain.Publication("nara-rg457-box43-folder7", "NARA RG 457, Box 43, Folder 7", null, null, null,
                null, 0, "paper", "National Archives and Records Administration", null, "Record Group 457", false);
        var id = org.magicref.domain.DocumentId.parse("SRH-142");
        Catalogue c = new Catalogue(List.of(), List.of(box), List.of(new Document(id, "SRH-142", null, box.id(), null, null)), List.of());
        HouseStyle style = new HouseStyle(c);
        var ref = new ReferenceParser(c).of(id, "3", null);
        assertEquals("National Archives and Records Administration, Record Group 457, SRH-142, in NARA RG 457, Box 43, Folder 7 "
                + "(paper), p. 3.", style.cite(Form.FULL, ref));
        assertEquals("SRH-142, p. 3.", style.cite(Form.SHORTENED, ref));
        assertEquals("National Archives and Records Administration. Record Group 457. NARA RG 457, Box 43, Folder 7.\n\nSRH-142.",
                style.cite(Form.BIB, ref));
    }
}
