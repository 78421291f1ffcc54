package org.magicref.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.magicref.citation.CslRenderer;
import org.magicref.citation.HouseStyle;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.Publication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bibliography", header = "The bibliography of the catalogue.", sortOptions = false, mixinStandardHelpOptions = true,
        description = "The bibliography of the catalogue's documents: in the house style grouped under their "
                + "publication headings as the thesis prints them, or in any CSL style.",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref bibliography", "  magicref bibliography --cited-only --style apa"})
public class BibliographyCommand extends CatalogueReader implements Callable<Integer> {
    /** A heading and its entries, as {@code bibliography --json} prints them. */
    public record SectionView(String heading, List<String> entries) { }

    @Mixin
    StyleOptions styleOptions;

    @Option(names = "--cited-only", description = "Only documents the notes cite.")
    boolean citedOnly;

    @Override
    public Integer call() {
        if (styleOptions.listed(spec.commandLine().getOut())) {
            return ExitCodes.OK;
        }
        Catalogue catalogue = catalogueOptions.catalogue();
        List<Document> docs = catalogue.documents().stream().filter(d -> !citedOnly || catalogue.isCited(d.id())).toList();
        List<SectionView> sections = new ArrayList<>();
        if (styleOptions.house()) {
            HouseStyle style = new HouseStyle(catalogue);
            boolean first = true;
            for (Publication p : catalogue.publications()) {
                List<String> entries = docs.stream().filter(d -> p.id().equals(d.publication())).map(style::entry).toList();
                if (!entries.isEmpty()) {
                    sections.add(new SectionView(style.heading(p, first), entries));
                    first = false;
                }
            }
            List<String> loose = docs.stream().filter(d -> catalogue.publication(d.publication()).isEmpty())
                    .map(style::entry).toList();
            if (!loose.isEmpty()) {
                sections.add(new SectionView(null, loose));
            }
        } else if (!docs.isEmpty()) {
            sections.add(new SectionView(null, CslRenderer.create(catalogue, docs, styleOptions.style).bibliography()));
        }
        if (output.json()) {
            TextOut.json(spec.commandLine().getOut(), sections);
            return ExitCodes.OK;
        }
        TextOut out = new TextOut(spec.commandLine().getOut(), output);
        boolean firstSection = true;
        for (SectionView s : sections) {
            if (!firstSection) {
                out.line("");
            }
            firstSection = false;
            if (s.heading() != null) {
                out.wrapped("", "    ", s.heading());
                out.line("");
            }
            s.entries().forEach(e -> out.wrapped(s.heading() == null ? "" : "  ", "      ", e));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
