package org.magicref.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;
import org.magicref.domain.PageRef;
import org.magicref.domain.Publication;
import org.magicref.domain.Work;

/**
 * Reads well-formed records with Jackson's streaming parser alone, field by field, in any order:
 * several times faster to start than data binding, which a lookup from the command line would
 * otherwise spend most of its time on. Anything it does not expect (an unknown field, a wrong
 * type, a missing required field) makes it give up with {@link NotFast}, and the caller reads the
 * file again with data binding, which names the problem precisely.
 */
final class FastReader {
    /** The file is not in the shape this reader knows: read it with data binding instead. */
    static final class NotFast extends Exception {
        NotFast(String why) {
            super(why, null, false, false);
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(RecordsJson.MAX_NESTING).maxStringLength(RecordsJson.MAX_STRING).build())
            .build();

    private final JsonParser p;
    /**
     * The values that recur from record to record, each kept once: a catalogue's citations name a
     * few works, chapters, pages and dates, and each document many times. A catalogue of a million
     * citations then takes 612 MB of heap rather than 868.
     */
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, DocumentId> ids = new HashMap<>();
    private final Map<String, PageRef> pages = new HashMap<>();
    private final Map<Integer, Integer> numbers = new HashMap<>();

    private FastReader(JsonParser p) {
        this.p = p;
    }

    /** The text, as the same text read before where there was one. */
    private String shared(String text) {
        if (text == null) {
            return null;
        }
        String known = texts.putIfAbsent(text, text);
        return known != null ? known : text;
    }

    private Integer shared(Integer number) {
        if (number == null) {
            return null;
        }
        Integer known = numbers.putIfAbsent(number, number);
        return known != null ? known : number;
    }

    interface Element<T> {
        T read(FastReader r) throws IOException, NotFast;
    }

    /**
     * The records of a file.
     *
     * @throws NotFast where the text is not JSON, or not in the shape this reader knows: the
     *                 data-binding reader then names the problem
     * @throws IOException where the file cannot be read
     */
    static <T> List<T> list(InputStream in, Element<T> element) throws IOException, NotFast {
        try (JsonParser parser = FACTORY.createParser(in)) {
            FastReader r = new FastReader(parser);
            r.expect(parser.nextToken(), JsonToken.START_ARRAY);
            List<T> out = new ArrayList<>();
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                out.add(element.read(r));
            }
            r.expect(parser.currentToken(), JsonToken.END_ARRAY);
            if (parser.nextToken() != null) {
                throw new NotFast("content after the array");
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new NotFast("not JSON: " + e.getOriginalMessage());
        }
    }

    private void expect(JsonToken actual, JsonToken expected) throws NotFast {
        if (actual != expected) {
            throw new NotFast("expected " + expected + ", found " + actual);
        }
    }

    private String text() throws IOException, NotFast {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.VALUE_STRING);
        return p.getText();
    }

