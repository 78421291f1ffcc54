package org.magicref.citation.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.citation.CslEngine.Renderer;
import org.magicref.records.UserFolder;

/** First citations kept between runs give the text the processor gives, and what follows them is as if it had made them. */
class FirstCitationsTest {
    private static final String STYLE = "chicago-fullnote-bibliography";
    private static final List<Map<String, Object>> ITEMS = List.of(
            Map.of("id", "SRH-085", "type", "report", "title", "Russo-Japanese Relations, 13-20 July 1945", "genre", "SRH-085",
                    "issued", Map.of("date-parts", List.of(List.of(1945, 7)))),
            Map.of("id", "SRH-087", "type", "report", "title", "Japanese Diplomacy", "genre", "SRH-087"));

    @TempDir
    Path dir;

    private final CiteprocEngine engine = new CiteprocEngine();

    private Renderer kept() {
        return engine.renderer(ITEMS, STYLE, false, dir);
    }

    private Renderer plain() {
        return engine.renderer(ITEMS, STYLE, false);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void aKeptFirstCitationAnswersForAnyPage() throws IOException {
        assertEquals(plain().cite("SRH-085", "7", false), kept().cite("SRH-085", "7", false));
        assertEquals(1, files().size());
        assertEquals(plain().cite("SRH-085", "12", false), kept().cite("SRH-085", "12", false));
        assertEquals(plain().cite("SRH-085", "12-14", true), kept().cite("SRH-085", "12-14", true));
        assertEquals(plain().cite("SRH-085", null, false), kept().cite("SRH-085", null, false));
        assertEquals(3, files().size(), "a range of pages, and no page, are kept apart");
    }

    @Test
    void theKeptTextIsWhatIsGiven() throws IOException {
        kept().cite("SRH-087", "3", false);
        Path file = files().get(0);
        String held = Files.readString(file, StandardCharsets.UTF_8);
        String text = plain().cite("SRH-087", String.valueOf(CiteprocEngine.PLACEHOLDER), false);   // the page as the file holds it
        assertTrue(held.endsWith(text), held);
        int text0 = held.length() - text.length();
        Files.writeString(file, held.substring(0, text0) + held.substring(text0).replace("Japanese Diplomacy", "Kept Diplomacy"),
                StandardCharsets.UTF_8);
        String answered = kept().cite("SRH-087", "5", false);
        assertEquals(plain().cite("SRH-087", "5", false).replace("Japanese Diplomacy", "Kept Diplomacy"), answered, "answered from the file");
    }

    @Test
    void laterCitationsAndTheBibliographyFollowAKeptOne() {
        kept().cite("SRH-085", "7", false);
        Renderer fromFile = kept();
        Renderer processor = plain();
        assertEquals(processor.cite("SRH-085", "12", false), fromFile.cite("SRH-085", "12", false));
        assertEquals(processor.cite("SRH-085", "13", false), fromFile.cite("SRH-085", "13", false), "Ibid. follows the first");
        assertEquals(processor.cite("SRH-087", "2", false), fromFile.cite("SRH-087", "2", false));
        assertEquals(processor.bibliography(), fromFile.bibliography());
    }

    @Test
    void otherItemsOrAnotherFormatOrStyleAreKeptApart() throws IOException {
        kept().cite("SRH-085", "7", false);
        engine.renderer(ITEMS.subList(0, 1), STYLE, false, dir).cite("SRH-085", "7", false);
        engine.renderer(ITEMS, STYLE, true, dir).cite("SRH-085", "7", false);
        engine.renderer(ITEMS, "apa", false, dir).cite("SRH-085", "7", false);
        assertEquals(4, files().size());
    }

    @Test
    void aFileOfAnotherKeyOrUnreadableIsNotTaken() throws IOException {
        String expected = plain().cite("SRH-085", "7", false);
        kept().cite("SRH-085", "7", false);
        Path file = files().get(0);
        Files.writeString(file, "another key\n\u0000\nWrong text", StandardCharsets.UTF_8);
        assertEquals(expected, kept().cite("SRH-085", "7", false));
        Files.delete(file);
        Files.createDirectory(file);
        assertEquals(expected, kept().cite("SRH-085", "7", false), "a folder in its place is no loss");
    }

    @Test
    void theCacheFolderFollowsTheEnvironment() {
        assertEquals(Path.of("/c"), UserFolder.cache(Map.of("MAGICREF_CACHE", "/c", "HOME", "/h")::get).orElseThrow());
        assertTrue(UserFolder.cache(Map.of("MAGICREF_CACHE", "", "HOME", "/h")::get).isEmpty(), "set and empty: nowhere");
        assertEquals(Path.of("/x/magicref"), UserFolder.cache(Map.of("XDG_CACHE_HOME", "/x", "HOME", "/h")::get).orElseThrow());
        assertEquals(Path.of("/h/.cache/magicref"), UserFolder.cache(Map.of("HOME", "/h")::get).orElseThrow());
        assertTrue(UserFolder.cache(Map.<String, String>of()::get).isEmpty());
        assertNotEquals(UserFolder.cache(Map.of("HOME", "/h")::get), UserFolder.resolve(Map.of("HOME", "/h")::get));
    }
}
