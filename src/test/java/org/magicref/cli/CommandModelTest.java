package org.magicref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.magicref.cli.model.CommandModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Range;

/**
 * The commands built from the command model are the ones picocli builds from the annotations: every
 * public attribute of every command, usage message, mixin, group, option and parameter, and every
 * help screen, compared in full.
 */
class CommandModelTest {

    @Test
    void theModelBuildsTheAnnotatedCommands() throws IOException {
        CommandLine annotated = new CommandLine(new MagicrefCommandTree());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CommandModel.of(annotated).write(bytes);
        CommandModel read = CommandModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(describe(annotated), describe(read.commandLine(CommandLine.defaultFactory(), null)));
    }

    @Test
    void theBundledModelIsTheOneTheAnnotationsMakeNow() {
        CommandModel bundled = BundledCommands.model();
        assertNotNull(bundled, "the build writes " + BundledCommands.RESOURCE + " beside the classes (process-classes)");
        assertEquals(describe(new CommandLine(new MagicrefCommandTree())),
                describe(bundled.commandLine(CommandLine.defaultFactory(), null)));
        assertEquals(MagicrefCommandTree.subcommands().stream().map(Cli::name).toList(), bundled.subcommands());
    }

    @Test
    void aOneShotCommandLineHoldsTheNamedSubcommandAsTheAnnotationsMakeIt() {
        CommandLine oneShot = BundledCommands.model().commandLine(CommandLine.defaultFactory(), Set.of("document"));
        assertEquals(Set.of("document"), oneShot.getSubcommands().keySet());
        CommandLine annotated = new CommandLine(new MagicrefCommandTree()).getSubcommands().get("document");
        assertEquals(describe(annotated), describe(oneShot.getSubcommands().get("document")));
    }

    @Test
    void parsesLeaveTheValuesTheAnnotatedCommandsLeaveAsInTheShell() {
        CommandLine annotated = new CommandLine(new MagicrefCommandTree());
        CommandLine built = BundledCommands.model().commandLine(CommandLine.defaultFactory(), null);
        List<String[]> lines = List.of(new String[] {"list", "--series", "SRH", "--cited", "--sort", "date", "--json"},
                new String[] {"list"}, new String[] {"list", "--bibliography-only", "--width", "60"},
                new String[] {"import", "thesis.txt", "--into", "mine", "--year", "1996"}, new String[] {"import", "t.txt", "--out", "o"});
        for (String[] line : lines) {
            annotated.parseArgs(line);
            built.parseArgs(line);
            assertEquals(values(annotated), values(built), String.join(" ", line));
        }
        annotated.parseArgs(lines.get(0));
        assertTrue(values(annotated).contains("series=SRH cited=true sort=date json=true"), values(annotated));
    }

    /** What a parse left in the fields of list and import, and of the top command's output options. */
    private static String values(CommandLine cl) {
        ListCommand list = cl.getSubcommands().get("list").getCommand();
        ImportCommand imp = cl.getSubcommands().get("import").getCommand();
        OutputOptions output = ((MagicrefCommand) cl.getCommand()).output;
        return "series=" + list.series + " cited=" + (list.citedness == null ? null : list.citedness.cited)
                + " sort=" + list.sort + " json=" + output.json() + " width=" + output.width
                + " source=" + imp.source + " out=" + (imp.target == null ? null : imp.target.out + "/" + imp.target.into)
                + " year=" + imp.year;
    }

    @Command(name = "child")
    static class WithParent implements Runnable {
        @ParentCommand
        Object parent;

        @Override
        public void run() {
        }
    }

