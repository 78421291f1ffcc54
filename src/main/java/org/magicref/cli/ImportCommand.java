package org.magicref.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.magicref.domain.Catalogue;
import org.magicref.importer.ImportException;
import org.magicref.importer.ThesisImporter;
import org.magicref.importer.Unread;
import org.magicref.importer.WorkDetails;
import org.magicref.records.CatalogueMerge;
import org.magicref.records.CatalogueStore;
import org.magicref.report.ImportReport;
import org.magicref.report.Json;
import org.magicref.report.TextWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", header = "Build a catalogue from the text of a work that cites RG 457.",
        description = "Build a catalogue from the text of a thesis, book or draft: its notes (with \"Ibid.\" resolved), "
                + "the passages they support, and its bibliography. Reads notes at the foot of the page, at the end of "
                + "each chapter or of the work, numbered in superscript or plain digits. Every line that mentions an "
                + "RG 457 identifier ends in the catalogue or in the report, with the reason. Refuses to replace "
                + "existing records unless --force is given, merges into them with --merge, or adds a second work to "
                + "them with --into.",
        footer = {"  magicref import ../shared/seed/000_b6ce1656289eb12a.txt --out records --force",
                  "  magicref import thesis.txt --out my-records --merge",
                  "  magicref import draft.txt --into my-records --work smith-2027 --author 'Ann Smith' --title 'Sakhalin' --year 2027",
                  "  magicref import book.txt --out book-records --report import-report.json --strict"})
public class ImportCommand extends BaseCommand {
    @Parameters(paramLabel = "TEXT.txt", description = "The work as plain UTF-8 text.")
    Path source;

    @ArgGroup(multiplicity = "1")
    Target target;

    static class Target {
        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the records to.")
        Path out;

        @Option(names = "--into", paramLabel = "DIR", required = true, description = "Folder of records to add this work to: "
                + "its documents are merged by identifier (differences reported, yours kept) and its citations added.")
        Path into;
    }

    @Option(names = "--force", description = "Replace records (or the --report file) that already exist.")
    boolean force;

    @Option(names = "--merge", description = "Merge into the records in the folder: records you added or corrected "
            + "are kept, new ones added, and every difference reported.")
    boolean merge;

    @Option(names = "--work", paramLabel = "ID", description = "The work's id (default: the author's surname and the year).")
    String workId;

    @Option(names = "--author", paramLabel = "NAME", description = "The work's author, where the text has no cover page.")
    String author;

    @Option(names = "--title", paramLabel = "TITLE", description = "The work's title, where the text has no cover page.")
    String title;

    @Option(names = "--year", paramLabel = "YEAR", description = "The work's year, where the text has no cover page.")
    Integer year;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the report (counts, warnings, and every "
            + "mention not imported, with its line) as JSON to FILE.")
    Path reportFile;

    @Option(names = "--strict", description = "Refuse the import (exit 3, nothing written) if any mention of an RG 457 "
            + "document is not imported.")
    boolean strict;

    @Override
    public Integer call() throws IOException {
        String text = ThesisImporter.read(source);
        if (merge && force) {
            throw usage("--merge keeps your records and --force replaces them: give one");
        }
        if (target.into != null && (merge || force)) {
            throw usage("--into adds a work to the records in the folder; --merge and --force are for --out");
        }
        checkWorkDetails();
        if (reportFile != null && !force && Files.exists(reportFile)) {
            throw new FileAlreadyExistsException(reportFile.toString(), null, "exists; give --force to replace it");
        }
        ThesisImporter.Result result = ThesisImporter.importText(text, new WorkDetails(workId, author, title, year));
        if (strict && !result.unread().isEmpty()) {
            result.unread().forEach(u -> err().println("not imported: " + u));
            throw new ImportException(result.unread().size() + " " + mentions(result.unread().size()) + " not imported "
                    + "(listed above); nothing written (without --strict they are reported and the rest imported)");
        }
        Path out = target.into != null ? target.into : target.out;
        Catalogue c = result.catalogue();
        String work = c.works().get(0).id();
        List<String> conflicts = List.of();
        long present = CatalogueStore.FILES.stream().filter(f -> Files.exists(out.resolve(f))).count();
        boolean adding = target.into != null;
        if ((merge || adding) && present > 0 && present < CatalogueStore.FILES.size()) {
            throw new ImportException(out + " holds only some of the records files (" + String.join(", ", CatalogueStore.FILES
                    .stream().filter(f -> Files.exists(out.resolve(f))).toList()) + "); --merge and --into need all four, and "
                    + "--force would replace yours: move them aside first");
        }
        if (adding && present == 0) {
            throw new ImportException(out + " holds no records to add the work to; import the first work with --out " + out);
        }
        boolean merging = (merge || adding) && present == CatalogueStore.FILES.size();
        if (merging) {
            Catalogue existing = CatalogueStore.read(out);
            if (adding && existing.works().stream().anyMatch(w -> w.id().equals(work))) {
                throw new ImportException(out + " already holds the work " + work + "; give --work ID to add this one under "
                        + "another id, or re-import it with --out " + out + " --merge");
            }
            CatalogueMerge.Result merged = CatalogueMerge.merge(existing, c);
            c = merged.catalogue();
            conflicts = merged.conflicts();
        }
        CatalogueStore.write(c, out, force || merging);
        ImportReport report = ImportReport.of(work, c, out.toString(), result.warnings(), conflicts, merging,
                result.unread());
        if (reportFile != null) {
            OutputFile.write(reportFile, Json.text(report.view()), true);
        }
        if (output().json()) {
            Json.print(out(), report);
            return ExitCodes.OK;
        }
        report.warnings().forEach(w -> err().println("warning: " + w));
        report.conflicts().forEach(w -> err().println("conflict: " + w));
        report.unread().forEach(u -> err().println("not imported: " + u));
        err().flush();
        TextWriter writer = new TextWriter(out(), OutputOptions.MAX_WIDTH);
        report.write(writer);
        writer.flush();
        return ExitCodes.OK;
    }

    /** The work's details as given: an id as {@code work add} takes them, a year of four digits, no blank name. */
    private void checkWorkDetails() {
        if (workId != null && !workId.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            throw usage("'" + workId + "' is not a work id; use lower-case letters, digits and hyphens (such as smith-2027)");
        }
        if (year != null && (year < 1000 || year > 9999)) {
            throw usage("--year must be a year of four digits, not " + year);
        }
        if (author != null && author.isBlank() || title != null && title.isBlank()) {
            throw usage((author != null && author.isBlank() ? "--author" : "--title") + " is empty");
        }
    }

    private static String mentions(int n) {
        return n == 1 ? "mention of an RG 457 document is" : "mentions of RG 457 documents are";
    }
}
