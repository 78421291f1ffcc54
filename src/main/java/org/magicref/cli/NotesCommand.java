package org.magicref.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.magicref.citation.CslRenderer;
import org.magicref.citation.HouseStyle;
import org.magicref.citation.NoteSequence;
import org.magicref.citation.Reference;
import org.magicref.citation.References;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "notes", header = "Numbered notes for a sequence of references.", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Turn a sequence of references into numbered notes, with the full, shortened and \"Ibid.\" forms "
                + "applied as the thesis applies them (or as a CSL style does). Each REF is one note: ID:PAGES, "
                + "several joined with '+' for a note citing more than one document, or '-' for a note citing "
                + "something else (it breaks an \"Ibid.\" chain).",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref notes SRH-071:1 SRH-071:1-2 SRH-071:2 - SRH-071:5",
                  "  magicref notes SRS-0578:1 SRS-0582:2 SRS-0582:2 SRH-067:6-7+SRH-068:1,12",
                  "  magicref notes SRH-085:7 SRH-085:7-8 --style chicago-fullnote-bibliography"})
public class NotesCommand extends CatalogueReader implements Callable<Integer> {
    /** One numbered note, as {@code notes --json} prints it. */
    public record NoteView(int number, String text, List<String> forms, List<String> warnings) { }

    @Mixin
    StyleOptions styleOptions;

    @Option(names = "--start", paramLabel = "N", defaultValue = "1", description = "Number of the first note (default: 1).")
    int start;

    @Parameters(paramLabel = "REF", arity = "0..*", description = "ID:PAGES (SRH-071:5, SRH-071:5-6, SRS-1189:3, "
            + "SRS-1746:4/1;1-2/2 for parts, SRH-079:6@0717 to name the frame), A+B, or -.")
    List<String> refs = new ArrayList<>();

    @Override
    public Integer call() {
        if (styleOptions.listed(spec.commandLine().getOut())) {
            return ExitCodes.OK;
        }
        if (refs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give at least one reference, such as SRH-071:5");
        }
        if (start < 1) {
            throw new ParameterException(spec.commandLine(), "--start must be at least 1, not " + start);
        }
        Catalogue catalogue = catalogueOptions.catalogue();
        References references = new References(catalogue);
        List<NoteSequence.NoteRefs> notes = new ArrayList<>();
        for (String ref : refs) {
            notes.add(ref.strip().equals("-") ? NoteSequence.NoteRefs.other()
                    : new NoteSequence.NoteRefs(java.util.Arrays.stream(ref.split("\\+")).map(references::parse).toList()));
        }
        List<NoteView> views = styleOptions.house() ? house(catalogue, notes) : csl(catalogue, notes);
        if (output.json()) {
            TextOut.json(spec.commandLine().getOut(), views);
            return ExitCodes.OK;
        }
        TextOut out = new TextOut(spec.commandLine().getOut(), output);
        int width = String.valueOf(start + views.size() - 1).length() + 2;
        for (NoteView v : views) {
            String head = String.format("%" + (width - 2) + "d. ", v.number());
            out.wrapped(head, " ".repeat(head.length()), v.text().isEmpty() ? "(another source)" : v.text());
            v.warnings().forEach(w -> spec.commandLine().getErr().println("magicref: note " + v.number() + ": " + w));
        }
        spec.commandLine().getErr().flush();
        out.flush();
        return ExitCodes.OK;
    }

    private List<NoteView> house(Catalogue catalogue, List<NoteSequence.NoteRefs> notes) {
        List<NoteView> out = new ArrayList<>();
        List<NoteSequence.Note> rendered = new NoteSequence(new HouseStyle(catalogue)).render(notes, start);
        for (int i = 0; i < rendered.size(); i++) {
            NoteSequence.Note n = rendered.get(i);
            out.add(new NoteView(n.number(), n.text(), n.forms().stream().map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toList(),
                    warnings(notes.get(i))));
        }
        return out;
    }

    private List<NoteView> csl(Catalogue catalogue, List<NoteSequence.NoteRefs> notes) {
        List<Document> docs = notes.stream().flatMap(n -> n.references().stream()).map(Reference::document).distinct().toList();
        CslRenderer renderer = CslRenderer.create(catalogue, docs, styleOptions.style);
        List<NoteView> out = new ArrayList<>();
        int number = start;
        for (NoteSequence.NoteRefs n : notes) {
            String text = String.join("; ", n.references().stream().map(renderer::cite).toList());
            out.add(new NoteView(number++, text, List.of(), warnings(n)));
        }
        return out;
    }

    private static List<String> warnings(NoteSequence.NoteRefs n) {
        return n.references().stream().flatMap(r -> r.warnings().stream()).toList();
    }
}
