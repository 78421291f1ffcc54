package org.magicref.cli;

import java.util.ArrayList;
import java.util.List;
import org.magicref.citation.Citer;
import org.magicref.citation.Markup;
import org.magicref.citation.Reference;
import org.magicref.citation.ReferenceParser;
import org.magicref.citation.WorkNotes;
import org.magicref.domain.Catalogue;
import org.magicref.domain.DocumentId;
import org.magicref.report.NotesReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "notes", header = "Numbered notes for a sequence of references.",
        description = "Turn a sequence of references into numbered notes, with the full, shortened and \"Ibid.\" forms "
                + "applied as the thesis applies them (or as a CSL style does). Each REF is one note: ID:PAGES, "
                + "several joined with '+' for a note citing more than one document, or '-' for a note citing "
                + "something else (it breaks an \"Ibid.\" chain).",
        footer = {"  magicref notes SRH-071:1 SRH-071:1-2 SRH-071:2 - SRH-071:5", "  magicref notes --work my-paper",
                  "  magicref notes SRS-0578:1 SRS-0582:2 SRS-0582:2 SRH-067:6-7+SRH-068:1,12",
                  "  magicref notes SRH-085:7 SRH-085:7-8 --style chicago-fullnote-bibliography",
                  "  magicref notes SRH-071:6 SRH-085:8 --start 24 --after SRH-085:7,SRH-070"})
public class NotesCommand extends CatalogueCommand {
    @Mixin
    StyleOptions styleOptions;

    @Mixin
    FormatOption formatOption;

    /** No paper numbers its notes further. */
    static final int MAX_START = 1_000_000;

    @Option(names = "--start", paramLabel = "N", defaultValue = "1", description = "Number of the first note (default: 1).")
    int start;

    @Option(names = "--work", paramLabel = "WORK", completionCandidates = Candidates.WorkIds.class, description = "Print the notes of this work (yours, or an imported one) "
            + "instead of a sequence given here.")
    String work;

    @Option(names = "--after", paramLabel = "REF", split = ",", description = "References cited in the paper's notes "
            + "before these (ID or ID:PAGES, comma-separated or repeated), for notes that start mid-paper: their "
            + "publications are not cited in full again, nor their documents by title.")
    List<String> after = new ArrayList<>();

    @Parameters(paramLabel = "REF", arity = "0..*", description = "ID:PAGES (SRH-071:5, SRH-071:5-6, SRS-1189:3, "
            + "SRS-1746:4/1;1-2/2 for parts, SRH-079:6@0717 to name the frame), A+B, or -.")
    List<String> refs = new ArrayList<>();

    @Override
    public Integer call() {
        if (styleOptions.listed(out())) {
            return ExitCodes.OK;
        }
        if (refs.isEmpty() == (work == null)) {
            throw usage(work == null ? "give at least one reference, such as SRH-071:5, or --work" : "give --work or references, not both");
        }
        if (start < 1 || start > MAX_START) {
            throw usage("--start must be from 1 to " + MAX_START + ", not " + start);
        }
        Catalogue catalogue = catalogue();
        Citer citer = new Citer(catalogue, styleOptions.style);
        List<Citer.Note> rendered;
        Markup markup = output().json() ? Markup.TEXT : formatOption.format;
        ReferenceParser parser = new ReferenceParser(catalogue);
        List<Reference> earlier = after.stream().map(a -> a.contains(":") ? parser.parse(a)
                : parser.of(DocumentId.parse(a), null, null)).toList();
        if (work != null) {
            if (!earlier.isEmpty()) {
                throw usage("--after is for a sequence given here; a work's notes start at its first");
            }
            rendered = citer.notes(WorkNotes.of(catalogue, catalogue.requireWork(work).id()), markup);
        } else {
            rendered = citer.notes(refs.stream().map(parser::parseNote).toList(), start, earlier, markup);
        }
        if (markup != Markup.TEXT) {
            out().println(markup.document(rendered.stream().map(n -> n.label() + ". " + n.text()).toList()));
        } else {
            print(new NotesReport(rendered));
        }
        if (!output().json()) {
            rendered.forEach(n -> n.warnings().forEach(w -> warn("note " + n.number() + ": " + w)));
        }
        return ExitCodes.OK;
    }
}
