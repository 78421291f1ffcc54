package org.magicref.records;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.CitationsByDocument;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;
import org.magicref.domain.Publication;
import org.magicref.domain.Work;

/**
 * The catalogue as files: {@code works.json}, {@code publications.json}, {@code documents.json} and
 * {@code citations.json} in one folder, each a pretty-printed JSON array with a trailing newline.
 * The bundled catalogue is the same files inside the jar under {@code /records}.
 */
public final class CatalogueStore {
    public static final String WORKS = "works.json";
    public static final String PUBLICATIONS = "publications.json";
    public static final String DOCUMENTS = "documents.json";
    public static final String CITATIONS = "citations.json";
    public static final List<String> FILES = List.of(WORKS, PUBLICATIONS, DOCUMENTS, CITATIONS);

    private static final String BUNDLED = "/records/";

    private CatalogueStore() {
    }

    /** Reads and checks the catalogue in a folder. */
    public static Catalogue read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UncheckedIOException(new NoSuchFileException(dir + " (no such catalogue folder)"));
        }
        return read(dir.toString(), false, name -> {
            Path file = current(dir, name);
            if (!Files.isRegularFile(file)) {
                throw new InvalidCatalogueException(dir.toString(), List.of(file + ": " + whyNotAFile(file)));
            }
            return Files.newInputStream(file);
        });
    }

    /** Why a path that should name a records file does not: missing, a folder, a device, a link that loops. */
    static String whyNotAFile(Path file) {
        if (Files.isSymbolicLink(file)) {
            try {
                file.toRealPath();
            } catch (IOException e) {
                return Files.exists(file) ? "a symbolic link that cannot be followed" : "a symbolic link to nothing, or one that loops";
            }
        }
        if (!Files.exists(file)) {
            return "missing";
        }
        return Files.isDirectory(file) ? "a folder, not a records file" : "not a regular file (a device, a pipe or a socket)";
    }

    /**
     * What tells one state of a catalogue's records from another: the size and time of each file; for
     * the bundled records (a null folder), the jar's size and time, or each file's size and checksum.
     */
    public static String identity(Path dir) throws IOException {
        if (dir == null) {
            Path jar = codeSource();
            if (jar != null && Files.isRegularFile(jar)) {
                // the jar's size and time change with every build that could change the records in it
                return "bundled " + jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
            }
        }
        StringBuilder s = new StringBuilder(dir == null ? "bundled" : dir.toString());
        for (String name : FILES) {
            if (dir == null) {
                try (InputStream in = java.util.Objects.requireNonNull(CatalogueStore.class.getResourceAsStream(BUNDLED + name),
                        "bundled records missing")) {
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    byte[] bytes = in.readAllBytes();
                    crc.update(bytes);
                    s.append(' ').append(bytes.length).append(' ').append(crc.getValue());
                }
            } else {
                Path file = dir.resolve(name);
                s.append(' ').append(Files.size(file)).append(' ').append(Files.getLastModifiedTime(file).toMillis());
            }
        }
        return s.toString();
    }

    /** The jar (or classes folder) this code was loaded from, or null where it cannot be told. */
    private static Path codeSource() {
        try {
            java.security.CodeSource source = CatalogueStore.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    /**
     * "DIR (sha256 0123456789ab)": where a catalogue is (the bundled records for a null folder) and
     * a digest of its records, so that two runs can tell whether they read the same catalogue.
     */
    public static String describe(Path dir) throws IOException {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String name : FILES) {
            try (InputStream in = dir == null ? CatalogueStore.class.getResourceAsStream(BUNDLED + name)
                    : Files.newInputStream(dir.resolve(name))) {
                if (in == null) {
                    return "bundled records missing from the jar";
                }
                sha.update(in.readAllBytes());
            }
        }
        String digest = java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        return (dir == null ? "bundled records" : dir.toString()) + " (sha256 " + digest + ")";
    }

    /**
     * Reads the catalogue bundled in the jar: from the binary snapshot of its records that the build
     * writes beside them ({@link BundledSnapshot}), which a lookup reads in half the time of the
     * JSON, else from the records themselves.
     */
    public static Catalogue readBundled() {
        try (InputStream in = CatalogueStore.class.getResourceAsStream(BUNDLED + SnapshotFile.NAME)) {
            Snapshot.Held held = in == null ? null : SnapshotFile.read(in.readAllBytes());
            if (held != null) {
                return held.catalogue();
            }
        } catch (IOException e) {
            // read the records instead
        }
        return readBundledRecords();
    }

    /**
     * Reads the records bundled in the jar. They were checked when the jar was built (the tests
     * validate them), so the cross-checks that a folder of hand-edited records needs are skipped:
     * they would cost every lookup more than the lookup itself.
     */
    static Catalogue readBundledRecords() {
        return read("(bundled)", true, name -> {
            InputStream in = CatalogueStore.class.getResourceAsStream(BUNDLED + name);
            if (in == null) {
                throw new InvalidCatalogueException("(bundled)", List.of(name + ": missing from the jar"));
            }
            return in;
        });
    }

    /** The files' contents, by file name, exactly as {@link #write} puts them on disk. */
    public static Map<String, String> render(Catalogue catalogue) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(WORKS, RecordsJson.pretty(catalogue.works()));
        files.put(PUBLICATIONS, RecordsJson.pretty(catalogue.publications()));
        files.put(DOCUMENTS, RecordsJson.pretty(catalogue.documents()));
        files.put(CITATIONS, RecordsJson.pretty(catalogue.citations()));
        return files;
    }

    /**
     * Writes the catalogue into a folder. Refuses to replace existing records unless {@code force}
     * is given; each file is written beside its target and moved into place, so an interrupted
     * run leaves the old file whole.
     */
    public static void write(Catalogue catalogue, Path dir, boolean force) throws IOException {
        Map<String, List<?>> files = new LinkedHashMap<>();
        files.put(WORKS, catalogue.works());
        files.put(PUBLICATIONS, catalogue.publications());
        files.put(DOCUMENTS, catalogue.documents());
        files.put(CITATIONS, catalogue.citations());
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new java.nio.file.FileSystemException(dir.toString(), null, "is a file, not a folder");
        }
        try (FolderLock lock = FolderLock.take(dir)) {
            finishCommit(dir);
            if (!force) {
                for (String name : files.keySet()) {
                    if (Files.exists(dir.resolve(name))) {
                        throw new FileAlreadyExistsException(dir.resolve(name).toString(), null,
                                "records exist; give --force to replace them");
                    }
                }
            }
            // the four files change as one: each new one is written whole beside the old, then the
            // commit file says they are all there, then they take the old ones' places
            for (Map.Entry<String, List<?>> e : files.entrySet()) {
                writeAtomically(dir.resolve(e.getKey() + NEW), w -> {
                    RecordsJson.prettyWriter().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                            .writeValue(w, e.getValue());
                    w.write('\n');
                });
            }
            writeAtomically(dir.resolve(COMMIT), String.join("\n", files.keySet()) + "\n");
            finishCommit(dir);
        }
    }

    /** The file that, while it exists, says the ".new" records beside it are the catalogue. */
    static final String COMMIT = ".magicref-commit";
    static final String NEW = ".new";

    /**
     * Completes a change of the records that was interrupted after its commit point (the new files
     * take their places), or removes the new files of one interrupted before it (the old stay).
     */
    private static void finishCommit(Path dir) throws IOException {
        boolean committed = Files.exists(dir.resolve(COMMIT));
        for (String name : FILES) {
            Path fresh = dir.resolve(name + NEW);
            if (committed && Files.exists(fresh)) {
                Files.move(fresh, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(fresh);
            }
        }
        Files.deleteIfExists(dir.resolve(COMMIT));
    }

    /** The file that holds a record file's content now: its new version where a change was committed but not finished. */
    static Path current(Path dir, String name) {
        Path fresh = dir.resolve(name + NEW);
        return Files.exists(dir.resolve(COMMIT)) && Files.exists(fresh) ? fresh : dir.resolve(name);
    }

    /** Writes text beside the target, then moves it into place in one step. */
    public static void writeAtomically(Path target, String text) throws IOException {
        writeAtomically(target, w -> w.write(text));
    }

    /** What writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /**
     * Writes beside the target, then moves the file into place in one step: if the writing fails
     * or is interrupted, the target is left as it was and the partial file is removed.
     */
    public static void writeAtomically(Path target, Content content) throws IOException {
        Path file = regularTarget(target);
        Path parent = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            throw new NoSuchFileException(parent.toString(), null, "no such folder");
        }
        removeStaleTemporaries(file);
        Path tmp;
        try {
            tmp = Files.createTempFile(parent, "." + file.getFileName() + "." + ProcessHandle.current().pid() + ".", TMP);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new java.nio.file.AccessDeniedException(target.toString(), null, "permission denied (cannot write in " + parent + ")");
        }
        tmp.toFile().deleteOnExit();
        try {
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE);
                 Writer w = new java.io.BufferedWriter(java.nio.channels.Channels.newWriter(ch, StandardCharsets.UTF_8))) {
                content.writeTo(w);
                w.flush();
                ch.force(true);
            }
            keepPermissions(file, tmp);
            target = file;
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The ending of the temporary files a write leaves only if the process is killed. */
    static final String TMP = ".magicref-tmp";

    /**
     * The file to write for a target: the target, or the file a symbolic link at it names.
     *
     * @throws java.nio.file.FileSystemException for anything but a regular file (a device, a folder, a pipe)
     */
    static Path regularTarget(Path target) throws IOException {
        if (target.toString().isEmpty()) {
            throw new java.nio.file.FileSystemException("''", null, "an empty path names no file");
        }
        Path file = target;
        if (Files.isSymbolicLink(target)) {
            try {
                file = target.toRealPath();
            } catch (IOException e) {
                throw new java.nio.file.FileSystemException(target.toString(), null, "a symbolic link that cannot be followed");
            }
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new java.nio.file.FileSystemException(target.toString(), null,
                    "not a regular file; magicref writes only to regular files (use '-' for standard output)");
        }
        return file;
    }

    /** Removes what writes to this file left when their process was killed. */
    private static void removeStaleTemporaries(Path file) {
        String prefix = "." + file.getFileName() + ".";
        try (var siblings = Files.list(file.toAbsolutePath().getParent())) {
            siblings.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(TMP))
                    .filter(p -> {
                        String pid = p.getFileName().toString().substring(prefix.length()).replaceFirst("\\..*$", "");
                        return pid.matches("\\d{1,10}") && ProcessHandle.of(Long.parseLong(pid)).isEmpty();
                    })
                    .forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // nothing left behind can be listed: nothing to remove
        }
    }

    /** Gives the new file the old one's permissions, or rw-r--r-- for a new file (where POSIX). */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open(String name) throws IOException;
    }

    private static Catalogue read(String source, boolean trusted, Opener opener) {
        Catalogue fast = readFast(source, opener, trusted);
        if (fast != null) {
            return fast;
        }
        List<String> problems = new ArrayList<>();
        Unread unread = new Unread(new HashSet<>(), new HashSet<>());
        List<Work> works = readList(source, opener, WORKS, Work.class, problems, unread);
        List<Publication> publications = readList(source, opener, PUBLICATIONS, Publication.class, problems, unread);
        List<Document> documents = readList(source, opener, DOCUMENTS, Document.class, problems, unread);
        List<Citation> citations = readList(source, opener, CITATIONS, Citation.class, problems, unread);
        // a reference to a record that could not be read is not a second problem: leave those out
        RecordChecks.check(works, publications, documents, citations).stream().filter(p -> !unread.explains(p)).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(source, problems);
        }
        return new Catalogue(works, publications, documents, citations);
    }

    /**
     * The catalogue read with the streaming reader, or null when any file is not in the shape it
     * knows or the records contradict each other: the slow path then names every problem.
     */
    private static Catalogue readFast(String source, Opener opener, boolean trusted) {
        try {
            // one reader for the four files: a citation's document is then the very object documents.json gave
            FastReader reader = new FastReader();
            List<Work> works = fastList(source, opener, reader, WORKS, FastReader::work);
            List<Publication> publications = fastList(source, opener, reader, PUBLICATIONS, FastReader::publication);
            List<Document> documents = fastList(source, opener, reader, DOCUMENTS, FastReader::document);
            if (trusted) {
                return new Catalogue(works, publications, documents, fastList(source, opener, reader, CITATIONS, FastReader::citation));
            }
            RecordChecks checks = new RecordChecks(works, publications, documents);
            CitationsByDocument grouped = new CitationsByDocument();
            try (HandOver<Citation> beside = new HandOver<>(c -> {
                checks.check(c);
                grouped.add(c);
            })) {
                List<Citation> citations = fastList(source, opener, reader, CITATIONS, FastReader::citation, beside::add);
                beside.finish();
                return checks.problems().isEmpty() ? new Catalogue(works, publications, documents, citations, grouped) : null;
            }
        } catch (FastReader.NotFast e) {
            return null;
        }
    }

    private static <T> List<T> fastList(String source, Opener opener, FastReader reader, String name,
                                        FastReader.Element<T> element) throws FastReader.NotFast {
        return fastList(source, opener, reader, name, element, null);
    }

    /** The records of a file, each also handed to {@code each} as it is read (null: none). */
    private static <T> List<T> fastList(String source, Opener opener, FastReader reader, String name,
                                        FastReader.Element<T> element, Consumer<? super T> each) throws FastReader.NotFast {
        try (InputStream in = opener.open(name)) {
            return reader.list(in, element, each);
        } catch (java.io.CharConversionException notText) {
            throw new FastReader.NotFast("not text in an encoding JSON allows");
        } catch (IOException e) {
            throw new UncheckedIOException(source + "/" + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * What could not be read: files not read at all, and the identifiers of records that could not be.
     */
    private record Unread(Set<String> files, Set<String> ids) {
        /** Whether a cross-check's problem only repeats that a record could not be read. */
        boolean explains(String problem) {
            return files.stream().anyMatch(f -> problem.contains("unknown " + f.replace("s.json", ""))
                    || problem.contains(f + " does not hold"))
                    || ids.stream().anyMatch(id -> problem.contains("'" + id + "'") || problem.contains(" cites " + id + ","));
        }
    }

    private static <T> List<T> readList(String source, Opener opener, String name, Class<T> type, List<String> problems,
                                        Unread unread) {
        JavaType listType = RecordsJson.mapper().getTypeFactory().constructCollectionType(List.class, type);
        try (InputStream in = opener.open(name); JsonParser p = RecordsJson.mapper().createParser(in)) {
            List<T> values = RecordsJson.mapper().readValue(p, listType);
            if (values == null) {
                problems.add(name + ": expected a JSON array, found null");
                return List.of();
            }
            if (!values.contains(null) && p.nextToken() == null) {
                return values;
            }
        } catch (JsonProcessingException | java.io.CharConversionException e) {
            // read again, element by element, to name every bad record rather than the first
        } catch (IOException e) {
            throw new UncheckedIOException(source + "/" + name + ": " + e.getMessage(), e);
        }
        return readEach(source, opener, name, type, problems, unread);
    }

    /** Reads a file one element at a time, collecting a problem for each element that does not fit. */
    private static <T> List<T> readEach(String source, Opener opener, String name, Class<T> type, List<String> problems,
                                        Unread unread) {
        List<T> out = new ArrayList<>();
        try (InputStream in = opener.open(name); JsonParser p = RecordsJson.mapper().createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                problems.add(name + ":1:1: expected a JSON array of records");
                unread.files().add(name);
                return List.of();
            }
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                if (p.currentToken() == null) {
                    problems.add(name + ": the array is not closed");
                    break;
                }
                JsonLocation at = p.currentTokenLocation();
                TreeNode node = p.readValueAsTree();
                String where = name + ":" + at.getLineNr() + ":" + at.getColumnNr() + " at $[" + i + "]";
                try {
                    T value = RecordsJson.mapper().treeToValue(node, type);
                    if (value == null) {
                        problems.add(where + ": null where a record was expected");
                    } else {
                        out.add(value);
                    }
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    problems.add(where + pathOf(e) + ": " + reason(e));
                    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o && o.get("id") != null
                            && o.get("id").isTextual()) {
                        String id = o.get("id").asText();
                        unread.ids().add(id);
                        try {
                            unread.ids().add(DocumentId.parse(id).toString());
                        } catch (IllegalArgumentException notAnIdentifier) {
                            // a work's or publication's id: kept as written
                        }
                    }
                }
            }
            if (p.currentToken() == JsonToken.END_ARRAY) {
                JsonLocation end = p.currentTokenLocation();
                boolean more;
                try {
                    more = p.nextToken() != null;
                } catch (JsonProcessingException e) {
                    more = true;
                }
                if (more) {
                    problems.add(name + ":" + end.getLineNr() + ":" + (end.getColumnNr() + 1)
                            + ": content after the array of records");
                }
            }
        } catch (JsonProcessingException e) {
            problems.add(describe(name, e));
            unread.files().add(name);
        } catch (java.io.CharConversionException e) {
            // Jackson's guess of the encoding from the first bytes (UTF-16, UTF-32) that the rest belies
            problems.add(name + ": not JSON text (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
            unread.files().add(name);
        } catch (IOException e) {
            throw new UncheckedIOException(source + "/" + name + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static String pathOf(Exception e) {
        return e instanceof JsonMappingException m && !m.getPath().isEmpty() ? path(m.getPath()).substring(1) : "";
    }

    /** What is wrong with a record, in words: a missing field, a wrong value, an unknown field. */
    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof NullPointerException npe && npe.getMessage() != null && npe.getMessage().matches("\\w+")) {
            return "missing field '" + npe.getMessage() + "'";
        }
        if (root instanceof IllegalArgumentException && root != e) {
            return root.getMessage();
        }
        String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        int nl = msg.indexOf('\n');
        msg = nl > 0 ? msg.substring(0, nl) : msg;
        return msg.replaceAll(" \\(class [^)]*\\)", "").replaceAll("`org\\.magicref\\.domain\\.", "`");
    }

    /** "documents.json:12:5 at [3].id: message", from Jackson's location and path. */
    static String describe(String name, JsonProcessingException e) {
        StringBuilder s = new StringBuilder(name);
        JsonLocation loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
            s.append(':').append(loc.getLineNr()).append(':').append(loc.getColumnNr());
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            s.append(" at ").append(path(m.getPath()));
        }
        String msg = e.getOriginalMessage();
        int nl = msg.indexOf('\n');
        msg = nl > 0 ? msg.substring(0, nl) : msg;
        // the parser quotes the text it could not read: that may be another file's first word (a link
        // to a secret), so it is not repeated
        msg = msg.replaceAll("^Unrecognized token '.*?': was expecting", "text that is not JSON; expected")
                .replaceAll("^Unexpected character \\('.*?' \\(code \\d+\\)\\)", "an unexpected character");
        return s.append(": ").append(msg).toString();
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder s = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                s.append('.').append(r.getFieldName());
            }
        }
        return s.toString();
    }
}
