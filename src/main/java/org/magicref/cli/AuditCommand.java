package org.magicref.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.magicref.analysis.Audit;
import org.magicref.importer.ThesisImporter;
import org.magicref.report.AuditReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "audit", header = "Inconsistencies of the source, for a historian to act on.",
        description = "Check the catalogue (or, with --source, a thesis text) for inconsistencies: note dates that "
                + "disagree with the bibliography, Magic Summary numbers that outrun the calendar, page/frame pairs "
                + "that do not fit one frame a page, documents listed but never cited or cited but not listed, and "
                + "\"Ibid.\" notes without a clear antecedent. Exits 0 unless --strict is given and there are warnings.",
        footer = {"  magicref audit", "  magicref audit --source ../shared/seed/000_b6ce1656289eb12a.txt --strict"})
public class AuditCommand extends CatalogueCommand {
    @Option(names = "--source", paramLabel = "THESIS.txt", description = "Audit this text (imported on the fly) "
            + "and name the lines of its notes and bibliography entries.")
    Path source;

    @Option(names = "--strict", description = "Exit with " + ExitCodes.FINDINGS + " when there are warnings.")
    boolean strict;

    @Override
    public Integer call() throws IOException {
        Audit audit;
        if (source != null) {
            ThesisImporter.Result r = ThesisImporter.importText(ThesisImporter.read(source));
            audit = new Audit(r.catalogue(), new Audit.SourceLines(r.noteLines(), r.bibliographyLines()));
        } else {
            audit = new Audit(catalogue(), Audit.SourceLines.NONE);
        }
        AuditReport report = new AuditReport(audit.run());
        print(report);
        return strict && report.warnings() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
