package org.magicref.cli;

import org.magicref.citation.Markup;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --format text|html|rtf|markdown}: citations in a format that keeps their italics when pasted. */
public class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = MarkupConverter.class,
            description = "text (the default), or html, rtf or markdown, so that italics survive the paste into a word "
                    + "processor or a draft; printed unwrapped.")
    Markup format;

    /** Reads a format by its name, in any case. */
    static final class MarkupConverter implements ITypeConverter<Markup> {
        @Override
        public Markup convert(String value) {
            for (Markup m : Markup.values()) {
                if (m.toString().equalsIgnoreCase(value.strip())) {
                    return m;
                }
            }
            throw new TypeConversionException("expected text, html, rtf or markdown but was '" + value + "'");
        }
    }
}
