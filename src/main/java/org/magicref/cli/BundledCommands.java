package org.magicref.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.magicref.cli.model.CommandModel;
import org.magicref.cli.model.FieldAccessWriter;
import picocli.CommandLine;

/**
 * The model of magicref's commands that the build writes beside the classes, so that a run builds
 * its commands without reading their annotations (see {@link CommandModel}).
 */
public final class BundledCommands {
    static final String RESOURCE = "commands.model";
    private static final CommandModel MODEL = read();

    private BundledCommands() {
    }

    /** The bundled model, or null where the classes were built without it (then the annotations are read). */
    static CommandModel model() {
        return MODEL;
    }

    private static CommandModel read() {
        try (InputStream in = BundledCommands.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : CommandModel.read(in);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Writes the model of the annotated commands to the file named, for the build, and the code
     * that reads and writes their fields: its sources into the second folder named, compiled into
     * the first (the classes' root).
     */
    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        Path classes = Path.of(args[0]);
        Path file = classes.resolve(BundledCommands.class.getPackageName().replace('.', '/')).resolve(RESOURCE);
        Files.createDirectories(file.getParent());
        CommandModel model = CommandModel.of(new CommandLine(new MagicrefCommandTree()));
        try (OutputStream out = Files.newOutputStream(file)) {
            model.write(out);
        }
        FieldAccessWriter.write(model, classes, Path.of(args[1]));
    }
}
