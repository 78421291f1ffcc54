package org.magicref.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.magicref.domain.Catalogue;
import org.magicref.notebook.Change;
import org.magicref.notebook.Notebook;

/**
 * Where commands get their catalogue: a folder named with {@code --records}, else the folder in
 * {@code MAGICREF_RECORDS}, else the catalogue bundled in the jar; with the user's own changes
 * (the journal in the user's folder, or in the named catalogue folder) replayed over it. Each is
 * loaded once and kept until a change is written, so that a shell answers every later question
 * without reading the records again.
 */
public final class CatalogueSource {
    public static final String ENV = "MAGICREF_RECORDS";
    /** A fixed time for the changes written (ISO instant), for reproducible examples. */
    public static final String NOW_ENV = "MAGICREF_NOW";

    /** A catalogue as loaded: the user's changes over the records, and what of them could not be read or applied. */
    private record Loaded(Catalogue catalogue, List<String> problems) { }

    private final Supplier<Catalogue> bundled;
    private final Function<Path, Catalogue> reader;
    private final Function<String, String> env;
    private final Map<Optional<Path>, Catalogue> bases = new HashMap<>();
    private final Map<Optional<Path>, Loaded> loaded = new HashMap<>();
    private final Set<String> reported = new HashSet<>();

    public CatalogueSource(Supplier<Catalogue> bundled, Function<Path, Catalogue> reader, Function<String, String> env) {
        this.bundled = bundled;
        this.reader = reader;
        this.env = env;
    }

    /**
     * The source the tool uses: records on disk (a large folder from the copy kept in the user's
     * cache, {@link KeptRecords}) or in the jar, and the process environment.
     */
    public static CatalogueSource standard() {
        Function<Path, Catalogue> reader = UserFolder.cache(System::getenv).map(KeptRecords::new)
                .<Function<Path, Catalogue>>map(kept -> kept::read).orElse(CatalogueStore::read);
        return new CatalogueSource(CatalogueStore::readBundled, reader, System::getenv);
    }

    /** A source that always answers with the given catalogue (for tests and embedding). */
    public static CatalogueSource of(Catalogue catalogue) {
        return new CatalogueSource(() -> catalogue, dir -> catalogue, name -> null);
    }

    /** The catalogue in the folder (the default one when the folder is null), with the user's changes. */
    public synchronized Catalogue get(Path records) {
        return load(records).catalogue();
    }

    /** What could not be read or applied of the user's changes to that catalogue. */
    public synchronized List<String> problems(Path records) {
        return load(records).problems();
    }

    /** The problems of that catalogue not yet reported by an earlier command (a shell says each once). */
    public synchronized List<String> unreported(Path records) {
        return load(records).problems().stream().filter(reported::add).toList();
    }

    /** The folder whose journal holds the user's changes to that catalogue, if there is one. */
    public Optional<Path> journalFolder(Path records) {
        Optional<Path> dir = chosen(records);
        return dir.isPresent() ? dir : UserFolder.resolve(env);
    }

    /** The user's changes to that catalogue, as the journal holds them. */
    public Journal.Read journal(Path records) {
        return journalFolder(records).map(d -> new Journal(d).read()).orElse(new Journal.Read(List.of(), List.of()));
    }

    /**
     * Checks a change against the catalogue as it stands and writes it to the journal.
     *
     * @throws IOException where there is no folder for the journal, or it cannot be written
     */
    public synchronized Change record(Path records, String kind, Map<String, String> fields) throws IOException {
        Path folder = journalFolder(records).orElseThrow(() -> new IOException(
                "no folder for your additions: set " + UserFolder.HOME_ENV + " (or HOME)"));
        Catalogue base = base(records);
        String now = Optional.ofNullable(env.apply(NOW_ENV)).filter(s -> !s.isBlank())
                .orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        Journal journal = new Journal(folder);
        Change written = journal.append(changes -> Notebook.record(base, changes, kind, fields, now), read -> {
            Loaded l = replay(base, read);
            new Snapshot(folder).write(Snapshot.key(journal.file(), CatalogueStore.identity(chosen(records).orElse(null))),
                    l.catalogue(), l.problems());
        });
        loaded.remove(chosen(records));
        return written;
    }

    private Optional<Path> chosen(Path records) {
        if (records != null) {
            return Optional.of(records.toAbsolutePath().normalize());
        }
        String fromEnv = env.apply(ENV);
        return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(Path.of(fromEnv).toAbsolutePath().normalize());
    }

    private Catalogue base(Path records) {
        return bases.computeIfAbsent(chosen(records), d -> d.isEmpty() ? bundled.get() : reader.apply(d.get()));
    }

    /**
     * The records with the user's changes: from the snapshot the last change left, where it was
     * made from this journal and these records, else by replaying the journal.
     */
    private Loaded load(Path records) {
        Optional<Path> dir = chosen(records);
        Loaded done = loaded.get(dir);
        if (done != null) {
            return done;
        }
        Optional<Path> folder = journalFolder(records);
        Path file = folder.map(f -> new Journal(f).file()).orElse(null);
        Loaded l = null;
        if (file == null || !Files.isRegularFile(file)) {
            l = new Loaded(base(records), List.of());
        } else {
            try {
                String key = Snapshot.key(file, CatalogueStore.identity(dir.orElse(null)));
                l = new Snapshot(folder.get()).read(key).map(h -> new Loaded(h.catalogue(), h.problems())).orElse(null);
            } catch (IOException e) {
                // no snapshot to trust: replay the journal
            }
            if (l == null) {
                l = replayAndKeep(records, folder.get(), file);
            }
        }
        loaded.put(dir, l);
        return l;
    }

    /**
     * Replays the journal, and keeps a snapshot of the result for the next lookup (a new jar or
     * changed records set the old one aside), if no writer holds the journal and it has not
     * changed since it was read; a snapshot that cannot be written is no loss.
     */
    private Loaded replayAndKeep(Path records, Path folder, Path file) {
        Loaded l = replay(base(records), new Journal(folder).read());
        try {
            String key = Snapshot.key(file, CatalogueStore.identity(chosen(records).orElse(null)));
            new Journal(folder).ifUnlocked(() -> {
                if (key.equals(Snapshot.key(file, CatalogueStore.identity(chosen(records).orElse(null))))) {
                    new Snapshot(folder).write(key, l.catalogue(), l.problems());
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // no snapshot kept: the next lookup replays the journal again
        }
        return l;
    }

    private static Loaded replay(Catalogue base, Journal.Read journal) {
        if (journal.changes().isEmpty() && journal.problems().isEmpty()) {
            return new Loaded(base, List.of());
        }
        Notebook.Replayed replayed = Notebook.replay(base, journal.changes());
        List<String> problems = new ArrayList<>(journal.problems());
        problems.addAll(replayed.problems());
        return new Loaded(replayed.catalogue(), List.copyOf(problems));
    }
}
