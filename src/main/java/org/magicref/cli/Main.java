package org.magicref.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.magicref.records.CatalogueSource;

/** The entry point: the only place that calls {@code System.exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (args.length == 0 && System.console() != null) {
            args = new String[] {"shell"};
        }
        int code = Cli.execute(Cli.create(CatalogueSource.standard(), Display.standard(), out, err, Cli.subcommandOf(args)), args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
