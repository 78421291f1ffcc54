package org.magicref.report;

import java.io.PrintWriter;

/** JSON for programs: pretty, with stable field names and a trailing newline. */
public final class Json {
    private Json() {
    }

    /** The JSON text of a value, as {@link #print} writes it. */
    public static String text(Object value) {
        return JsonWriter.write(value);
    }

    public static void print(PrintWriter out, Object value) {
        out.print(JsonWriter.write(value));
        out.flush();
    }
}
