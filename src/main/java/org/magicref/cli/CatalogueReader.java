package org.magicref.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The one base of the commands that read the catalogue and print text or JSON: the command's spec
 * (for its output streams and usage errors), {@code --records}, and the output options.
 */
abstract class CatalogueReader {
    @Spec
    CommandSpec spec;

    @Mixin
    CatalogueOptions catalogueOptions;

    @Mixin
    OutputOptions output;
}
