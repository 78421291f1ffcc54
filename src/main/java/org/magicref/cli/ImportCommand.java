package org.magicref.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.magicref.domain.Catalogue;
import org.magicref.importer.ImportException;
import org.magicref.importer.ThesisImporter;
import org.magicref.records.CatalogueMerge;
import org.magicref.records.CatalogueStore;
import org.magicref.report.ImportReport;
import org.magicref.report.Json;
import org.magicref.report.TextWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", header = "Build a catalogue from the text of a thesis.",
        description = "Build a catalogue from the text of a thesis: its notes (with \"Ibid.\" resolved), the "
                + "passages they support, and its bibliography. Refuses to replace existing records unless --force "
                + "is given, or merges into them with --merge; what the importer cannot settle is printed as warnings.",
        footer = {"  magicref import ../shared/seed/000_b6ce1656289eb12a.txt --out records --force",
                  "  magicref import thesis.txt --out my-records --merge"})
public class ImportCommand extends BaseCommand {
    @Parameters(paramLabel = "THESIS.txt", description = "The thesis as plain UTF-8 text, notes marked with superscript digits.")
    Path source;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the records to.")
    Path out;

    @Option(names = "--force", description = "Replace records that already exist in the folder.")
    boolean force;

    @Option(names = "--merge", description = "Merge into the records in the folder: records you added or corrected "
            + "are kept, new ones added, and every difference reported.")
    boolean merge;

    @Override
    public Integer call() throws IOException {
        String text = ThesisImporter.read(source);
        if (merge && force) {
            throw usage("--merge keeps your records and --force replaces them: give one");
        }
        ThesisImporter.Result result = ThesisImporter.importText(text);
        Catalogue c = result.catalogue();
        List<String> conflicts = List.of();
        long present = CatalogueStore.FILES.stream().filter(f -> Files.exists(out.resolve(f))).count();
        if (merge && present > 0 && present < CatalogueStore.FILES.size()) {
            throw new ImportException(out + " holds only some of the records files (" + String.join(", ", CatalogueStore.FILES
                    .stream().filter(f -> Files.exists(out.resolve(f))).toList()) + "); --merge needs all four, and "
                    + "--force would replace yours: move them aside first");
        }
        boolean merging = merge && present == CatalogueStore.FILES.size();
        if (merging) {
            CatalogueMerge.Result merged = CatalogueMerge.merge(CatalogueStore.read(out), c);
            c = merged.catalogue();
            conflicts = merged.conflicts();
        }
        CatalogueStore.write(c, out, force || merging);
        ImportReport report = ImportReport.of(result.catalogue().works().get(0).id(), c, out.toString(), result.warnings(),
                conflicts, merging);
        if (output().json()) {
            Json.print(out(), report);
            return ExitCodes.OK;
        }
        report.warnings().forEach(w -> err().println("warning: " + w));
        report.conflicts().forEach(w -> err().println("conflict: " + w));
        err().flush();
        TextWriter writer = new TextWriter(out(), OutputOptions.MAX_WIDTH);
        report.write(writer);
        writer.flush();
        return ExitCodes.OK;
    }
}
