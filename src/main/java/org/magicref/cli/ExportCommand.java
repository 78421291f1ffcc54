package org.magicref.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.magicref.citation.Exports;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(name = "export", header = "The catalogue for reference managers and spreadsheets.",
        description = "The catalogue for reference managers and spreadsheets: CSL-JSON (Zotero, Mendeley), BibTeX "
                + "(JabRef), RIS (EndNote), CSV, or the catalogue's own JSON. Writes to stdout, or to --out FILE, "
                + "which is never replaced without --force and is written whole or not at all.",
        footer = {"  magicref export --format bibtex --out magic.bib", "  magicref export --format csv --cited-only"})
public class ExportCommand extends BaseCommand {
    @Option(names = "--format", paramLabel = "FORMAT", required = true, completionCandidates = Candidates.FormatNames.class,
            description = "csl-json, bibtex, ris, csv or json.", converter = FormatConverter.class)
    Exports.Format format;

    @Option(names = "--cited-only", description = "Only documents the notes cite.")
    boolean citedOnly;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this regular file (or through a symbolic link to "
            + "one) instead of stdout; '-' is stdout.")
    Path out;

    @Option(names = "--force", description = "Replace --out FILE if it exists.")
    boolean force;

    /** Reads a format by its name ("csl-json"). */
    static final class FormatConverter implements ITypeConverter<Exports.Format> {
        @Override
        public Exports.Format convert(String value) {
            return Exports.Format.named(value).orElseThrow(() -> new TypeConversionException("unknown format '" + value
                    + "'; expected csl-json, bibtex, ris, csv or json"));
        }
    }

    @Override
    public Integer call() throws IOException {
        Catalogue catalogue = catalogueOptions().catalogue();
        List<Document> docs = catalogue.documents(DocumentFilter.citedOnly(citedOnly));
        String text = new Exports(catalogue).export(format, docs);
        if (out == null || out.toString().equals("-")) {
            out().print(text);
            out().flush();
            return ExitCodes.OK;
        }
        OutputFile.write(out, text, force);
        warn("wrote " + docs.size() + " documents as " + format + " to " + out);
        return ExitCodes.OK;
    }
}
