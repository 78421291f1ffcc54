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
import org.magicref.records.CatalogueStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Build a catalogue from the text of a thesis: its notes (with \"Ibid.\" resolved), the "
                + "passages they support, and its bibliography. Refuses to replace existing records unless --force "
                + "is given; what the importer cannot settle is printed as warnings.",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref import ../shared/seed/000_b6ce1656289eb12a.txt --out records --force"})
public class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "THESIS.txt", description = "The thesis as plain UTF-8 text, notes marked with superscript digits.")
    Path source;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the records to.")
    Path out;

    @Option(names = "--force", description = "Replace records that already exist in the folder.")
    boolean force;

    @Option(names = "--json", description = "Print the summary and warnings as JSON.")
    boolean json;

    /** What {@code import --json} prints. */
    public record Summary(String work, int documents, long cited, long bibliographyOnly, int citations,
                          int publications, String out, List<String> warnings) { }

    @Override
    public Integer call() throws IOException {
        String text;
        try {
            text = Files.readString(source, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ImportException(source + " is not UTF-8 text");
        }
        ThesisImporter.Result result = ThesisImporter.importText(text);
        CatalogueStore.write(result.catalogue(), out, force);
        Catalogue c = result.catalogue();
        long cited = c.documents().stream().filter(d -> c.isCited(d.id())).count();
        Summary summary = new Summary(c.works().get(0).id(), c.documents().size(), cited, c.documents().size() - cited,
                c.citations().size(), c.publications().size(), out.toString(), result.warnings());
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            TextOut.json(o, summary);
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        summary.warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
        o.printf("imported %s: %d documents (%d cited, %d bibliography only), %d citations, %d publications -> %s%n",
                summary.work(), summary.documents(), summary.cited(), summary.bibliographyOnly(), summary.citations(),
                summary.publications(), summary.out());
        o.flush();
        return ExitCodes.OK;
    }
}