    @Test
    void annotationsTheModelCannotHoldAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommandModel.of(new CommandLine(new WithParent())));
        assertTrue(e.getMessage().contains("@ParentCommand"), e.getMessage());
    }

    /** Every command in the tree, once each, with all it holds and its help screen. */
    static String describe(CommandLine cl) {
        StringBuilder out = new StringBuilder();
        Set<CommandLine> done = new LinkedHashSet<>();
        describe(cl, out, done);
        return out.toString();
    }

    private static void describe(CommandLine cl, StringBuilder out, Set<CommandLine> done) {
        if (!done.add(cl)) {
            return;
        }
        CommandSpec spec = cl.getCommandSpec();
        out.append("command ").append(spec.qualifiedName()).append('\n');
        out.append(attributes(spec, Set.of("commandLine", "parent", "root", "args", "options", "positionalParameters",
                "optionsMap", "negatedOptionsMap", "posixOptionsMap", "requiredArgs", "subcommands", "mixins",
                "mixinAnnotatedElements", "specElements", "argGroups", "usageMessage", "parser", "unmatchedArgsBindings",
                "interpolateVariables", "methodParams", "parentCommandElements", "resourceBundle", "resourceBundleBaseName")));
        out.append(attributes(spec.usageMessage(), Set.of("messages", "sectionMap", "sectionKeys", "width")));
        spec.mixins().forEach((name, mixin) -> out.append("mixin ").append(name).append(": ")
                .append(mixin.userObject().getClass().getName()).append('\n'));
        for (ArgGroupSpec group : spec.argGroups()) {
            out.append("group\n").append(attributes(group, Set.of("getter", "setter", "scope", "messages", "parentGroup",
                    "specElements", "typeInfo")));
        }
        for (ArgSpec arg : spec.args()) {
            out.append("arg ").append(arg).append('\n');
            // picocli reads the initial value of a group's member from the group's instance, which
            // the model's builder does not look for before picocli makes one
            Set<String> skip = new LinkedHashSet<>(List.of("getter", "setter", "scope", "command", "group", "messages",
                    "toBuilder", "getValue", "stringValues", "typedValues", "originalStringValues", "typeInfo"));
            if (arg.group() != null) {
                skip.addAll(List.of("initialValue", "hasInitialValue"));
            }
            out.append(attributes(arg, skip));
            // actual generic type arguments are only read for @Unmatched fields, which the model refuses
            out.append(attributes(arg.typeInfo(), Set.of("getActualGenericTypeArguments", "getAuxiliaryTypeInfos")));
        }
        out.append(cl.getUsageMessage(Help.Ansi.OFF));
        for (CommandLine sub : cl.getSubcommands().values()) {
            describe(sub, out, done);
        }
    }

    /** Each public attribute of a picocli object, by name, as text comparable between two builds. */
    private static String attributes(Object o, Set<String> skip) {
        List<Method> getters = new ArrayList<>();
        for (Method m : o.getClass().getMethods()) {
            // hashCode and a spec's toString name objects by identity
            boolean identity = m.getName().equals("hashCode") || (o instanceof CommandSpec && m.getName().equals("toString"));
            if (!identity && m.getParameterCount() == 0 && Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                    && m.getReturnType() != void.class && m.getDeclaringClass() != Object.class && !skip.contains(m.getName())) {
                getters.add(m);
            }
        }
        getters.sort(Comparator.comparing(Method::getName));
        StringBuilder out = new StringBuilder();
        for (Method m : getters) {
            Object value;
            try {
                m.setAccessible(true);
                value = m.invoke(o);
            } catch (ReflectiveOperationException e) {
                value = "(" + e.getCause() + ")";
            }
            out.append("  ").append(m.getName()).append('=').append(text(value)).append('\n');
        }
        return out.toString();
    }

    private static String text(Object v) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Character
                || v instanceof Enum<?>) {
            return String.valueOf(v);
        }
        if (v instanceof Range r) {
            return r + (r.isUnspecified() ? " (unspecified)" : "");
        }
        if (v instanceof Class<?> c) {
            return c.getName();
        }
        if (v instanceof ArgSpec || v instanceof java.lang.reflect.Field) {
            return v.toString();
        }
        if (v instanceof Object[] array) {
            return Arrays.stream(array).map(CommandModelTest::text).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> text(e.getKey()) + ":" + text(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (v instanceof Collection<?> || (v instanceof Iterable<?> && !(v instanceof ITypeInfo))) {
            return StreamSupport.stream(((Iterable<?>) v).spliterator(), false).map(CommandModelTest::text)
                    .collect(Collectors.joining(", ", v.getClass().getSimpleName() + "[", "]"));
        }
        return v.getClass().getName();
    }
}
