package org.magicref.records;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;
import org.magicref.domain.Mark;
import org.magicref.domain.Origin;
import org.magicref.domain.Publication;
import org.magicref.domain.Work;

/**
 * The user's catalogue as the journal last made it, kept beside the journal so that a lookup reads
 * records rather than replaying every change. It is a cache: its key names the journal (size and
 * time) and the records under it, and any difference, or any file it cannot read, sends the reader
 * back to the journal, which alone holds what the user recorded.
 */
public final class Snapshot {
    static final String DIR = "snapshot";
    static final String KEY = "key";
    static final String MARKS = "marks.json";
    static final String ORIGINS = "origins.json";
    static final String PROBLEMS = "problems.json";

    /** A document's origin, as the snapshot holds it. */
    record OriginEntry(DocumentId document, Origin.Kind kind, String detail) { }

    /** A problem of the journal, as the snapshot holds it. */
    record Line(String text) { }

    /** The catalogue and the journal's problems, as the snapshot holds them. */
    public record Held(Catalogue catalogue, List<String> problems) { }

    private final Path dir;

    /** The snapshot kept in the folder of a journal. */
    public Snapshot(Path journalFolder) {
        this.dir = journalFolder.resolve(DIR);
    }

    /** The form of the files; a snapshot of another form is not read. */
    static final int FORMAT = 1;

    /** "snapshot 1; journal 12345 1764321234000; records ...": what the snapshot was made from. */
    public static String key(Path journal, String records) throws IOException {
        return "snapshot " + FORMAT + "; journal " + Files.size(journal) + " " + Files.getLastModifiedTime(journal).toMillis()
                + "; records " + records;
    }

    /** The snapshot, if it was made from exactly this journal and these records. */
    public Optional<Held> read(String key) {
        try {
            if (!key.equals(Files.readString(dir.resolve(KEY), StandardCharsets.UTF_8))) {
                return Optional.empty();
            }
            List<Work> works = list(CatalogueStore.WORKS, FastReader::work);
            List<Publication> publications = list(CatalogueStore.PUBLICATIONS, FastReader::publication);
            List<Document> documents = list(CatalogueStore.DOCUMENTS, FastReader::document);
            List<Citation> citations = list(CatalogueStore.CITATIONS, FastReader::citation);
            List<Mark> marks = list(MARKS, FastReader::mark);
            Map<DocumentId, Origin> origins = new HashMap<>();
            list(ORIGINS, FastReader::origin).forEach(o -> origins.put(o.document(), new Origin(o.kind(), o.detail())));
            List<String> problems = list(PROBLEMS, FastReader::line);
            return Optional.of(new Held(new Catalogue(works, publications, documents, citations, marks, origins), problems));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | FastReader.NotFast e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps the catalogue as the snapshot of this key: the key is removed first and written last,
     * so a snapshot left half written by a crash is never taken for a whole one.
     */
    public void write(String key, Catalogue catalogue, List<String> problems) throws IOException {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(KEY));
        Map<String, List<?>> files = new LinkedHashMap<>();
        files.put(CatalogueStore.WORKS, catalogue.works());
        files.put(CatalogueStore.PUBLICATIONS, catalogue.publications());
        files.put(CatalogueStore.DOCUMENTS, catalogue.documents());
        files.put(CatalogueStore.CITATIONS, catalogue.citations());
        files.put(MARKS, catalogue.marks());
        files.put(ORIGINS, catalogue.documents().stream()
                .map(d -> new OriginEntry(d.id(), catalogue.origin(d.id()).kind(), catalogue.origin(d.id()).detail())).toList());
        files.put(PROBLEMS, problems.stream().map(Line::new).toList());
        for (Map.Entry<String, List<?>> e : files.entrySet()) {
            CatalogueStore.writeAtomically(dir.resolve(e.getKey()), RecordsJson.mapper().writeValueAsString(e.getValue()));
        }
        CatalogueStore.writeAtomically(dir.resolve(KEY), key);
    }

    private <T> List<T> list(String name, FastReader.Element<T> element) throws IOException, FastReader.NotFast {
        try (InputStream in = Files.newInputStream(dir.resolve(name))) {
            return FastReader.list(in, element);
        }
    }
}
