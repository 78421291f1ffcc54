package org.magicref.cli.model;

import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * The few shapes of value a command model is written in: strings that may be absent, and lists.
 * Lists are read by plain loops where they are read: a run reads the model before anything else,
 * and a method reference there would have the JVM make method-handle classes first.
 */
final class ModelData {
    private ModelData() {
    }

    static void string(DataOutput out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    static String string(ModelInput in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    static void strings(DataOutput out, String[] values) throws IOException {
        out.writeShort(values.length);
        for (String v : values) {
            out.writeUTF(v);
        }
    }

    static String[] strings(ModelInput in) throws IOException {
        String[] values = new String[in.readUnsignedShort()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readUTF();
        }
        return values;
    }

    interface Writer<T> {
        void write(DataOutput out, T value) throws IOException;
    }

    static <T> void list(DataOutput out, List<T> values, Writer<T> writer) throws IOException {
        out.writeShort(values.size());
        for (T v : values) {
            writer.write(out, v);
        }
    }
}
