package org.magicref.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.magicref.citation.CslRenderer;
import org.magicref.records.CatalogueSource;
import org.magicref.records.UserFolder;
import org.magicref.report.Messages;

/** The entry point: the only place that calls {@code System.exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // picocli's default factory otherwise looks for Groovy's Closure class on first use, a search
        // of every jar on the class path (the CSL engine's 10,000 styles included)
        System.setProperty("picocli.disable.closures", "true");
        // from Java 18 a reflective call goes through a method handle made for it, which costs its
        // first call far more than a one-shot run makes up for (--json reads its views' records
        // through their accessors: 8 ms on Java 25); the JVM's own accessors, as on Java 17
        System.setProperty("jdk.reflect.useNativeAccessorOnly", "true");
        Optional<Path> cache = UserFolder.cache(System::getenv);
        // the training run renders its citation itself, for the start-up archive to hold the processor
        if (cache.isPresent() && (args.length == 0 || !args[0].equals(TrainCommand.NAME))) {
            CslRenderer.rememberFirstCitationsIn(cache.get().resolve("citations"));
        }
        Watched stdout = new Watched(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(stdout), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (args.length == 0 && System.console() != null) {
            args = new String[] {"shell"};
        }
        int code = Cli.execute(Cli.create(CatalogueSource.standard(), Display.standard(), out, err, Cli.subcommandOf(args)), args);
        out.flush();
        code = outputLost(stdout.failure, code, err);
        err.flush();
        if (code == ExitCodes.OK && alone()) {
            // from Java 21 System.exit logs itself through System.Logger, whose first use searches
            // every jar on the class path for a logging backend (the CSL engine's, 10,000 styles,
            // included): some 3 ms of a lookup on Java 25. A run that ends well ends by returning.
            return;
        }
        System.exit(code);
    }

    /** Whether no thread but this one would keep the JVM running once it returns. */
    static boolean alone() {
        Thread[] threads = new Thread[Thread.activeCount() + 8];
        int n = Thread.enumerate(threads);
        for (int i = 0; i < n; i++) {
            if (threads[i] != Thread.currentThread() && !threads[i].isDaemon() && threads[i].isAlive()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The exit code once standard output's fate is known: a failed write (a full disk, a closed
     * descriptor) is an I/O error said in one line; a reader that went away (a closed pipe) is not.
     */
    static int outputLost(IOException failure, int code, PrintWriter err) {
        if (failure == null || String.valueOf(failure.getMessage()).contains("Broken pipe")) {
            return code;
        }
        err.println("magicref: cannot write the output: " + Messages.oneLine(failure.getMessage()));
        return code == ExitCodes.OK ? ExitCodes.IO : code;
    }

    /** Standard output that remembers the first error a write met (a PrintWriter only keeps a flag). */
    static final class Watched extends FilterOutputStream {
        IOException failure;

        Watched(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }
    }
}
