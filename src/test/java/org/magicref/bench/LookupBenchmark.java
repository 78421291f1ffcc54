package org.magicref.bench;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.TimeUnit;
import org.magicref.cli.Cli;
import org.magicref.cli.Display;
import org.magicref.domain.Catalogue;
import org.magicref.records.CatalogueSource;
import org.magicref.records.CatalogueStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import picocli.CommandLine;

/**
 * Commands as the shell runs them: one JVM, the bundled catalogue loaded once, each command
 * parsed and executed by the same command line, its output discarded. SampleTime mode reports the
 * percentiles (p0.99 is the target: under 1 ms for show, cites and frame, under 5 ms for search).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LookupBenchmark extends BenchmarkRuns {
    CommandLine commands;

    /** none: the bundled catalogue; season: with 200 documents, 1,000 marks and 1,000 notes of the user's. */
    @Param({"none", "season"})
    String additions;

    @Setup
    public void load() {
        Catalogue catalogue = additions.equals("season") ? Season.over(CatalogueStore.readBundled()) : CatalogueStore.readBundled();
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        commands = Cli.create(CatalogueSource.of(catalogue), Display.PLAIN, nowhere, nowhere);
    }

    @Benchmark
    public int show() {
        return commands.execute("show", "SRH-085");
    }

    @Benchmark
    public int cites() {
        return commands.execute("cites", "SRH-085");
    }

    @Benchmark
    public int frame() {
        return commands.execute("frame", "9", "0806");
    }

    @Benchmark
    public int locate() {
        return commands.execute("locate", "SRH-079", "--page", "8");
    }

    @Benchmark
    public int search() {
        return commands.execute("search", "Konoe", "envoy");
    }

    @Benchmark
    public int citeHouse() {
        return commands.execute("cite", "SRH-018", "--page", "12");
    }

    @Benchmark
    public int citeChicago() {
        return commands.execute("cite", "SRH-085", "--page", "7", "--style", "chicago-fullnote-bibliography");
    }
}
