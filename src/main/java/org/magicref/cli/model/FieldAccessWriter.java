package org.magicref.cli.model;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Writes and compiles, for the build, the {@link FieldAccess} of each package whose commands have
 * fields in a model: a class in that package that reads and writes them as plain Java. A field it
 * cannot reach from there (private, final, or of a type private elsewhere) is left to reflection.
 */
public final class FieldAccessWriter {
    private FieldAccessWriter() {
    }

    /** Writes the sources into {@code sources} and their classes into {@code classes}; returns the fields covered. */
    public static List<Field> write(CommandModel model, Path classes, Path sources) throws IOException, ReflectiveOperationException {
        ClassLoader loader = FieldAccessWriter.class.getClassLoader();
        Map<String, List<Field>> byPackage = new LinkedHashMap<>();
        for (FieldRef ref : model.fields()) {
            Field field = Class.forName(ref.owner(), false, loader).getDeclaredField(ref.name());
            String pkg = field.getDeclaringClass().getPackageName();
            if (reachable(field, pkg)) {
                byPackage.computeIfAbsent(pkg, p -> new ArrayList<>()).add(field);
            }
        }
        List<Path> files = new ArrayList<>();
        Set<String> classPath = new LinkedHashSet<>();
        classPath.add(classes.toString());
        location(FieldAccess.class, classPath);
        List<Field> covered = new ArrayList<>();
        for (Map.Entry<String, List<Field>> e : byPackage.entrySet()) {
            Path file = sources.resolve(e.getKey().replace('.', '/')).resolve(FieldAccess.CLASS + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source(e.getKey(), e.getValue()), StandardCharsets.UTF_8);
            files.add(file);
            for (Field f : e.getValue()) {
                location(f.getDeclaringClass(), classPath);
                location(f.getType(), classPath);
            }
            covered.addAll(e.getValue());
        }
        compile(files, classes, classPath);
        return covered;
    }

    /** The Java source of one package's field code. */
    static String source(String pkg, List<Field> fields) {
        StringBuilder id = new StringBuilder();
        StringBuilder get = new StringBuilder();
        StringBuilder set = new StringBuilder();
        Map<String, List<Integer>> byOwner = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            byOwner.computeIfAbsent(fields.get(i).getDeclaringClass().getName(), o -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> e : byOwner.entrySet()) {
            id.append("            case \"").append(e.getKey()).append("\" -> switch (name) {\n");
            for (int i : e.getValue()) {
                id.append("                case \"").append(fields.get(i).getName()).append("\" -> ").append(i).append(";\n");
            }
            id.append("                default -> -1;\n            };\n");
        }
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String owner = f.getDeclaringClass().getCanonicalName();
            String target = Modifier.isStatic(f.getModifiers()) ? owner : "((" + owner + ") target)";
            get.append("            case ").append(i).append(" -> ").append(target).append('.').append(f.getName()).append(";\n");
            set.append("            case ").append(i).append(" -> ").append(target).append('.').append(f.getName())
                    .append(" = (").append(boxed(f.getType())).append(") value;\n");
        }
        return "package " + pkg + ";\n\n"
                + "/** The fields of this package's commands, read and written without reflection. Written by the build ("
                + FieldAccessWriter.class.getSimpleName() + "). */\n"
                + "@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n"
                + "public final class " + FieldAccess.CLASS + " implements " + FieldAccess.class.getName() + " {\n"
                + "    @Override\n    public int id(String owner, String name) {\n        return switch (owner) {\n" + id
                + "            default -> -1;\n        };\n    }\n\n"
                + "    @Override\n    public Object get(int id, Object target) {\n        return switch (id) {\n" + get
                + "            default -> throw new IllegalArgumentException(\"no field \" + id);\n        };\n    }\n\n"
                + "    @Override\n    public void set(int id, Object target, Object value) {\n        switch (id) {\n" + set
                + "            default -> throw new IllegalArgumentException(\"no field \" + id);\n        }\n    }\n}\n";
    }

    /** Whether code in the package can read and write the field as plain Java. */
    static boolean reachable(Field field, String pkg) {
        int m = field.getModifiers();
        return !Modifier.isPrivate(m) && !Modifier.isFinal(m) && visible(field.getDeclaringClass(), pkg)
                && visible(field.getType(), pkg);
    }

    private static boolean visible(Class<?> type, String pkg) {
        while (type.isArray()) {
            type = type.getComponentType();
        }
        if (type.isPrimitive()) {
            return true;
        }
        if (type.getCanonicalName() == null) {
            return false;
        }
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            int m = c.getModifiers();
            if (Modifier.isPrivate(m) || !Modifier.isPublic(m) && !c.getPackageName().equals(pkg)) {
                return false;
            }
        }
        return true;
    }

    private static String boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type.getCanonicalName();
        }
        return switch (type.getName()) {
            case "boolean" -> "Boolean";
            case "int" -> "Integer";
            case "long" -> "Long";
            case "double" -> "Double";
            case "float" -> "Float";
            case "short" -> "Short";
            case "byte" -> "Byte";
            default -> "Character";
        };
    }

    /** The jar or folder a class was loaded from, for the compiler's class path (none for the JDK's own). */
    private static void location(Class<?> type, Set<String> classPath) {
        while (type.isArray()) {
            type = type.getComponentType();
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            try {
                classPath.add(Path.of(source.getLocation().toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file: the compiler finds the type elsewhere or says what it misses
            }
        }
    }

    private static void compile(List<Path> files, Path classes, Set<String> classPath) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IOException("no Java compiler in this runtime: build magicref with a JDK");
        }
        List<String> args = new ArrayList<>(List.of("--release", "17", "-XDstringConcat=inline", "-d", classes.toString(),
                "-classpath", String.join(File.pathSeparator, classPath)));
        files.forEach(f -> args.add(f.toString()));
        int code = javac.run(null, null, null, args.toArray(new String[0]));
        if (code != 0) {
            throw new IOException("the generated field code did not compile (javac exit " + code + ")");
        }
    }
}
