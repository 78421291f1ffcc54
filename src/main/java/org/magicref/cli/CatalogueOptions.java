package org.magicref.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.magicref.domain.Catalogue;
import org.magicref.notebook.Change;
import org.magicref.records.CatalogueSource;
import org.magicref.records.Journal;
import org.magicref.report.Messages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code --records} option of every command that reads the catalogue, and the user's changes to it. */
public class CatalogueOptions implements CatalogueUser {
    private CatalogueSource source = CatalogueSource.standard();

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--records", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Catalogue folder to use instead of the bundled one (default: $" + CatalogueSource.ENV
                    + " if set); your additions then go to its journal.")
    Path records;

    @Override
    public void use(CatalogueSource source) {
        this.source = source;
    }

    /** The catalogue with the user's changes; what of them could not be read is said once, on stderr. */
    public Catalogue catalogue() {
        Catalogue c = source.get(records);
        if (spec != null) {
            PrintWriter err = spec.commandLine().getErr();
            source.unreported(records).forEach(p -> err.println("magicref: warning: " + Messages.oneLine(p)));
            err.flush();
        }
        return c;
    }

    /** Checks a change and writes it to the journal. */
    public Change record(String kind, Map<String, String> fields) throws IOException {
        return source.record(records, kind, fields);
    }

    /** The user's changes to the catalogue in use. */
    public Journal.Read journal() {
        return source.journal(records);
    }

    CatalogueSource source() {
        return source;
    }

    /** What could not be read or applied of the user's changes. */
    public java.util.List<String> problems() {
        return source.problems(records);
    }
}
