package org.magicref.cli.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The few shapes of value a command model is written in: strings that may be absent, and lists of them. */
final class ModelData {
    private ModelData() {
    }

    static void string(DataOutput out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    static String string(DataInput in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    static void strings(DataOutput out, String[] values) throws IOException {
        out.writeShort(values.length);
        for (String v : values) {
            out.writeUTF(v);
        }
    }

    static String[] strings(DataInput in) throws IOException {
        String[] values = new String[in.readUnsignedShort()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readUTF();
        }
        return values;
    }

    interface Writer<T> {
        void write(DataOutput out, T value) throws IOException;
    }

    interface Reader<T> {
        T read(DataInput in) throws IOException;
    }

    static <T> void list(DataOutput out, List<T> values, Writer<T> writer) throws IOException {
        out.writeShort(values.size());
        for (T v : values) {
            writer.write(out, v);
        }
    }

    static <T> List<T> list(DataInput in, Reader<T> reader) throws IOException {
        int n = in.readUnsignedShort();
        List<T> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(reader.read(in));
        }
        return values;
    }
}
