package org.magicref.cli.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.cli.MagicrefCommandTree;
import picocli.CommandLine;

class FieldAccessWriterTest {
    @TempDir
    Path dir;

    /** The build's code covers every field of magicref's own commands: none is read or written by reflection. */
    @Test
    void everyFieldOfTheCommandsHasGeneratedCode() throws Exception {
        CommandModel model = CommandModel.of(new CommandLine(new MagicrefCommandTree()));
        List<String> left = new ArrayList<>();
        int covered = 0;
        for (FieldRef ref : model.fields()) {
            if (!ref.owner().startsWith("org.magicref.")) {
                continue;
            }
            String pkg = ref.owner().substring(0, ref.owner().lastIndexOf('.'));
            FieldAccess access = (FieldAccess) Class.forName(pkg + "." + FieldAccess.CLASS).getDeclaredConstructor().newInstance();
            if (access.id(ref.owner(), ref.name()) < 0) {
                left.add(ref.owner() + "." + ref.name());
            } else {
                covered++;
            }
        }
        assertEquals(List.of(), left, "fields left to reflection");
        assertTrue(covered > 100, "fields covered: " + covered);
    }

    private static final String FIXTURE = """
            package fixture;
            public class Options {
                String name = "initial";
                boolean flag;
                int count = 3;
                java.util.List<String> items;
                static String shared;
                private String hidden;
                final String fixed = "x";
                Inner inner;
                static class Inner { }
                private static class Secret { }
                Secret secret;
            }
            """;

    /** Generated code for fields of every kind reads and writes them; private and final ones, and those of a private type, are left out. */
    @Test
    void theGeneratedCodeReadsAndWritesFieldsOfEveryKind() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/fixture"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.writeString(src.resolve("Options.java"), FIXTURE);
        compile(classes, src.resolve("Options.java"));
        List<Field> fields = new ArrayList<>();
        try (URLClassLoader first = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            for (Field f : first.loadClass("fixture.Options").getDeclaredFields()) {
                if (FieldAccessWriter.reachable(f, "fixture")) {
                    fields.add(f);
                }
            }
        }
        assertEquals(List.of("name", "flag", "count", "items", "shared", "inner"), fields.stream().map(Field::getName).toList());

        Path generated = src.resolve(FieldAccess.CLASS + ".java");
        Files.writeString(generated, FieldAccessWriter.source("fixture", fields));
        compile(classes, generated);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> type = loader.loadClass("fixture.Options");
            Object options = type.getDeclaredConstructor().newInstance();
            FieldAccess access = (FieldAccess) loader.loadClass("fixture." + FieldAccess.CLASS).getDeclaredConstructor().newInstance();
            int name = access.id("fixture.Options", "name");
            int flag = access.id("fixture.Options", "flag");
            int count = access.id("fixture.Options", "count");
            int items = access.id("fixture.Options", "items");
            int shared = access.id("fixture.Options", "shared");
            assertEquals(-1, access.id("fixture.Options", "hidden"));
            assertEquals(-1, access.id("fixture.Other", "name"));

            assertEquals("initial", access.get(name, options));
            assertEquals(false, access.get(flag, options));
            assertEquals(3, access.get(count, options));
            access.set(name, options, "set");
            access.set(flag, options, true);
            access.set(count, options, 7);
            access.set(items, options, List.of("a"));
            access.set(shared, null, "everyone");
            assertEquals("set", field(type, "name").get(options));
            assertEquals(true, field(type, "flag").get(options));
            assertEquals(7, field(type, "count").get(options));
            assertEquals(List.of("a"), access.get(items, options));
            assertEquals("everyone", field(type, "shared").get(null));
        }
    }

    @Test
    void aFinalOrPrivateFieldIsNotReachable() throws Exception {
        assertFalse(FieldAccessWriter.reachable(Fixed.class.getDeclaredField("value"), Fixed.class.getPackageName()));
        assertFalse(FieldAccessWriter.reachable(Fixed.class.getDeclaredField("own"), Fixed.class.getPackageName()));
        assertTrue(FieldAccessWriter.reachable(Fixed.class.getDeclaredField("open"), Fixed.class.getPackageName()));
        assertFalse(FieldAccessWriter.reachable(Fixed.class.getDeclaredField("open"), "elsewhere"));
    }

    static class Fixed {
        final String value = "v";
        private String own;
        String open;
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private void compile(Path classes, Path... sources) {
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                classes + java.io.File.pathSeparator + System.getProperty("java.class.path")));
        Arrays.stream(sources).forEach(s -> args.add(s.toString()));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(new String[0])));
    }
}
