package org.magicref.records;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
 * parse), read in a fraction of the time its JSON would take. Any file that is not whole and of
 * this form is refused, and the journal is replayed instead.
 */
final class SnapshotFile {
    static final String NAME = "catalogue.bin";
    private static final int MAGIC = 0x4D524632; // "MRF2"

    private SnapshotFile() {
    }

    static void write(Path file, Catalogue c, List<String> problems) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(c.works().size());
            for (Work w : c.works()) {
                text(out, w.id()); text(out, w.author()); text(out, w.title()); text(out, w.degree()); text(out, w.institution());
                out.writeInt(w.year()); text(out, w.doi());
            }
            out.writeInt(c.publications().size());
            for (Publication p : c.publications()) {
                text(out, p.id()); text(out, p.title()); number(out, p.part()); text(out, p.partTitle()); text(out, p.place());
                text(out, p.publisher()); out.writeInt(p.year()); text(out, p.medium()); text(out, p.archive());
                text(out, p.archivePlace()); text(out, p.collection()); out.writeBoolean(p.frames());
            }
            out.writeInt(c.documents().size());
            for (Document d : c.documents()) {
                text(out, d.id().toString()); text(out, d.title()); text(out, d.date()); text(out, d.publication());
                number(out, d.reel()); text(out, d.bibliography());
                Origin o = c.origin(d.id());
                out.writeInt(o.kind().ordinal()); text(out, o.detail());
            }
            out.writeInt(c.citations().size());
            for (Citation x : c.citations()) {
                text(out, x.work()); text(out, x.chapter()); out.writeInt(x.note()); text(out, x.document().toString());
                text(out, x.cited()); text(out, x.title()); text(out, x.date()); text(out, x.pages());
                out.writeInt(x.pageRefs().size());
                for (PageRef r : x.pageRefs()) {
                    text(out, r.page()); number(out, r.part());
                }
                number(out, x.reel());
                out.writeInt(x.frames().size());
                for (int f : x.frames()) {
                    out.writeInt(f);
                }
                out.writeBoolean(x.ibid()); text(out, x.noteText()); text(out, x.passage()); number(out, x.paragraph());
                text(out, x.context());
            }
            out.writeInt(c.marks().size());
            for (Mark m : c.marks()) {
                text(out, m.publication()); out.writeInt(m.reel()); out.writeInt(m.frame()); text(out, m.document().toString());
                text(out, m.page()); text(out, m.observed()); text(out, m.comment()); out.writeBoolean(m.forced());
            }
            out.writeInt(problems.size());
            for (String p : problems) {
                text(out, p);
            }
            out.writeInt(MAGIC);
        }
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, bytes.toByteArray());
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The catalogue and problems in the file, or null where it is not whole and of this form. */
    static Snapshot.Held read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    /** The catalogue and problems in these bytes, or null where they are not whole and of this form. */
    static Snapshot.Held read(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) {
                return null;
            }
            List<Work> works = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                works.add(new Work(text(in), text(in), text(in), text(in), text(in), in.readInt(), text(in)));
            }
            List<Publication> publications = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                publications.add(new Publication(text(in), text(in), number(in), text(in), text(in), text(in), in.readInt(),
                        text(in), text(in), text(in), text(in), in.readBoolean()));
            }
            List<Document> documents = new ArrayList<>();
            Map<DocumentId, Origin> origins = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                Document d = new Document(DocumentId.parse(text(in)), text(in), text(in), text(in), number(in), text(in));
                documents.add(d);
                origins.put(d.id(), new Origin(Origin.Kind.values()[in.readInt()], text(in)));
            }
            List<Citation> citations = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String work = text(in);
                String chapter = text(in);
                int note = in.readInt();
                DocumentId document = DocumentId.parse(text(in));
                String cited = text(in);
                String title = text(in);
                String date = text(in);
                String pages = text(in);
                List<PageRef> refs = new ArrayList<>();
                for (int k = in.readInt(); k > 0; k--) {
                    refs.add(new PageRef(text(in), number(in)));
                }
                Integer reel = number(in);
                List<Integer> frames = new ArrayList<>();
                for (int k = in.readInt(); k > 0; k--) {
                    frames.add(in.readInt());
                }
                citations.add(new Citation(work, chapter, note, document, cited, title, date, pages, refs, reel, frames,
                        in.readBoolean(), text(in), text(in), number(in), text(in)));
            }
            List<Mark> marks = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                marks.add(new Mark(text(in), in.readInt(), in.readInt(), DocumentId.parse(text(in)), text(in), text(in), text(in),
                        in.readBoolean()));
            }
            List<String> problems = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                problems.add(text(in));
            }
            if (in.readInt() != MAGIC) {
                return null;
            }
            return new Snapshot.Held(new Catalogue(works, publications, documents, citations, marks, origins), problems);
        } catch (java.io.EOFException | IllegalArgumentException | NullPointerException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        if (n > in.available()) {
            throw new java.io.EOFException("a text longer than what is left");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void number(DataOutputStream out, Integer i) throws IOException {
        out.writeBoolean(i != null);
        if (i != null) {
            out.writeInt(i);
        }
    }

    private static Integer number(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readInt() : null;
    }
}
