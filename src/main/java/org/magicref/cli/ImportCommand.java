package org.magicref.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.magicref.domain.Catalogue;
import org.magicref.importer.ImportException;
import org.magicref.importer.ThesisImporter;
import org.magicref.records.CatalogueMerge;
import org.magicref.records.CatalogueStore;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", header = "Build a catalogue from the text of a thesis.", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Build a catalogue from the text of a thesis: its notes (with \"Ibid.\" resolved), the "
                + "passages they support, and its bibliography. Refuses to replace existing records unless --force "
                + "is given, or merges into them with --merge; what the importer cannot settle is printed as warnings.",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref import ../shared/seed/000_b6ce1656289eb12a.txt --out records --force",
                  "  magicref import thesis.txt --out my-records --merge"})
public class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "THESIS.txt", description = "The thesis as plain UTF-8 text, notes marked with superscript digits.")
    Path source;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the records to.")
    Path out;

    @Option(names = "--force", description = "Replace records that already exist in the folder.")
    boolean force;

    @Option(names = "--merge", description = "Merge into the records in the folder: records you added or corrected "
            + "are kept, new ones added, and every difference reported.")
    boolean merge;

    @Option(names = "--json", description = "Print the summary and warnings as JSON.")
    boolean json;

    /** What {@code import --json} prints. */
    public record Summary(String work, int documents, long cited, long bibliographyOnly, int citations,
                          int publications, String out, List<String> warnings, List<String> conflicts,
                          boolean merged) { }

    @Override
    public Integer call() throws IOException {
        String text;
        try {
            text = Files.readString(source, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ImportException(source + " is not UTF-8 text");
        }
        if (merge && force) {
            throw new ParameterException(spec.commandLine(), "--merge keeps your records and --force replaces them: give one");
        }
        ThesisImporter.Result result = ThesisImporter.importText(text);
        Catalogue c = result.catalogue();
        List<String> conflicts = List.of();
        boolean merging = merge && Files.exists(out.resolve(CatalogueStore.DOCUMENTS));
        if (merging) {
            CatalogueMerge.Result merged = CatalogueMerge.merge(CatalogueStore.read(out), c);
            c = merged.catalogue();
            conflicts = merged.conflicts();
            CatalogueStore.write(c, out, true);
        } else {
            CatalogueStore.write(c, out, force);
        }
        Catalogue written = c;
        long cited = written.documents().stream().filter(d -> written.isCited(d.id())).count();
        long bibliographyOnly = written.documents().stream()
                .filter(d -> d.bibliography() != null && !written.isCited(d.id())).count();
        Summary summary = new Summary(result.catalogue().works().get(0).id(), written.documents().size(), cited,
                bibliographyOnly, written.citations().size(), written.publications().size(),
                out.toString(), result.warnings(), conflicts, merging);
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            TextOut.json(o, summary);
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        summary.warnings().forEach(w -> err.println("warning: " + w));
        summary.conflicts().forEach(w -> err.println("conflict: " + w));
        err.flush();
        int n = summary.conflicts().size();
        o.printf((summary.merged() ? "merged %s into the records: " + n + (n == 1 ? " conflict" : " conflicts")
                + " (yours kept); now " : "imported %s: ") + "%d documents (%d cited, %d bibliography only), %d citations, %d publications -> %s%n",
                summary.work(), summary.documents(), summary.cited(), summary.bibliographyOnly(), summary.citations(),
                summary.publications(), summary.out());
        o.flush();
        return ExitCodes.OK;
    }
}
