package org.magicref.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.magicref.analysis.Audit;
import org.magicref.analysis.Finding;
import org.magicref.domain.Catalogue;
import org.magicref.domain.DocumentId;
import org.magicref.importer.ImportException;
import org.magicref.importer.ThesisImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "audit", header = "Inconsistencies of the source, for a historian to act on.", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Check the catalogue (or, with --source, a thesis text) for inconsistencies: note dates that "
                + "disagree with the bibliography, Magic Summary numbers that outrun the calendar, page/frame pairs "
                + "that do not fit one frame a page, documents listed but never cited or cited but not listed, and "
                + "\"Ibid.\" notes without a clear antecedent. Exits 0 unless --strict is given and there are warnings.",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref audit", "  magicref audit --source ../shared/seed/000_b6ce1656289eb12a.txt --strict"})
public class AuditCommand extends CatalogueReader implements Callable<Integer> {
    @Option(names = "--source", paramLabel = "THESIS.txt", description = "Audit this text (imported on the fly) "
            + "and name the lines of its notes and bibliography entries.")
    Path source;

    @Option(names = "--strict", description = "Exit with " + ExitCodes.FINDINGS + " when there are warnings.")
    boolean strict;

    @Override
    public Integer call() throws IOException {
        Catalogue catalogue;
        Audit.SourceLines lines = Audit.SourceLines.NONE;
        if (source != null) {
            String text;
            try {
                text = Files.readString(source, StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                throw new ImportException(source + " is not UTF-8 text");
            }
            ThesisImporter.Result r = ThesisImporter.importText(text);
            catalogue = r.catalogue();
            lines = new Audit.SourceLines() {
                @Override
                public Optional<Integer> note(String noteRef) {
                    return Optional.ofNullable(r.noteLines().get(noteRef));
                }

                @Override
                public Optional<Integer> bibliography(DocumentId id) {
                    return Optional.ofNullable(r.bibliographyLines().get(id));
                }
            };
        } else {
            catalogue = catalogueOptions.catalogue();
        }
        List<Finding> findings = new Audit(catalogue, lines).run();
        long warnings = findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
        if (output.json()) {
            TextOut.json(spec.commandLine().getOut(), findings);
        } else {
            TextOut out = new TextOut(spec.commandLine().getOut(), output);
            Map<String, List<Finding>> byCode = new LinkedHashMap<>();
            findings.forEach(f -> byCode.computeIfAbsent(f.code(), k -> new java.util.ArrayList<>()).add(f));
            byCode.forEach((code, list) -> {
                out.heading("", "", code + " (" + list.size() + ")");
                for (Finding f : list) {
                    out.wrapped(f.severity() == Finding.Severity.WARNING ? "  ! " : "  i ", "    ", f.explanation());
                    if (!f.lines().isEmpty()) {
                        out.wrapped("    ", "    ", "source: " + String.join("; ", f.lines()));
                    }
                }
                out.line("");
            });
            out.line(findings.size() + " findings: " + warnings + " warnings, " + (findings.size() - warnings) + " for information");
            out.flush();
        }
        return strict && warnings > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
