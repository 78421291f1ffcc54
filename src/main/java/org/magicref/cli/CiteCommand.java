package org.magicref.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.magicref.citation.CslRenderer;
import org.magicref.citation.HouseStyle;
import org.magicref.citation.Reference;
import org.magicref.citation.References;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.Publication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "cite", header = "A note or bibliography entry for a document and page.", sortOptions = false, mixinStandardHelpOptions = true,
        description = "A correctly formatted note or bibliography entry for a document and page, in the thesis's own "
                + "forms or any CSL style. The frame is given where the reel map knows it exactly or by inference, "
                + "and left out otherwise.",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref cite SRH-085 --page 7", "  magicref cite SRH-071 --page 5-6 --form short",
                  "  magicref cite SRS-1189 --page 3 --style chicago-fullnote-bibliography",
                  "  magicref cite --list-styles"})
public class CiteCommand extends CatalogueReader implements Callable<Integer> {
    enum Form { full, shortened, id, ibid, bib }

    /** What {@code cite --json} prints. */
    public record CiteView(String document, String pages, List<Integer> frames, String style, String form, String text,
                           List<String> warnings) { }

    @Mixin
    StyleOptions styleOptions;

    @Parameters(paramLabel = "ID", completionCandidates = Candidates.DocumentIds.class, arity = "0..1", description = "Document identifier, as typed: SRH-085, srh85.")
    String id;

    @Option(names = {"-p", "--page"}, paramLabel = "PAGES", description = "Pages: 7, 5-6, \"1, 12\", 9n, or 4/1 for page 4 of part 1.")
    String page;

    @Option(names = "--frame", paramLabel = "FRAMES", description = "Frames to give instead of the reel map's (e.g. 0717 for the second page 6 of SRH-079).")
    String frames;

    @Option(names = "--form", paramLabel = "FORM", defaultValue = "full",
            description = "full (first reference), shortened (quoted title and identifier), id (identifier only), "
                    + "ibid, or bib (bibliography entry); default ${DEFAULT-VALUE}.")
    Form form;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (styleOptions.listed(out)) {
            return ExitCodes.OK;
        }
        if (id == null) {
            throw new ParameterException(spec.commandLine(), "a document identifier is needed (or --list-styles)");
        }
        Catalogue catalogue = catalogueOptions.catalogue();
        Reference r = new References(catalogue).of(catalogue.require(id).id(), page, frames);
        String text = styleOptions.house() ? house(catalogue, r) : csl(catalogue, r);
        if (output.json()) {
            TextOut.json(out, new CiteView(r.document().id().toString(), page, r.frames(),
                    styleOptions.house() ? StyleOptions.HOUSE : CslRenderer.resolve(styleOptions.style), form.name(), text,
                    r.warnings()));
            return ExitCodes.OK;
        }
        r.warnings().forEach(w -> spec.commandLine().getErr().println("magicref: " + w));
        spec.commandLine().getErr().flush();
        new TextOut(out, output).wrapped("", "", text);
        out.flush();
        return ExitCodes.OK;
    }

    private String house(Catalogue catalogue, Reference r) {
        HouseStyle style = new HouseStyle(catalogue);
        return switch (form) {
            case full -> style.full(r);
            case shortened -> style.titled(r) + ".";
            case id -> style.identified(r) + ".";
            case ibid -> style.ibid(r, r.groups().isEmpty()).replaceAll("([^.])$", "$1.");
            case bib -> bibliography(catalogue, style, r.document());
        };
    }

    private static String bibliography(Catalogue catalogue, HouseStyle style, Document d) {
        Publication p = catalogue.publication(d.publication()).orElse(null);
        List<Publication> all = catalogue.publications();
        return p == null ? style.entry(d) : style.heading(p, all.indexOf(p) == 0) + "\n\n" + style.entry(d);
    }

    private String csl(Catalogue catalogue, Reference r) {
        CslRenderer renderer = CslRenderer.create(catalogue, List.of(r.document()), styleOptions.style);
        if (form == Form.bib) {
            return renderer.bibliography().get(0);
        }
        if (form != Form.full) {
            throw new ParameterException(spec.commandLine(), "--form " + form + " is a house-style form; a CSL style "
                    + "decides its own short forms (use 'magicref notes' for a sequence)");
        }
        return renderer.cite(r);
    }
}
