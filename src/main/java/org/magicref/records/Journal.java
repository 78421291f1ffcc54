package org.magicref.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.magicref.notebook.Change;

/**
 * The user's changes, one JSON object a line in {@code journal.jsonl}, only ever appended to. A
 * change is written whole and forced to the disk before the command returns; writers take a lock,
 * so two commands writing at once are written one after the other (or the second is refused after
 * a wait); a line left half written by a crash is reported with its number and the rest is read.
 */
public final class Journal {
    public static final String FILE = "journal.jsonl";
    static final String LOCK = ".journal.lock";
    /** The longest a writer waits for another to finish. */
    static final long WAIT_MILLIS = 10_000;
    /** No journal line is longer: a longer one is damaged. */
    static final int MAX_LINE = 1 << 20;

    private static final JsonFactory JSON = new JsonFactory();
    /** Writers in this process (a shell, the tests), which a file lock does not keep apart. */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path dir;

    public Journal(Path dir) {
        this.dir = dir;
    }

    public Path file() {
        return dir.resolve(FILE);
    }

    /** The changes, in order, and the lines that could not be read. */
    public record Read(List<Change> changes, List<String> problems) { }

    /** Reads the journal; a missing one is empty. */
    public Read read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file());
        } catch (NoSuchFileException e) {
            return new Read(List.of(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(file() + ": " + e.getMessage(), e);
        }
        List<Change> changes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String text = new String(bytes, StandardCharsets.UTF_8);
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                changes.add(parse(line, number));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(file() + " line " + number + ": damaged, skipped (" + reason(e) + ")");
            }
        }
        return new Read(changes, problems);
    }

    /**
     * Adds a change: under the lock, reads the journal, asks {@code make} for the change to add given
     * what is there, and appends it durably.
     *
     * @throws JournalBusyException when another writer holds the lock for longer than the wait
     */
    public Change append(Function<List<Change>, Change> make) throws IOException {
        return append(make, read -> { });
    }

    /** What to do with the journal just written, while its lock is still held. */
    @FunctionalInterface
    public interface AfterWrite {
        void accept(Read journal) throws IOException;
    }

    /**
     * Adds a change as {@link #append(Function)} does, then hands the journal as it now stands to
     * {@code then} before the lock is released (to keep a snapshot that no other writer can race).
     */
    public Change append(Function<List<Change>, Change> make, AfterWrite then) throws IOException {
        Files.createDirectories(dir);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(dir.toAbsolutePath().normalize(), k -> new ReentrantLock());
        try {
            if (!local.tryLock(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new JournalBusyException(dir);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JournalBusyException(dir);
        }
        try (FileChannel lockFile = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lock(lockFile)) {
            Change change = make.apply(read().changes());
            write(change);
            then.accept(read());
            return change;
        } finally {
            local.unlock();
        }
    }

    /** Something done with the journal locked. */
    @FunctionalInterface
    public interface Locked {
        void run() throws IOException;
    }

    /**
     * Does something while no writer can change the journal, if its lock can be had at once; else
     * does nothing (a reader never waits for a writer).
     *
     * @return whether it was done
     */
    public boolean ifUnlocked(Locked action) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        ReentrantLock local = IN_PROCESS.computeIfAbsent(dir.toAbsolutePath().normalize(), k -> new ReentrantLock());
        if (!local.tryLock()) {
            return false;
        }
        try (FileChannel lockFile = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = lockFile.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                return false;
            }
            if (lock == null) {
                return false;
            }
            try (lock) {
                action.run();
                return true;
            }
        } finally {
            local.unlock();
        }
    }

    private FileLock lock(FileChannel channel) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw new JournalBusyException(dir);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JournalBusyException(dir);
            }
        }
    }

    /** Appends one line (after a newline where a torn line was left) and forces it to the disk. */
    private void write(Change change) throws IOException {
        try (FileChannel ch = FileChannel.open(file(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ)) {
            String line = format(change) + "\n";
            if (ch.size() > 0) {
                ByteBuffer last = ByteBuffer.allocate(1);
                ch.read(last, ch.size() - 1);
                if (last.get(0) != '\n') {
                    line = "\n" + line;
                }
            }
            ByteBuffer buffer = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            long at = ch.size();
            while (buffer.hasRemaining()) {
                at += ch.write(buffer, at);
            }
            ch.force(true);
        }
    }

    static String format(Change c) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("seq", c.seq());
            g.writeStringField("at", c.at());
            g.writeStringField("kind", c.kind());
            writeMap(g, "fields", c.fields());
            writeMap(g, "before", c.before());
            g.writeEndObject();
        }
        return out.toString();
    }

    private static void writeMap(JsonGenerator g, String name, Map<String, String> map) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : map.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    static Change parse(String line, int number) throws IOException {
        if (line.length() > MAX_LINE) {
            throw new IllegalArgumentException("longer than " + MAX_LINE + " characters");
        }
        try (JsonParser p = JSON.createParser(line)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            Integer seq = null;
            String at = null;
            String kind = null;
            Map<String, String> fields = Map.of();
            Map<String, String> before = Map.of();
            String name;
            while ((name = p.nextFieldName()) != null) {
                switch (name) {
                    case "seq" -> {
                        expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
                        seq = p.getIntValue();
                    }
                    case "at" -> at = p.nextTextValue();
                    case "kind" -> kind = p.nextTextValue();
                    case "fields" -> fields = readMap(p);
                    case "before" -> before = readMap(p);
                    default -> throw new IllegalArgumentException("unknown field '" + name + "'");
                }
            }
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("more after the change");
            }
            if (seq == null || seq < 1 || at == null || kind == null) {
                throw new IllegalArgumentException("seq, at and kind are needed");
            }
            return new Change(seq, at, kind, fields, before, number);
        }
    }

    private static Map<String, String> readMap(JsonParser p) throws IOException {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        Map<String, String> out = new LinkedHashMap<>();
        String name;
        while ((name = p.nextFieldName()) != null) {
            String value = p.nextTextValue();
            if (value == null && p.currentToken() != JsonToken.VALUE_NULL) {
                throw new IllegalArgumentException("'" + name + "' is not text");
            }
            out.put(name, value);
        }
        return out;
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalArgumentException("expected " + expected + ", found " + actual);
        }
    }

    private static String reason(Exception e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        m = m == null ? e.toString() : m.lines().findFirst().orElse(m);
        return m.length() > 80 ? m.substring(0, 77) + "..." : m;
    }
}
