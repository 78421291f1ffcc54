package org.magicref.cli.model;

import java.io.ByteArrayOutputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A subcommand in a command model: its name, and its model, which is read from the model's bytes
 * only when the subcommand is built (a one-shot run builds one of twenty-eight).
 */
final class Subcommand {
    private final String name;
    private final byte[] data;
    private final int offset;
    private CommandNode node;

    private Subcommand(String name, CommandNode node, byte[] data, int offset) {
        this.name = name;
        this.node = node;
        this.data = data;
        this.offset = offset;
    }

    static Subcommand of(CommandNode node) {
        return new Subcommand(node.name(), node, null, 0);
    }

    String name() {
        return name;
    }

    CommandNode node() {
        if (node == null) {
            try {
                node = CommandNode.read(new ModelInput(data, offset));
            } catch (IOException e) {
                throw new UncheckedIOException("the command model of '" + name + "' cannot be read", e);
            }
        }
        return node;
    }

    void write(DataOutput out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        node().write(new DataOutputStream(bytes));
        out.writeUTF(name);
        out.writeInt(bytes.size());
        out.write(bytes.toByteArray());
    }

    static Subcommand read(ModelInput in) throws IOException {
        String name = in.readUTF();
        int length = in.readInt();
        Subcommand sub = new Subcommand(name, null, in.data(), in.position());
        in.skipNBytes(length);
        return sub;
    }
}
