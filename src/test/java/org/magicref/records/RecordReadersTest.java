package org.magicref.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JavaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;
import org.magicref.domain.PageRef;
import org.magicref.domain.Publication;
import org.magicref.domain.Work;

/**
 * The streaming reader and Jackson's data binding read every catalogue into the same records; the
 * streaming reader steps aside only when a file is not in its shape, never on a failure to read.
 */
class RecordReadersTest {
    @TempDir
    Path dir;

    @Test
    void bothReadersReadTheBundledRecordsAlike() throws Exception {
        for (String name : CatalogueStore.FILES) {
            assertReadAlike(() -> RecordReadersTest.class.getResourceAsStream("/records/" + name), name);
        }
    }

    @Test
    void bothReadersReadEveryOptionalFieldAlike() throws Exception {
        Catalogue all = new Catalogue(
                List.of(new Work("w", "An Author", "A Title", "M.A.", "A University", 1996, "10.1/x")),
                List.of(new Publication("pub", "Studies", 2, "The Atlantic", "Bethesda, MD", "A Publisher", 1989,
                        "microfilm", "National Archives", "Washington, D.C.", "Record Group 457", true)),
                List.of(new Document(DocumentId.parse("SRH-001"), "A Study", "1-12 July 1945", "pub", 3,
                        "SRH-001 A Study, 1-12 July 1945.")),
                List.of(new Citation("w", "IV", 7, DocumentId.parse("SRH-001"), "SRH-001, p. 4, part 2, reel 3, fr. 0104",
                        "A Study, 1-12 July 1945", "July 1945", "p. 4, part 2", List.of(new PageRef("4", 2)), 3,
                        List.of(104), true, "Ibid., p. 4.", "A passage.", 12, "Before it. A passage. After it.")));
        CatalogueStore.write(all, dir, false);
        for (String name : CatalogueStore.FILES) {
            assertReadAlike(() -> Files.newInputStream(dir.resolve(name)), name);
        }
        Catalogue read = CatalogueStore.read(dir);
        assertEquals(all.works(), read.works());
        assertEquals(all.publications(), read.publications());
        assertEquals(all.documents(), read.documents());
        assertEquals(all.citations(), read.citations());
    }

    @Test
    void theStreamingReaderStepsAsideOnlyForAShapeItDoesNotKnow() {
        assertThrows(FastReader.NotFast.class, () -> new FastReader().list(stream("[{\"id\": \"w\", \"extra\": 1}]"), FastReader::work, null));
        assertThrows(FastReader.NotFast.class, () -> new FastReader().list(stream("[{\"id\": "), FastReader::work, null));
        assertThrows(FastReader.NotFast.class, () -> new FastReader().list(stream("[] []"), FastReader::work, null));
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("device gone");
            }
        };
        assertThrows(IOException.class, () -> new FastReader().list(failing, FastReader::work, null));
    }

    private interface Source {
        InputStream open() throws IOException;
    }

    private static <T> void assertReadAlike(Source source, String name) throws Exception {
        Class<?> type = switch (name) {
            case CatalogueStore.WORKS -> Work.class;
            case CatalogueStore.PUBLICATIONS -> Publication.class;
            case CatalogueStore.DOCUMENTS -> Document.class;
            default -> Citation.class;
        };
        FastReader.Element<?> element = switch (name) {
            case CatalogueStore.WORKS -> FastReader::work;
            case CatalogueStore.PUBLICATIONS -> FastReader::publication;
            case CatalogueStore.DOCUMENTS -> FastReader::document;
            default -> FastReader::citation;
        };
        List<?> fast;
        try (InputStream in = source.open()) {
            fast = new FastReader().list(in, element, null);
        }
        JavaType listType = RecordsJson.mapper().getTypeFactory().constructCollectionType(List.class, type);
        List<?> bound;
        try (InputStream in = source.open()) {
            bound = RecordsJson.mapper().readValue(in, listType);
        }
        assertFalse(fast.isEmpty(), name);
        assertEquals(bound, fast, name);
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