    private Integer integer() throws IOException, NotFast {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.VALUE_NUMBER_INT);
        return p.getIntValue();
    }

    private int primitive() throws IOException, NotFast {
        Integer i = integer();
        if (i == null) {
            throw new NotFast("null number");
        }
        return i;
    }

    private boolean bool() throws IOException, NotFast {
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw new NotFast("expected a boolean");
        }
        return t == JsonToken.VALUE_TRUE;
    }

    private DocumentId id() throws IOException, NotFast {
        String s = text();
        if (s == null) {
            throw new NotFast("null identifier");
        }
        DocumentId known = ids.get(s);
        if (known != null) {
            return known;
        }
        try {
            DocumentId id = DocumentId.parse(s);
            ids.put(s, id);
            return id;
        } catch (IllegalArgumentException e) {
            throw new NotFast(e.getMessage());
        }
    }

    private static NotFast unknown(String field) {
        return new NotFast("unknown field " + field);
    }

    private static <T> T required(T value, String field) throws NotFast {
        if (value == null) {
            throw new NotFast("missing " + field);
        }
        return value;
    }

    static Work work(FastReader r) throws IOException, NotFast {
        String id = null;
        String author = null;
        String title = null;
        String degree = null;
        String institution = null;
        int year = 0;
        String doi = null;
        String f;
        while ((f = r.p.nextFieldName()) != null) {
            switch (f) {
                case "id" -> id = r.text();
                case "author" -> author = r.text();
                case "title" -> title = r.text();
                case "degree" -> degree = r.text();
                case "institution" -> institution = r.text();
                case "year" -> year = r.primitive();
                case "doi" -> doi = r.text();
                default -> throw unknown(f);
            }
        }
        return new Work(required(id, "id"), author, required(title, "title"), degree, institution, year, doi);
    }

    static Publication publication(FastReader r) throws IOException, NotFast {
        String id = null;
        String title = null;
        Integer part = null;
        String partTitle = null;
        String place = null;
        String publisher = null;
        int year = 0;
        String medium = null;
        String archive = null;
        String archivePlace = null;
        String collection = null;
        boolean frames = false;
        String f;
        while ((f = r.p.nextFieldName()) != null) {
            switch (f) {
                case "id" -> id = r.text();
                case "title" -> title = r.text();
                case "part" -> part = r.integer();
                case "partTitle" -> partTitle = r.text();
                case "place" -> place = r.text();
                case "publisher" -> publisher = r.text();
                case "year" -> year = r.primitive();
                case "medium" -> medium = r.text();
                case "archive" -> archive = r.text();
                case "archivePlace" -> archivePlace = r.text();
                case "collection" -> collection = r.text();
                case "frames" -> frames = r.bool();
                default -> throw unknown(f);
            }
        }
        return new Publication(required(id, "id"), required(title, "title"), part, partTitle, place, publisher, year,
                medium, archive, archivePlace, collection, frames);
    }

    static Document document(FastReader r) throws IOException, NotFast {
        DocumentId id = null;
        String title = null;
        String date = null;
        String publication = null;
        Integer reel = null;
        String bibliography = null;
        String f;
        while ((f = r.p.nextFieldName()) != null) {
            switch (f) {
                case "id" -> id = r.id();
                case "title" -> title = r.text();
                case "date" -> date = r.text();
                case "publication" -> publication = r.text();
                case "reel" -> reel = r.integer();
                case "bibliography" -> bibliography = r.text();
                default -> throw unknown(f);
            }
        }
        return new Document(required(id, "id"), required(title, "title"), date, publication, reel, bibliography);
    }

    static Citation citation(FastReader r) throws IOException, NotFast {
        String work = null;
        String chapter = null;
        int note = 0;
        DocumentId document = null;
        String cited = null;
        String title = null;
        String date = null;
        String pages = null;
        List<PageRef> pageRefs = List.of();
        Integer reel = null;
        List<Integer> frames = List.of();
        boolean ibid = false;
        String noteText = null;
        String passage = null;
        Integer paragraph = null;
        String context = null;
        String f;
        while ((f = r.p.nextFieldName()) != null) {
            switch (f) {
                case "work" -> work = r.shared(r.text());
                case "chapter" -> chapter = r.shared(r.text());
                case "note" -> note = r.primitive();
                case "document" -> document = r.id();
                case "cited" -> cited = r.text();
                case "title" -> title = r.shared(r.text());
                case "date" -> date = r.shared(r.text());
                case "pages" -> pages = r.shared(r.text());
                case "pageRefs" -> pageRefs = r.pageRefs();
                case "reel" -> reel = r.shared(r.integer());
                case "frames" -> frames = r.frames();
                case "ibid" -> ibid = r.bool();
                case "noteText" -> noteText = r.text();
                case "passage" -> passage = r.text();
                case "paragraph" -> paragraph = r.integer();
                case "context" -> context = r.text();
                default -> throw unknown(f);
            }
        }
        return new Citation(required(work, "work"), required(chapter, "chapter"), note, required(document, "document"),
                cited, title, date, pages, pageRefs, reel, frames, ibid, noteText, passage, paragraph, context);
    }

    private List<PageRef> pageRefs() throws IOException, NotFast {
        expect(p.nextToken(), JsonToken.START_ARRAY);
        List<PageRef> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String page = null;
            Integer part = null;
            String f;
            while ((f = p.nextFieldName()) != null) {
                switch (f) {
                    case "page" -> page = text();
                    case "part" -> part = integer();
                    default -> throw unknown(f);
                }
            }
            required(page, "page");
            out.add(part == null ? pages.computeIfAbsent(page, k -> new PageRef(k, null)) : new PageRef(page, part));
        }
        expect(p.currentToken(), JsonToken.END_ARRAY);
        return List.copyOf(out);
    }

    private List<Integer> frames() throws IOException, NotFast {
        expect(p.nextToken(), JsonToken.START_ARRAY);
        List<Integer> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.VALUE_NUMBER_INT) {
            out.add(p.getIntValue());
        }
        expect(t, JsonToken.END_ARRAY);
        return List.copyOf(out);
    }
}
