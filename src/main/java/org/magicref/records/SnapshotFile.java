package org.magicref.records;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;
import org.magicref.domain.Mark;
import org.magicref.domain.Origin;
import org.magicref.domain.PageRef;
import org.magicref.domain.Publication;
import org.magicref.domain.Work;

/**
 * The snapshot's one file: the catalogue in a compact binary form (lengths and values, no text to
 * parse), read in a fraction of the time its JSON would take. Each text, document identifier and
 * page is written once, where it first occurs, and named by its number after that, so a value a
 * million citations share is read (and held) once. Any file that is not whole and of this form is
 * refused, and the records or the journal are read instead.
 */
final class SnapshotFile {
    static final String NAME = "catalogue.bin";
    static final int MAGIC = 0x4D524633; // "MRF3"

    private SnapshotFile() {
    }

    /** Writes the file whole beside its place and moves it there: a reader never meets half a file. */
    static void write(Path file, Catalogue c, List<String> problems) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + ".", ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                write(os, c, problems);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void write(OutputStream os, Catalogue c, List<String> problems) throws IOException {
        Out out = new Out(new DataOutputStream(new BufferedOutputStream(os, 1 << 16)));
        out.data.writeInt(MAGIC);
        out.count(c.works().size());
        for (Work w : c.works()) {
            out.text(w.id()); out.text(w.author()); out.text(w.title()); out.text(w.degree()); out.text(w.institution());
            out.data.writeInt(w.year()); out.text(w.doi());
        }
        out.count(c.publications().size());
        for (Publication p : c.publications()) {
            out.text(p.id()); out.text(p.title()); out.number(p.part()); out.text(p.partTitle()); out.text(p.place());
            out.text(p.publisher()); out.data.writeInt(p.year()); out.text(p.medium()); out.text(p.archive());
            out.text(p.archivePlace()); out.text(p.collection()); out.data.writeBoolean(p.frames());
        }
        out.count(c.documents().size());
        for (Document d : c.documents()) {
            out.id(d.id()); out.text(d.title()); out.text(d.date()); out.text(d.publication());
            out.number(d.reel()); out.text(d.bibliography());
            Origin o = c.origin(d.id());
            out.count(o.kind().ordinal()); out.text(o.detail());
        }
        out.count(c.citations().size());
        for (Citation x : c.citations()) {
            out.text(x.work()); out.text(x.chapter()); out.data.writeInt(x.note()); out.id(x.document());
            out.once(x.cited()); out.text(x.title()); out.text(x.date()); out.text(x.pages());
            out.count(x.pageRefs().size());
            for (PageRef r : x.pageRefs()) {
                out.page(r);
            }
            out.number(x.reel());
            out.count(x.frames().size());
            for (int f : x.frames()) {
                out.data.writeInt(f);
            }
            out.data.writeBoolean(x.ibid()); out.once(x.noteText()); out.once(x.passage()); out.number(x.paragraph());
            out.once(x.context());
        }
        out.count(c.marks().size());
        for (Mark m : c.marks()) {
            out.text(m.publication()); out.data.writeInt(m.reel()); out.data.writeInt(m.frame()); out.id(m.document());
            out.text(m.page()); out.text(m.observed()); out.text(m.comment()); out.data.writeBoolean(m.forced());
        }
        out.count(problems.size());
        for (String p : problems) {
            out.text(p);
        }
        out.data.writeInt(MAGIC);
        out.data.flush();
    }

