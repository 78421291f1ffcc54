package org.magicref.cli.model;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.InitializationException;

/**
 * A command tree as data: what picocli read from the annotations of its classes, written once at
 * build time, from which a run builds the same commands through picocli's programmatic API. Java
 * makes a proxy class for every annotation type read at run time, which no class-data archive
 * keeps; a one-shot lookup paid some 20 ms for them.
 *
 * <p>The annotated classes stay the one definition: the model is made from them by each build, and
 * a test checks that the commands built from it are the annotated ones, attribute by attribute.
 */
public final class CommandModel {
    private static final int FORMAT = 1;

    private final CommandNode root;

    private CommandModel(CommandNode root) {
        this.root = root;
    }

    /** The model of a command line that picocli built from annotated classes. */
    public static CommandModel of(CommandLine annotated) {
        return new CommandModel(AnnotatedCommands.command(annotated.getCommandSpec()));
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(FORMAT);
        root.write(data);
        data.flush();
    }

    public static CommandModel read(InputStream in) throws IOException {
        ModelInput data = new ModelInput(in.readAllBytes(), 0);
        if (data.readInt() != FORMAT) {
            throw new IOException("not a command model of this version");
        }
        return new CommandModel(CommandNode.read(data));
    }

    /** Every field the commands name: where their options' values, mixins and specs go. */
    Set<FieldRef> fields() {
        Set<FieldRef> fields = new LinkedHashSet<>();
        root.fields(fields);
        return fields;
    }

    /** The names of the top command's subcommands, in the order declared. */
    public List<String> subcommands() {
        List<String> names = new ArrayList<>();
        for (Subcommand sub : root.subcommands()) {
            names.add(sub.name());
        }
        return names;
    }

    /**
     * The command line, with all the subcommands or only those named.
     *
     * @throws InitializationException when a class or field the model names is not there (the
     *     classes changed after the model was written)
     */
    public CommandLine commandLine(IFactory factory, Set<String> only) {
        try {
            return new CommandLine(new Assembler(factory).command(root, null, null, only), factory);
        } catch (InitializationException e) {
            throw e;
        } catch (Exception e) {
            throw new InitializationException("cannot build the commands from their model: " + e, e);
        }
    }
}
