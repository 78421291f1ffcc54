package org.magicref.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import org.magicref.domain.DocumentId;

/**
 * The {@code --json} of the views, written with Jackson's streaming generator: records as objects
 * (their components in order, null ones as null), lists as arrays, maps as objects, enums by name,
 * identifiers as text. The same text Jackson's data binding writes, without the cost of starting
 * data binding for one command.
 */
final class JsonWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonWriter() {
    }

    /** The value as pretty JSON (two-space indent, one value a line) with a trailing newline. */
    static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)).withObjectIndenter(indenter);
            printer.indentArraysWith(indenter);
            g.setPrettyPrinter(printer);
            value(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (v instanceof DocumentId id) {
            g.writeString(id.toString());
        } else if (v instanceof Iterable<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v.getClass().isRecord()) {
            g.writeStartObject();
            for (RecordComponent c : v.getClass().getRecordComponents()) {
                g.writeFieldName(c.getName());
                try {
                    value(g, c.getAccessor().invoke(v));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of " + v.getClass().getSimpleName(), e);
                }
            }
            g.writeEndObject();
        } else {
            throw new IllegalArgumentException("no JSON form for " + v.getClass().getName());
        }
    }
}
