package org.magicref.cli.model;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;
import picocli.CommandLine.ScopeType;

/** Builds picocli's command specs from a model through its programmatic API, without reading an annotation. */
final class Assembler {
    private final IFactory factory;
    private final ClassLoader loader = Assembler.class.getClassLoader();
    /** Each package's generated field code, or empty where the build wrote none (picocli's own). */
    private final Map<String, Optional<FieldAccess>> access = new HashMap<>();

    Assembler(IFactory factory) {
        this.factory = factory;
    }

    /** A command, with its subcommands named in {@code only} (all of them where it is null), and all of theirs. */
    CommandSpec command(CommandNode node, Object instance, CommandSpec mixee, Set<String> only) throws Exception {
        Object user = instance != null ? instance : factory.create(load(node.type()));
        CommandSpec spec = CommandSpec.wrapWithoutInspection(user, factory);
        FieldBinding.Scope scope = new FieldBinding.Scope(user);
        if (node.name() != null) {
            spec.name(node.name());
        }
        int[] codes = node.exitCodes();
        spec.aliases(node.aliases()).helpCommand(node.helpCommand()).version(node.version())
                .exitCodeOnSuccess(codes[0]).exitCodeOnUsageHelp(codes[1]).exitCodeOnVersionHelp(codes[2])
                .exitCodeOnInvalidInput(codes[3]).exitCodeOnExecutionException(codes[4])
                .subcommandsRepeatable(node.subcommandsRepeatable()).scopeType(ScopeType.valueOf(node.scope()));
        node.usage().applyTo(spec.usageMessage());
        if (node.versionProvider() != null) {
            IVersionProvider provider = (IVersionProvider) factory.create(load(node.versionProvider()));
            for (SpecNode s : node.versionProviderSpecs()) {
                slot(s.field()).set(provider, spec);
            }
            spec.versionProvider(provider);
        }
        for (Member member : node.members()) {
            if (member instanceof ArgNode a) {
                spec.add(a.option() ? option(a, scope, true) : positional(a, scope, true));
            } else if (member instanceof MixinNode m) {
                spec.addMixin(m.name(), mixin(m, user, spec));
            } else {
                spec.addArgGroup(group((GroupNode) member, scope));
            }
        }
        for (SpecNode s : node.specs()) {
            slot(s.field()).set(user, s.mixee() ? mixee : spec);
        }
        for (Subcommand sub : node.subcommands()) {
            if (only == null || only.contains(sub.name())) {
                spec.addSubcommand(sub.name(), new CommandLine(command(sub.node(), null, null, null), factory));
            }
        }
        if (node.help() != null) {
            spec.addMixin(node.help().name(), mixin(node.help(), user, spec));
        }
        return spec;
    }

    private CommandSpec mixin(MixinNode node, Object owner, CommandSpec mixee) throws Exception {
        Object instance;
        if (node.field() == null) {
            instance = factory.create(load(node.mixin().type()));
        } else {
            Slot field = slot(node.field());
            instance = field.get(owner);
            if (instance == null) {
                instance = factory.create(field.field().getType());
                field.set(owner, instance);
            }
        }
        return command(node.mixin(), instance, mixee, null);
    }

    private ArgGroupSpec group(GroupNode node, FieldBinding.Scope owner) throws Exception {
        FieldBinding binding = new FieldBinding(owner, slot(node.field()));
        // the members' scope is given each instance of the group that picocli makes
        FieldBinding.Scope members = new FieldBinding.Scope(binding.get());
        ArgGroupSpec.Builder group = ArgGroupSpec.builder().exclusive(node.exclusive()).multiplicity(node.multiplicity())
                .validate(node.validate()).order(node.order()).heading(node.heading()).headingKey(node.headingKey())
                .typeInfo(typeInfo(load(node.type()))).getter(binding).setter(binding).scope(owner);
        for (ArgNode a : node.args()) {
            group.addArg(a.option() ? option(a, members, false) : positional(a, members, false));
        }
        return group.build();
    }

    /**
     * What picocli knows of a type, for a group's class: picocli makes it only for an option's or
     * parameter's type, so it is taken from one that is never added to a command.
     */
    private static ITypeInfo typeInfo(Class<?> type) {
        return OptionSpec.builder("--group").type(type).build().typeInfo();
    }

