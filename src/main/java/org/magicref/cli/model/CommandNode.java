package org.magicref.cli.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A command as its annotations declare it: its class, names and usage help, its members in the order
 * declared, the fields given its spec, the standard help options, and its subcommands.
 */
record CommandNode(String type, String name, String[] aliases, boolean helpCommand, String[] version,
        String versionProvider, List<SpecNode> versionProviderSpecs, int[] exitCodes, boolean subcommandsRepeatable,
        String scope, UsageNode usage, List<SpecNode> specs, List<Member> members, MixinNode help,
        List<CommandNode> subcommands) {

    /** The name picocli gives the mixin of the standard help options. */
    static final String HELP = "mixinStandardHelpOptions";
    private static final Set<Class<? extends Annotation>> SUPPORTED =
            Set.of(Option.class, Parameters.class, Mixin.class, Spec.class, ArgGroup.class);

    /** The node of a command (or mixin) that picocli built from an annotated class. */
    static CommandNode of(CommandSpec spec) {
        Class<?> type = spec.userObject().getClass();
        requireSupported(type);
        Map<ArgSpec, String> mixinOf = new IdentityHashMap<>();
        spec.mixins().forEach((name, mixin) -> mixin.args().forEach(a -> mixinOf.put(a, name)));
        Set<String> mixinsDone = new LinkedHashSet<>();
        Set<ArgGroupSpec> groupsDone = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Member> members = new ArrayList<>();
        for (ArgSpec arg : spec.args()) {
            String mixin = mixinOf.get(arg);
            if (arg.inherited() || HELP.equals(mixin)) {
                continue;
            }
            if (arg.group() != null) {
                ArgGroupSpec group = arg.group();
                if (group.parentGroup() != null || !group.subgroups().isEmpty()) {
                    throw new IllegalArgumentException("the command model holds no nested argument groups: " + group);
                }
                if (groupsDone.add(group)) {
                    members.add(group(type, group));
                }
            } else if (mixin != null) {
                if (mixinsDone.add(mixin)) {
                    members.add(mixin(spec, mixin));
                }
            } else {
                members.add(ArgNode.of(arg));
            }
        }
        for (String mixin : spec.mixins().keySet()) {
            if (!HELP.equals(mixin) && mixinsDone.add(mixin)) {
                members.add(mixin(spec, mixin));
            }
        }
        CommandSpec help = spec.mixins().get(HELP);
        Object provider = spec.versionProvider();
        String name = spec.name().equals(CommandSpec.DEFAULT_COMMAND_NAME) ? null : spec.name();
        return new CommandNode(type.getName(), name, spec.aliases(), spec.helpCommand(), spec.version(),
                provider == null ? null : provider.getClass().getName(),
                provider == null ? List.of() : specs(provider.getClass()),
                new int[] {spec.exitCodeOnSuccess(), spec.exitCodeOnUsageHelp(), spec.exitCodeOnVersionHelp(),
                        spec.exitCodeOnInvalidInput(), spec.exitCodeOnExecutionException()},
                spec.subcommandsRepeatable(), spec.scopeType().name(), UsageNode.of(spec.usageMessage()), specs(type),
                members, help == null ? null : new MixinNode(HELP, null, of(help)),
                new LinkedHashSet<>(spec.subcommands().values()).stream().map(c -> of(c.getCommandSpec())).toList());
    }

    private static MixinNode mixin(CommandSpec spec, String name) {
        Field field = (Field) spec.mixinAnnotatedElements().get(name).userObject();
        return new MixinNode(name, FieldRef.of(field), of(spec.mixins().get(name)));
    }

    private static GroupNode group(Class<?> type, ArgGroupSpec group) {
        Class<?> groupType = group.typeInfo().getAuxiliaryTypes()[0];
        Field field = hierarchy(type).flatMap(c -> Stream.of(c.getDeclaredFields()))
                .filter(f -> f.isAnnotationPresent(ArgGroup.class) && f.getType() == groupType).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field of " + type + " holds the group " + group));
        return new GroupNode(FieldRef.of(field), groupType.getName(), group.exclusive(), group.multiplicity().toString(),
                group.validate(), group.order(), group.heading(), group.headingKey(),
                group.args().stream().map(ArgNode::of).toList());
    }

    /** The fields of a class and its superclasses that are given a spec, superclass first. */
    private static List<SpecNode> specs(Class<?> type) {
        return hierarchy(type).flatMap(c -> Stream.of(c.getDeclaredFields())).filter(f -> f.isAnnotationPresent(Spec.class))
                .map(f -> new SpecNode(FieldRef.of(f), f.getAnnotation(Spec.class).value() == Spec.Target.MIXEE)).toList();
    }

    private static Stream<Class<?>> hierarchy(Class<?> type) {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            classes.add(0, c);
        }
        return classes.stream();
    }

    /** Refuses a class whose annotations the model cannot hold (annotated methods, {@code @ParentCommand}, ...). */
    private static void requireSupported(Class<?> type) {
        hierarchy(type).flatMap(c -> Stream.concat(Stream.of(c.getDeclaredFields()), Stream.of(c.getDeclaredMethods())))
                .forEach(member -> {
                    for (Annotation a : ((AccessibleObject) member).getAnnotations()) {
                        boolean picocli = a.annotationType().getEnclosingClass() == CommandLine.class;
                        if (picocli && (!(member instanceof Field) || !SUPPORTED.contains(a.annotationType()))) {
                            throw new IllegalArgumentException("the command model cannot hold @"
                                    + a.annotationType().getSimpleName() + " on " + member);
                        }
                    }
                });
    }

    void write(DataOutput out) throws IOException {
        out.writeUTF(type);
        ModelData.string(out, name);
        ModelData.strings(out, aliases);
        out.writeBoolean(helpCommand);
        ModelData.strings(out, version);
        ModelData.string(out, versionProvider);
        ModelData.list(out, versionProviderSpecs, (o, s) -> s.write(o));
        for (int code : exitCodes) {
            out.writeInt(code);
        }
        out.writeBoolean(subcommandsRepeatable);
        out.writeUTF(scope);
        usage.write(out);
        ModelData.list(out, specs, (o, s) -> s.write(o));
        ModelData.list(out, members, CommandNode::writeMember);
        out.writeBoolean(help != null);
        if (help != null) {
            help.write(out);
        }
        ModelData.list(out, subcommands, (o, c) -> c.write(o));
    }

    private static void writeMember(DataOutput out, Member member) throws IOException {
        if (member instanceof ArgNode a) {
            out.writeByte('a');
            a.write(out);
        } else if (member instanceof MixinNode m) {
            out.writeByte('m');
            m.write(out);
        } else {
            out.writeByte('g');
            ((GroupNode) member).write(out);
        }
    }

    private static Member readMember(DataInput in) throws IOException {
        int kind = in.readByte();
        return switch (kind) {
            case 'a' -> ArgNode.read(in);
            case 'm' -> MixinNode.read(in);
            case 'g' -> GroupNode.read(in);
            default -> throw new IOException("not a command model: a member of kind " + kind);
        };
    }

    static CommandNode read(DataInput in) throws IOException {
        String type = in.readUTF();
        String name = ModelData.string(in);
        String[] aliases = ModelData.strings(in);
        boolean helpCommand = in.readBoolean();
        String[] version = ModelData.strings(in);
        String provider = ModelData.string(in);
        List<SpecNode> providerSpecs = ModelData.list(in, SpecNode::read);
        int[] exitCodes = new int[5];
        for (int i = 0; i < exitCodes.length; i++) {
            exitCodes[i] = in.readInt();
        }
        boolean repeatable = in.readBoolean();
        String scope = in.readUTF();
        UsageNode usage = UsageNode.read(in);
        List<SpecNode> specs = ModelData.list(in, SpecNode::read);
        List<Member> members = ModelData.list(in, CommandNode::readMember);
        MixinNode help = in.readBoolean() ? MixinNode.read(in) : null;
        return new CommandNode(type, name, aliases, helpCommand, version, provider, providerSpecs, exitCodes, repeatable,
                scope, usage, specs, members, help, ModelData.list(in, CommandNode::read));
    }
}
