package org.magicref.report;

import java.io.PrintWriter;
import org.magicref.records.RecordsJson;

/** JSON for programs: pretty, with stable field names and a trailing newline. */
public final class Json {
    private Json() {
    }

    public static void print(PrintWriter out, Object value) {
        out.print(RecordsJson.output(value));
        out.flush();
    }
}
