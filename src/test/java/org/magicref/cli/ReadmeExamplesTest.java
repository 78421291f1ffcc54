package org.magicref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.Skip;
import org.magicref.cli.shell.Words;
import org.magicref.importer.Thesis;
import org.magicref.records.CatalogueSource;
import org.magicref.records.CatalogueStore;

/**
 * Every example in the README, run again: each {@code $ scripts/magicref ...} line of a code block
 * and the output under it must be what the tool prints (a line "..." stands for any lines). The
 * day at the reader has its own test ({@link ResearchTourTest}); the interactive shell is driven
 * in a terminal by the shell's own test.
 */
class ReadmeExamplesTest {
    static final String PROMPT = "$ scripts/magicref ";

    @TempDir
    Path dir;

    @Test
    void everyExampleIsWhatTheToolPrints() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int tour = readme.indexOf(ResearchTourTest.SECTION);
        readme = readme.substring(0, tour) + readme.substring(readme.indexOf(ResearchTourTest.END));
        CatalogueSource source = ResearchCommandsTest.sourceFor(Files.createDirectories(dir.resolve("home")));
        int checked = 0;
        for (String block : blocks(readme)) {
            List<String> lines = block.lines().toList();
            if (lines.isEmpty() || !lines.get(0).startsWith(PROMPT) || block.contains("\nmagicref> ")) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                String command = lines.get(i).substring(PROMPT.length());
                List<String> expected = new ArrayList<>();
                while (i + 1 < lines.size() && !lines.get(i + 1).startsWith(PROMPT)) {
                    expected.add(lines.get(++i));
                }
                while (!expected.isEmpty() && expected.get(expected.size() - 1).isEmpty()) {
                    expected.remove(expected.size() - 1); // the blank line between two examples
                }
                List<String> actual = run(source, command);
                assertMatches(command, expected, actual);
                checked++;
            }
        }
        assertTrue(checked >= 20, "examples checked: " + checked);
    }

    /** Runs one example: the command's words, a "| tail -N" or "| head -N" after them, and the folders it names. */
    private List<String> run(CatalogueSource source, String command) throws Exception {
        String pipe = null;
        if (command.contains(" | ")) {
            pipe = command.substring(command.indexOf(" | ") + 3);
            command = command.substring(0, command.indexOf(" | "));
        }
        List<String> words = new ArrayList<>(Words.split(command));
        String replaced = null;
        if (words.get(0).equals("import")) {
            Skip.unless(Files.isRegularFile(Thesis.DEFAULT), "the thesis text is not at " + Thesis.DEFAULT.toAbsolutePath().normalize());
            int out = words.indexOf("--out") + 1;
            replaced = words.get(out);
            words.set(out, dir.resolve(replaced).toString());
        }
        if (words.equals(List.of("validate", "my-records"))) {
            replaced = "my-records";
            words.set(1, myRecords().toString());
        }
        Run r = Run.with(source, words.toArray(new String[0]));
        String text = r.out() + r.err();
        if (replaced != null) {
            text = text.replace(dir.resolve(replaced).toString(), replaced);
        }
        List<String> out = text.lines().toList();
        if (pipe != null) {
            int n = Integer.parseInt(pipe.replaceAll("\\D", ""));
            out = pipe.startsWith("tail") ? out.subList(Math.max(0, out.size() - n), out.size()) : out.subList(0, Math.min(n, out.size()));
        }
        return out;
    }

    /** The catalogue the README's validate example shows: a title missing, a reel given as a word, an unknown document cited. */
    private Path myRecords() throws Exception {
        Path records = dir.resolve("my-records");
        if (Files.exists(records)) {
            return records;
        }
        CatalogueStore.write(CatalogueStore.readBundled(), records, false);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var documents = (com.fasterxml.jackson.databind.node.ArrayNode) json.readTree(records.resolve(CatalogueStore.DOCUMENTS).toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) documents.get(0)).remove("title");
        ((com.fasterxml.jackson.databind.node.ObjectNode) documents.get(1)).put("reel", "nine");
        Files.writeString(records.resolve(CatalogueStore.DOCUMENTS), org.magicref.records.RecordsJson.prettyWriter().writeValueAsString(documents));
        var citations = (com.fasterxml.jackson.databind.node.ArrayNode) json.readTree(records.resolve(CatalogueStore.CITATIONS).toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) citations.get(6)).put("document", "SRH-999");
        Files.writeString(records.resolve(CatalogueStore.CITATIONS), org.magicref.records.RecordsJson.prettyWriter().writeValueAsString(citations));
        return records;
    }

    /**
     * The expected lines against the actual ones, each "..." standing for any number of lines: the
     * first part must begin the output, the last end it, and those between appear in order.
     */
    private static void assertMatches(String command, List<String> expected, List<String> actual) {
        List<List<String>> parts = new ArrayList<>();
        parts.add(new ArrayList<>());
        for (String line : expected) {
            if (line.equals("...")) {
                parts.add(new ArrayList<>());
            } else {
                parts.get(parts.size() - 1).add(line);
            }
        }
        if (parts.size() == 1) {
            assertEquals(String.join("\n", expected), String.join("\n", actual), command);
            return;
        }
        String shown = command + ":\n" + String.join("\n", actual);
        List<String> first = parts.get(0);
        List<String> last = parts.get(parts.size() - 1);
        assertTrue(actual.size() >= first.size() + last.size(), shown);
        assertEquals(first, actual.subList(0, first.size()), shown);
        assertEquals(last, actual.subList(actual.size() - last.size(), actual.size()), shown);
        int from = first.size();
        for (List<String> middle : parts.subList(1, parts.size() - 1)) {
            int at = java.util.Collections.indexOfSubList(actual.subList(from, actual.size() - last.size()), middle);
            assertTrue(at >= 0, "not found in order: " + middle + "\n" + shown);
            from += at + middle.size();
        }
    }

    private static List<String> blocks(String text) {
        List<String> out = new ArrayList<>();
        String[] parts = text.split("```");
        for (int i = 1; i < parts.length; i += 2) {
            String block = parts[i];
            out.add(block.substring(block.indexOf('\n') + 1).stripTrailing());
        }
        return out;
    }
}
