package org.magicref.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.magicref.records.CatalogueSource;
import org.magicref.records.CatalogueStore;

/** Runs the command line as a user would, with captured stdout and stderr. */
record Run(int code, String out, String err) {
    static Run of(String... args) {
        return with(new CatalogueSource(CatalogueStore::readBundled, CatalogueStore::read, name -> null), args);
    }

    static Run with(CatalogueSource source, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(Cli.create(source, new PrintWriter(out), new PrintWriter(err)), args);
        return new Run(code, out.toString(), err.toString());
    }
}