    /*
     * An option and a positional parameter are given the same attributes; their builders share no
     * public type, so each has its own copy of these lines.
     */
    private OptionSpec option(ArgNode a, FieldBinding.Scope scope, boolean hasInitialValue) throws Exception {
        Slot field = a.flag(ArgNode.STANDARD_HELP) ? new Slot.Cell(a.field().resolve(loader)) : slot(a.field());
        FieldBinding binding = new FieldBinding(scope, field);
        OptionSpec.Builder b = OptionSpec.builder(a.names());
        b.userObject(field.field()).withToString(a.label()).getter(binding).setter(binding).scope(scope)
                .type(load(a.type())).auxiliaryTypes(types(a.auxiliaryTypes())).arity(arity(a))
                .required(a.flag(ArgNode.REQUIRED)).description(a.description()).descriptionKey(a.text(ArgNode.DESCRIPTION_KEY))
                .paramLabel(a.text(ArgNode.PARAM_LABEL)).hideParamSyntax(a.flag(ArgNode.HIDE_PARAM_SYNTAX))
                .interactive(a.flag(ArgNode.INTERACTIVE)).echo(a.flag(ArgNode.ECHO)).prompt(a.text(ArgNode.PROMPT))
                .splitRegex(a.text(ArgNode.SPLIT)).splitRegexSynopsisLabel(a.text(ArgNode.SPLIT_LABEL))
                .hidden(a.flag(ArgNode.HIDDEN)).defaultValue(a.text(ArgNode.DEFAULT_VALUE))
                .showDefaultValue(Visibility.valueOf(a.text(ArgNode.SHOW_DEFAULT)))
                .scopeType(ScopeType.valueOf(a.text(ArgNode.SCOPE))).converters(converters(a))
                .completionCandidates(create(a.completionCandidates())).parameterConsumer(create(a.parameterConsumer()))
                .preprocessor(create(a.preprocessor()))
                .initialValue(hasInitialValue ? binding.get() : null).hasInitialValue(hasInitialValue);
        b.mapFallbackValue(a.text(ArgNode.MAP_FALLBACK_VALUE));
        return b.order(a.order()).help(a.flag(ArgNode.HELP)).usageHelp(a.flag(ArgNode.USAGE_HELP))
                .versionHelp(a.flag(ArgNode.VERSION_HELP)).negatable(a.flag(ArgNode.NEGATABLE))
                .fallbackValue(a.text(ArgNode.FALLBACK_VALUE)).build();
    }

    private PositionalParamSpec positional(ArgNode a, FieldBinding.Scope scope, boolean hasInitialValue) throws Exception {
        Slot field = slot(a.field());
        FieldBinding binding = new FieldBinding(scope, field);
        PositionalParamSpec.Builder b = PositionalParamSpec.builder().index(a.index());
        b.userObject(field.field()).withToString(a.label()).getter(binding).setter(binding).scope(scope)
                .type(load(a.type())).auxiliaryTypes(types(a.auxiliaryTypes())).arity(arity(a))
                .required(a.flag(ArgNode.REQUIRED)).description(a.description()).descriptionKey(a.text(ArgNode.DESCRIPTION_KEY))
                .paramLabel(a.text(ArgNode.PARAM_LABEL)).hideParamSyntax(a.flag(ArgNode.HIDE_PARAM_SYNTAX))
                .interactive(a.flag(ArgNode.INTERACTIVE)).echo(a.flag(ArgNode.ECHO)).prompt(a.text(ArgNode.PROMPT))
                .splitRegex(a.text(ArgNode.SPLIT)).splitRegexSynopsisLabel(a.text(ArgNode.SPLIT_LABEL))
                .hidden(a.flag(ArgNode.HIDDEN)).defaultValue(a.text(ArgNode.DEFAULT_VALUE))
                .showDefaultValue(Visibility.valueOf(a.text(ArgNode.SHOW_DEFAULT)))
                .scopeType(ScopeType.valueOf(a.text(ArgNode.SCOPE))).converters(converters(a))
                .completionCandidates(create(a.completionCandidates())).parameterConsumer(create(a.parameterConsumer()))
                .preprocessor(create(a.preprocessor()))
                .initialValue(hasInitialValue ? binding.get() : null).hasInitialValue(hasInitialValue);
        b.mapFallbackValue(a.text(ArgNode.MAP_FALLBACK_VALUE));
        return b.build();
    }

    private static Range arity(ArgNode a) {
        return Range.valueOf(a.arity()).unspecified(a.arityUnspecified());
    }

    private ITypeConverter<?>[] converters(ArgNode a) throws Exception {
        ITypeConverter<?>[] converters = new ITypeConverter<?>[a.converters().length];
        for (int i = 0; i < converters.length; i++) {
            converters[i] = create(a.converters()[i]);
        }
        return converters;
    }

    @SuppressWarnings("unchecked")
    private <T> T create(String type) throws Exception {
        return type == null ? null : (T) factory.create(load(type));
    }

    private Class<?>[] types(String[] names) throws ClassNotFoundException {
        Class<?>[] types = new Class<?>[names.length];
        for (int i = 0; i < names.length; i++) {
            types[i] = load(names[i]);
        }
        return types;
    }

    /** The field, through the generated code of its package where the build wrote it one. */
    private Slot slot(FieldRef ref) throws ReflectiveOperationException {
        Field field = ref.resolve(loader);
        String owner = ref.owner();
        String pkg = owner.substring(0, owner.lastIndexOf('.'));
        Optional<FieldAccess> code = access.get(pkg);
        if (code == null) {
            code = generated(pkg);
            access.put(pkg, code);
        }
        int id = code.isPresent() ? code.get().id(owner, ref.name()) : -1;
        return id < 0 ? new Slot.Reflected(field) : new Slot.Generated(code.get(), id, field);
    }

    private Optional<FieldAccess> generated(String pkg) throws ReflectiveOperationException {
        Class<?> type;
        try {
            type = Class.forName(pkg + "." + FieldAccess.CLASS, true, loader);
        } catch (ClassNotFoundException none) {
            return Optional.empty();
        }
        return Optional.of((FieldAccess) type.getDeclaredConstructor().newInstance());
    }

    private Class<?> load(String name) throws ClassNotFoundException {
        return switch (name) {
            case "boolean" -> boolean.class;
            case "int" -> int.class;
            case "long" -> long.class;
            case "double" -> double.class;
            case "float" -> float.class;
            case "short" -> short.class;
            case "byte" -> byte.class;
            case "char" -> char.class;
            default -> Class.forName(name, false, loader);
        };
    }
}
