package org.magicref.cli.model;

import java.io.DataOutput;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Arrays;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * An option or positional parameter as its annotation declares it: the attributes picocli's builders
 * take, with classes by name, the field its value goes to, and the label picocli's messages give it.
 */
record ArgNode(FieldRef field, String[] names, String index, String arity, boolean arityUnspecified, String label,
        String type, String[] auxiliaryTypes, String[] text, boolean[] flags, String[] converters,
        String completionCandidates, String parameterConsumer, String preprocessor, int order) implements Member {

    /** The indexes of {@link #text}; the description's lines follow them. */
    static final int DESCRIPTION_KEY = 0, PARAM_LABEL = 1, PROMPT = 2, SPLIT = 3, SPLIT_LABEL = 4, DEFAULT_VALUE = 5,
            MAP_FALLBACK_VALUE = 6, SHOW_DEFAULT = 7, SCOPE = 8, FALLBACK_VALUE = 9, TEXTS = 10;
    /** The indexes of {@link #flags}. */
    static final int REQUIRED = 0, HIDE_PARAM_SYNTAX = 1, INTERACTIVE = 2, ECHO = 3, HIDDEN = 4, HELP = 5,
            USAGE_HELP = 6, VERSION_HELP = 7, NEGATABLE = 8, STANDARD_HELP = 9, FLAGS = 10;

    private static final String NO_PREPROCESSOR = "picocli.CommandLine$NoOpParameterPreprocessor";

    boolean option() {
        return names != null;
    }

    boolean flag(int i) {
        return flags[i];
    }

    String text(int i) {
        return text[i];
    }

    String[] description() {
        return Arrays.copyOfRange(text, TEXTS, text.length);
    }

    /** The node of an option or parameter that picocli built from an annotated field. */
    static ArgNode of(ArgSpec arg) {
        if (!(arg.userObject() instanceof Field f)) {
            throw new IllegalArgumentException("the command model holds annotated fields only, not " + arg.userObject());
        }
        boolean option = arg instanceof OptionSpec;
        OptionSpec o = option ? (OptionSpec) arg : null;
        OptionSpec.Builder declared = option ? o.toBuilder() : null;
        Class<?> candidates = option ? f.getAnnotation(Option.class).completionCandidates()
                : f.getAnnotation(Parameters.class).completionCandidates();
        String[] text = option ? text(declared) : text(((PositionalParamSpec) arg).toBuilder());
        text[SHOW_DEFAULT] = arg.showDefaultValue().name();
        text[SCOPE] = arg.scopeType().name();
        text[FALLBACK_VALUE] = option ? declared.fallbackValue() : null;
        boolean[] flags = new boolean[FLAGS];
        // an exclusive group makes its optional members required, and says so in originallyRequired
        flags[REQUIRED] = arg.required() && !arg.originallyRequired();
        flags[HIDE_PARAM_SYNTAX] = arg.hideParamSyntax();
        flags[INTERACTIVE] = arg.interactive();
        flags[ECHO] = arg.echo();
        flags[HIDDEN] = arg.hidden();
        if (option) {
            flags[HELP] = o.help();
            flags[USAGE_HELP] = o.usageHelp();
            flags[VERSION_HELP] = o.versionHelp();
            flags[NEGATABLE] = o.negatable();
        }
        // an option of picocli's standard help mixin (a private boolean, false in every new mixin),
        // which a run binds to a value of its own (Slot.Cell)
        flags[STANDARD_HELP] = f.getDeclaringClass().getName().startsWith("picocli.") && f.getType() == boolean.class
                && Boolean.FALSE.equals(arg.initialValue());
        return new ArgNode(FieldRef.of(f), option ? declared.names() : null,
                option ? null : ((PositionalParamSpec) arg).index().toString(),
                arg.arity().toString(), arg.arity().isUnspecified(), arg.toString(),
                arg.type().getName(), Arrays.stream(arg.auxiliaryTypes()).map(Class::getName).toArray(String[]::new),
                text, flags, Arrays.stream(arg.converters()).map(c -> c.getClass().getName()).toArray(String[]::new),
                candidates.getName().equals("picocli.CommandLine$NoCompletionCandidates") ? null : candidates.getName(),
                arg.parameterConsumer() == null ? null : arg.parameterConsumer().getClass().getName(),
                arg.preprocessor().getClass().getName().equals(NO_PREPROCESSOR) ? null : arg.preprocessor().getClass().getName(),
                option ? o.order() : 0);
    }

    /*
     * The texts as declared, before picocli fills in variables such as ${DEFAULT-VALUE}. The two
     * builders share no public type, so each has its own copy of these lines.
     */
    private static String[] text(OptionSpec.Builder b) {
        return text(b.descriptionKey(), b.paramLabel(), b.prompt(), b.splitRegex(), b.splitRegexSynopsisLabel(),
                b.defaultValue(), b.mapFallbackValue(), b.description());
    }

    private static String[] text(PositionalParamSpec.Builder b) {
        return text(b.descriptionKey(), b.paramLabel(), b.prompt(), b.splitRegex(), b.splitRegexSynopsisLabel(),
                b.defaultValue(), b.mapFallbackValue(), b.description());
    }

    private static String[] text(String descriptionKey, String paramLabel, String prompt, String split, String splitLabel,
            String defaultValue, String mapFallbackValue, String[] description) {
        String[] text = new String[TEXTS + description.length];
        text[DESCRIPTION_KEY] = descriptionKey;
        text[PARAM_LABEL] = paramLabel;
        text[PROMPT] = prompt;
        text[SPLIT] = split;
        text[SPLIT_LABEL] = splitLabel;
        text[DEFAULT_VALUE] = defaultValue;
        text[MAP_FALLBACK_VALUE] = mapFallbackValue;
        System.arraycopy(description, 0, text, TEXTS, description.length);
        return text;
    }

    void write(DataOutput out) throws IOException {
        field.write(out);
        out.writeBoolean(option());
        if (option()) {
            ModelData.strings(out, names);
        } else {
            out.writeUTF(index);
        }
        out.writeUTF(arity);
        out.writeBoolean(arityUnspecified);
        out.writeUTF(label);
        out.writeUTF(type);
        ModelData.strings(out, auxiliaryTypes);
        out.writeShort(text.length);
        for (String t : text) {
            ModelData.string(out, t);
        }
        for (boolean b : flags) {
            out.writeBoolean(b);
        }
        ModelData.strings(out, converters);
        ModelData.string(out, completionCandidates);
        ModelData.string(out, parameterConsumer);
        ModelData.string(out, preprocessor);
        out.writeInt(order);
    }

    static ArgNode read(ModelInput in) throws IOException {
        FieldRef field = FieldRef.read(in);
        boolean option = in.readBoolean();
        String[] names = option ? ModelData.strings(in) : null;
        String index = option ? null : in.readUTF();
        String arity = in.readUTF();
        boolean unspecified = in.readBoolean();
        String label = in.readUTF();
        String type = in.readUTF();
        String[] aux = ModelData.strings(in);
        String[] text = new String[in.readUnsignedShort()];
        for (int i = 0; i < text.length; i++) {
            text[i] = ModelData.string(in);
        }
        boolean[] flags = new boolean[FLAGS];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = in.readBoolean();
        }
        return new ArgNode(field, names, index, arity, unspecified, label, type, aux, text, flags,
                ModelData.strings(in), ModelData.string(in), ModelData.string(in), ModelData.string(in), in.readInt());
    }
}
