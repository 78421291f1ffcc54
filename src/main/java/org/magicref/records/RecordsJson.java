package org.magicref.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.magicref.domain.DocumentId;
import org.magicref.domain.InvalidValueException;

/** The one Jackson set-up for records and for {@code --json} output: stable, readable, bounded. */
public final class RecordsJson {
    /** Deeper nesting than any record needs; a deeper file is refused, not followed. */
    static final int MAX_NESTING = 64;
    static final int MAX_STRING = 1_000_000;

    private static final ObjectMapper MAPPER = create();
    private static final ObjectMapper OUTPUT = MAPPER.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);

    private RecordsJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Pretty printing as the records are committed: two-space indent, one value a line, LF. */
    public static ObjectWriter prettyWriter() {
        return prettyWriter(MAPPER);
    }

    private static ObjectWriter prettyWriter(ObjectMapper mapper) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        return mapper.writer(printer);
    }

    /** Serialises a value as committed records are written: pretty, with a trailing newline. */
    public static String pretty(Object value) {
        try {
            return prettyWriter().writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Serialises a value for {@code --json} output: like {@link #pretty}, but absent values are
     * printed as null, so every object of a kind has the same fields.
     */
    public static String output(Object value) {
        try {
            return prettyWriter(OUTPUT).writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static ObjectMapper create() {
        SimpleModule ids = new SimpleModule("document-ids");
        ids.addSerializer(DocumentId.class, new JsonSerializer<>() {
            @Override
            public void serialize(DocumentId value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        });
        ids.addDeserializer(DocumentId.class, new JsonDeserializer<>() {
            @Override
            public DocumentId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                try {
                    return DocumentId.parse(text);
                } catch (InvalidValueException e) {
                    throw InvalidFormatException.from(p, e.getMessage(), text, DocumentId.class);
                }
            }
        });
        JsonMapper mapper = JsonMapper.builder()
                .addModule(ids)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        // a number where text belongs (a title of 123) is a mistake to report, not a value to convert
        mapper.coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Textual)
                .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
                .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
                .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Boolean, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(MAX_STRING)
                .build());
        return mapper;
    }
}
