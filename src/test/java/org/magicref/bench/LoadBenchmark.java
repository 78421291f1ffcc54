package org.magicref.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.magicref.domain.Catalogue;
import org.magicref.domain.SearchIndex;
import org.magicref.records.CatalogueStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/** Loading a catalogue (bundled, and synthetic ones on disk) and building its search index. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark extends BenchmarkRuns {
    @Param({"1000", "10000"})
    int citations;

    Path dir;
    Catalogue loaded;

    @Setup
    public void write() throws IOException {
        dir = Path.of("target", "bench-catalogues", String.valueOf(citations));
        if (!Files.exists(dir.resolve(CatalogueStore.CITATIONS))) {
            CatalogueStore.write(SyntheticCatalogue.make(citations, 1945), dir, true);
        }
        loaded = CatalogueStore.read(dir);
    }

    @Benchmark
    public Catalogue loadBundled() {
        return CatalogueStore.readBundled();
    }

    @Benchmark
    public Catalogue loadSynthetic() {
        return CatalogueStore.read(dir);
    }

    @Benchmark
    public SearchIndex buildIndex() {
        return new SearchIndex(loaded.documents(), loaded.citations());
    }
}
