package org.magicref.cli;

import java.util.Arrays;
import org.magicref.citation.Citer;
import org.magicref.citation.Form;
import org.magicref.citation.Reference;
import org.magicref.citation.ReferenceParser;
import org.magicref.citation.Styles;
import org.magicref.domain.Catalogue;
import org.magicref.report.CitationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

@Command(name = "cite", header = "A note or bibliography entry for a document and page.",
        description = "A correctly formatted note or bibliography entry for a document and page, in the thesis's own "
                + "forms or any CSL style. The frame is given where the reel map knows it exactly or by inference, "
                + "and left out otherwise.",
        footer = {"  magicref cite SRH-085 --page 7", "  magicref cite SRH-071 --page 5-6 --form short",
                  "  magicref cite SRS-1189 --page 3 --style chicago-fullnote-bibliography",
                  "  magicref cite SRH-085 --page 7 --format html",
                  "  magicref cite --list-styles"})
public class CiteCommand extends CatalogueCommand {
    @Mixin
    StyleOptions styleOptions;

    @Parameters(paramLabel = "ID", completionCandidates = Candidates.DocumentIds.class, arity = "0..1", description = "Document identifier, as typed: SRH-085, srh85.")
    String id;

    @Option(names = {"-p", "--page"}, paramLabel = "PAGES", description = "Pages: 7, 5-6, \"1, 12\", 9n, or 4/1 for page 4 of part 1.")
    String page;

    @Option(names = "--frame", paramLabel = "FRAMES", description = "Frames to give instead of the reel map's (e.g. 0717 for the second page 6 of SRH-079).")
    String frames;

    @Option(names = "--form", paramLabel = "FORM", defaultValue = "full", converter = FormConverter.class,
            description = "full (first reference), shortened or short (quoted title and identifier), id (identifier only), "
                    + "ibid, or bib (bibliography entry); default ${DEFAULT-VALUE}.")
    Form form;

    @Mixin
    FormatOption formatOption;

    /** Reads a form by the name people type ("full", "shortened", ...). */
    static final class FormConverter implements ITypeConverter<Form> {
        @Override
        public Form convert(String value) {
            if (value.equals("short")) {
                return Form.SHORTENED;
            }
            for (Form f : Form.values()) {
                if (f.toString().equals(value)) {
                    return f;
                }
            }
            throw new TypeConversionException("expected one of " + Arrays.toString(Form.values())
                    + " (case-sensitive) but was '" + value + "'");
        }
    }

    @Override
    public Integer call() {
        if (styleOptions.listed(out())) {
            return ExitCodes.OK;
        }
        if (id == null) {
            throw usage("a document identifier is needed (or --list-styles)");
        }
        Catalogue catalogue = catalogue();
        Reference r = new ReferenceParser(catalogue).of(catalogue.require(id).id(), page, frames);
        String style = Styles.resolve(styleOptions.style);
        Citer citer = new Citer(catalogue, style);
        if (!citer.gives(form)) {
            throw usage("--form " + form + " is a house-style form; a CSL style decides its own short forms "
                    + "(use 'magicref notes' for a sequence)");
        }
        String text = citer.cite(r, form, formatOption.format);
        if (!output().json()) {
            r.warnings().forEach(this::warn);
        }
        print(new CitationReport(r, page, style, form, formatOption.format, text));
        return ExitCodes.OK;
    }
}