    /** The catalogue and problems in the file, or null where it is not whole and of this form. */
    static Snapshot.Held read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, Files.size(file));
        }
    }

    /** The catalogue and problems in these bytes, or null where they are not whole and of this form. */
    static Snapshot.Held read(byte[] bytes) throws IOException {
        return read(new ByteArrayInputStream(bytes), bytes.length);
    }

    private static Snapshot.Held read(InputStream stream, long size) throws IOException {
        In in = new In(stream, size);
        try {
            if (in.int32() != MAGIC) {
                return null;
            }
            List<Work> works = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                works.add(new Work(in.text(), in.text(), in.text(), in.text(), in.text(), in.int32(), in.text()));
            }
            List<Publication> publications = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                publications.add(new Publication(in.text(), in.text(), in.number(), in.text(), in.text(), in.text(), in.int32(),
                        in.text(), in.text(), in.text(), in.text(), in.bool()));
            }
            List<Document> documents = new ArrayList<>();
            Map<DocumentId, Origin> origins = new HashMap<>();
            for (int i = in.count(); i > 0; i--) {
                Document d = new Document(in.id(), in.text(), in.text(), in.text(), in.number(), in.text());
                documents.add(d);
                origins.put(d.id(), new Origin(Origin.Kind.values()[in.count()], in.text()));
            }
            List<Citation> citations = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                String work = in.text();
                String chapter = in.text();
                int note = in.int32();
                DocumentId document = in.id();
                String cited = in.text();
                String title = in.text();
                String date = in.text();
                String pages = in.text();
                PageRef[] refs = new PageRef[in.small()];
                for (int k = 0; k < refs.length; k++) {
                    refs[k] = in.page();
                }
                Integer reel = in.number();
                Integer[] frames = new Integer[in.small()];
                for (int k = 0; k < frames.length; k++) {
                    frames[k] = in.int32();
                }
                citations.add(new Citation(work, chapter, note, document, cited, title, date, pages, List.of(refs), reel,
                        List.of(frames), in.bool(), in.text(), in.text(), in.number(), in.text()));
            }
            List<Mark> marks = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                marks.add(new Mark(in.text(), in.int32(), in.int32(), in.id(), in.text(), in.text(), in.text(), in.bool()));
            }
            List<String> problems = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                problems.add(in.text());
            }
            if (in.int32() != MAGIC || !in.atEnd()) {
                return null;
            }
            return new Snapshot.Held(new Catalogue(works, publications, documents, citations, marks, origins), problems);
        } catch (EOFException | RuntimeException e) {
            // not a whole file of this form: a cache that is not there
            return null;
        }
    }

    /**
     * The writing side. A shared value is written as a number: 0 for none, 1 for a new value that
     * follows (and takes the next number), 2 for a value that follows and is not shared, 3 and up
     * for the value of that number less 3.
     */
    private static final class Out {
        final DataOutputStream data;
        private final Map<String, Integer> texts = new HashMap<>();
        private final Map<DocumentId, Integer> ids = new HashMap<>();
        private final Map<PageRef, Integer> pages = new HashMap<>();

        Out(DataOutputStream data) {
            this.data = data;
        }

        void count(int n) throws IOException {
            BinaryInput.writeCount(data, n);
        }

        /** Writes the reference to a value; true where the value itself must follow. */
        private <T> boolean shared(Map<T, Integer> table, T value) throws IOException {
            if (value == null) {
                count(0);
                return false;
            }
            Integer known = table.putIfAbsent(value, table.size());
            count(known == null ? 1 : known + 3);
            return known == null;
        }

        /** A text that seldom recurs (a note's text, a passage): written whole, not looked up. */
        void once(String s) throws IOException {
            if (s == null) {
                count(0);
                return;
            }
            count(2);
            bytes(s);
        }

        private void bytes(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            count(b.length);
            data.write(b);
        }

        void text(String s) throws IOException {
            if (shared(texts, s)) {
                bytes(s);
            }
        }

        void id(DocumentId id) throws IOException {
            if (shared(ids, id)) {
                text(id.toString());
            }
        }

        void page(PageRef page) throws IOException {
            if (shared(pages, page)) {
                text(page.page());
                number(page.part());
            }
        }

        void number(Integer i) throws IOException {
            data.writeBoolean(i != null);
            if (i != null) {
                data.writeInt(i);
            }
        }
    }

    /** The reading side: the shared values' tables over the file's buffered reading. */
    private static final class In extends BinaryInput {
        private final List<String> texts = new ArrayList<>();
        private final List<DocumentId> ids = new ArrayList<>();
        private final List<PageRef> pages = new ArrayList<>();
        private final Map<Integer, Integer> numbers = new HashMap<>();

        In(InputStream stream, long size) {
            super(stream, size);
        }

        private static final int NONE = -1;
        private static final int UNSHARED = -2;

        /** The number of a shared value: NONE, UNSHARED, or the size of the table for a new one. */
        private int reference(List<?> table) throws IOException {
            int ref = count();
            if (ref <= 2) {
                return ref == 0 ? NONE : ref == 1 ? table.size() : UNSHARED;
            }
            if (ref - 3 >= table.size()) {
                throw new EOFException("a value not given before");
            }
            return ref - 3;
        }

        String text() throws IOException {
            int ref = reference(texts);
            if (ref == NONE) {
                return null;
            }
            if (ref >= 0 && ref < texts.size()) {
                return texts.get(ref);
            }
            String s = utf8();
            if (ref >= 0) {
                texts.add(s);
            }
            return s;
        }

        DocumentId id() throws IOException {
            int ref = reference(ids);
            if (ref == NONE) {
                return null;
            }
            if (ref == UNSHARED) {
                throw new EOFException("an identifier not shared");
            }
            if (ref < ids.size()) {
                return ids.get(ref);
            }
            DocumentId id = DocumentId.parse(text());
            ids.add(id);
            return id;
        }

        PageRef page() throws IOException {
            int ref = reference(pages);
            if (ref == NONE) {
                return null;
            }
            if (ref == UNSHARED) {
                throw new EOFException("a page not shared");
            }
            if (ref < pages.size()) {
                return pages.get(ref);
            }
            PageRef page = new PageRef(text(), number());
            pages.add(page);
            return page;
        }

        Integer number() throws IOException {
            if (!bool()) {
                return null;
            }
            Integer n = int32();
            Integer known = numbers.putIfAbsent(n, n);
            return known != null ? known : n;
        }

    }
}
