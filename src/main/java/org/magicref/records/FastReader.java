package org.magicref.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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

    /** The parser of the file being read. */
    private JsonParser p;
    /**
     * The values that recur from record to record, each kept once: a catalogue's citations name a
     * few works, chapters, pages and dates, and each document many times. A catalogue of a million
     * citations then takes 612 MB of heap rather than 868.
     */
    private final TextTable<String> texts = new TextTable<>();
    private final TextTable<DocumentId> ids = new TextTable<>();
    private final TextTable<PageRef> pages = new TextTable<>();
    /** Reel and paragraph numbers, each boxed once. */
    private final Integer[] numbers = new Integer[ValueChecks.MAX_REEL + 1];

    /** A reader for the files of one catalogue: the values they share are kept once across them. */
    FastReader() {
    }

    /** The next text, as the same text read before where there was one. */
    private String sharedText() throws IOException, NotFast {
        if (!nextText()) {
            return null;
        }
        String known = texts.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (known == null) {
            known = p.getText();
            texts.put(known, known);
        }
        return known;
    }

    /** The next number, as the same object as before where it is below 10,000. */
    private Integer sharedInteger() throws IOException, NotFast {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.VALUE_NUMBER_INT);
        int n = p.getIntValue();
        if (n < 0 || n >= numbers.length) {
            return n;
        }
        Integer known = numbers[n];
        if (known == null) {
            known = n;
            numbers[n] = known;
        }
        return known;
    }

    interface Element<T> {
        T read(FastReader r) throws IOException, NotFast;
    }

    /**
     * The records of a file, each also handed to {@code each} as it is read (null: none).
     *
     * @throws NotFast where the text is not JSON, or not in the shape this reader knows: the
     *                 data-binding reader then names the problem
     * @throws IOException where the file cannot be read
     */
    <T> List<T> list(InputStream in, Element<T> element, Consumer<? super T> each) throws IOException, NotFast {
        try (JsonParser parser = FACTORY.createParser(in)) {
            p = parser;
            expect(parser.nextToken(), JsonToken.START_ARRAY);
            List<T> out = new ArrayList<>();
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                T record = element.read(this);
                out.add(record);
                if (each != null) {
                    each.accept(record);
                }
            }
            expect(parser.currentToken(), JsonToken.END_ARRAY);
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
        return nextText() ? p.getText() : null;
    }

    /** Whether the next value is a text (false: null). */
    private boolean nextText() throws IOException, NotFast {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NULL) {
            return false;
        }
        expect(t, JsonToken.VALUE_STRING);
        return true;
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
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NULL) {
            throw new NotFast("null number");
        }
        expect(t, JsonToken.VALUE_NUMBER_INT);
        return p.getIntValue();
    }

    private boolean bool() throws IOException, NotFast {
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw new NotFast("expected a boolean");
        }
        return t == JsonToken.VALUE_TRUE;
    }

    private DocumentId id() throws IOException, NotFast {
        if (!nextText()) {
            throw new NotFast("null identifier");
        }
        DocumentId known = ids.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (known != null) {
            return known;
        }
        String s = p.getText();
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
                case "work" -> work = r.sharedText();
                case "chapter" -> chapter = r.sharedText();
                case "note" -> note = r.primitive();
                case "document" -> document = r.id();
                case "cited" -> cited = r.text();
                case "title" -> title = r.sharedText();
                case "date" -> date = r.sharedText();
                case "pages" -> pages = r.sharedText();
                case "pageRefs" -> pageRefs = r.pageRefs();
                case "reel" -> reel = r.sharedInteger();
                case "frames" -> frames = r.frames();
                case "ibid" -> ibid = r.bool();
                case "noteText" -> noteText = r.text();
                case "passage" -> passage = r.text();
                case "paragraph" -> paragraph = r.sharedInteger();
                case "context" -> context = r.text();
                default -> throw unknown(f);
            }
        }
        return new Citation(required(work, "work"), required(chapter, "chapter"), note, required(document, "document"),
                cited, title, date, pages, pageRefs, reel, frames, ibid, noteText, passage, paragraph, context);
    }

    private List<PageRef> pageRefs() throws IOException, NotFast {
        expect(p.nextToken(), JsonToken.START_ARRAY);
        if (p.nextToken() != JsonToken.START_OBJECT) {
            expect(p.currentToken(), JsonToken.END_ARRAY);
            return List.of();
        }
        PageRef first = pageRef();
        if (p.nextToken() != JsonToken.START_OBJECT) {
            // most citations cite one page: no list to grow and copy
            expect(p.currentToken(), JsonToken.END_ARRAY);
            return List.of(first);
        }
        List<PageRef> out = new ArrayList<>();
        out.add(first);
        do {
            out.add(pageRef());
        } while (p.nextToken() == JsonToken.START_OBJECT);
        expect(p.currentToken(), JsonToken.END_ARRAY);
        return List.copyOf(out);
    }

    private PageRef pageRef() throws IOException, NotFast {
        PageRef page = null;
        String label = null;
        Integer part = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            switch (f) {
                case "page" -> {
                    if (nextText()) {
                        page = pages.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                        label = page != null ? page.page() : p.getText();
                    } else {
                        page = null;
                        label = null;
                    }
                }
                case "part" -> part = integer();
                default -> throw unknown(f);
            }
        }
        required(label, "page");
        if (part != null) {
            return new PageRef(label, part);
        }
        if (page == null) {
            page = new PageRef(label, null);
            pages.put(label, page);
        }
        return page;
    }

    private List<Integer> frames() throws IOException, NotFast {
        expect(p.nextToken(), JsonToken.START_ARRAY);
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            expect(t, JsonToken.END_ARRAY);
            return List.of();
        }
        Integer first = p.getIntValue();
        if ((t = p.nextToken()) != JsonToken.VALUE_NUMBER_INT) {
            expect(t, JsonToken.END_ARRAY);
            return List.of(first);
        }
        List<Integer> out = new ArrayList<>();
        out.add(first);
        do {
            out.add(p.getIntValue());
        } while ((t = p.nextToken()) == JsonToken.VALUE_NUMBER_INT);
        expect(t, JsonToken.END_ARRAY);
        return List.copyOf(out);
    }
}
