package org.magicref.cli.model;

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

/** Makes the model of commands that picocli built from their annotations: the build's side of the model. */
final class AnnotatedCommands {
    private static final Set<Class<? extends Annotation>> SUPPORTED =
            Set.of(Option.class, Parameters.class, Mixin.class, Spec.class, ArgGroup.class);

    private AnnotatedCommands() {
    }

    /** The node of a command (or mixin) that picocli built from an annotated class. */
    static CommandNode command(CommandSpec spec) {
        Class<?> type = spec.userObject().getClass();
        requireSupported(type);
        Map<ArgSpec, String> mixinOf = new IdentityHashMap<>();
        spec.mixins().forEach((name, mixin) -> mixin.args().forEach(a -> mixinOf.put(a, name)));
        Set<String> mixinsDone = new LinkedHashSet<>();
        Set<ArgGroupSpec> groupsDone = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Member> members = new ArrayList<>();
        for (ArgSpec arg : spec.args()) {
            String mixin = mixinOf.get(arg);
            if (arg.inherited() || CommandNode.HELP.equals(mixin)) {
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
            if (!CommandNode.HELP.equals(mixin) && mixinsDone.add(mixin)) {
                members.add(mixin(spec, mixin));
            }
        }
        CommandSpec help = spec.mixins().get(CommandNode.HELP);
        Object provider = spec.versionProvider();
        String name = spec.name().equals(CommandSpec.DEFAULT_COMMAND_NAME) ? null : spec.name();
        return new CommandNode(type.getName(), name, spec.aliases(), spec.helpCommand(), spec.version(),
                provider == null ? null : provider.getClass().getName(),
                provider == null ? List.of() : specs(provider.getClass()),
                new int[] {spec.exitCodeOnSuccess(), spec.exitCodeOnUsageHelp(), spec.exitCodeOnVersionHelp(),
                        spec.exitCodeOnInvalidInput(), spec.exitCodeOnExecutionException()},
                spec.subcommandsRepeatable(), spec.scopeType().name(), UsageNode.of(spec.usageMessage()), specs(type),
                members, help == null ? null : new MixinNode(CommandNode.HELP, null, command(help)),
                new LinkedHashSet<>(spec.subcommands().values()).stream().map(c -> Subcommand.of(command(c.getCommandSpec()))).toList());
    }

    private static MixinNode mixin(CommandSpec spec, String name) {
        Field field = (Field) spec.mixinAnnotatedElements().get(name).userObject();
        return new MixinNode(name, FieldRef.of(field), command(spec.mixins().get(name)));
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
}
