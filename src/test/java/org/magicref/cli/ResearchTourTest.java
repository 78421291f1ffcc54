package org.magicref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.cli.shell.Words;
import org.magicref.records.CatalogueSource;

/** The README's day at the reader, run again command by command: every output shown is the tool's. */
class ResearchTourTest {
    static final String SECTION = "## Your own research: a day at the reader";
    static final String END = "### Nothing you record is lost";

    @TempDir
    Path home;

    @Test
    void theReadmeTourIsWhatTheToolPrints() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf(SECTION), readme.indexOf(END));
        CatalogueSource source = ResearchCommandsTest.sourceFor(home);
        int commands = 0;
        for (String block : blocks(section)) {
            List<String> lines = block.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                assertTrue(line.startsWith("$ scripts/magicref "), "a block starts with a command: " + line);
                StringBuilder expected = new StringBuilder();
                while (i + 1 < lines.size() && !lines.get(i + 1).startsWith("$ ")) {
                    expected.append(lines.get(++i)).append('\n');
                }
                Run r = Run.with(source, Words.split(line.substring("$ scripts/magicref ".length())).toArray(new String[0]));
                assertEquals(expected.toString(), r.out() + r.err(), line);
                commands++;
            }
        }
        assertEquals(18, commands);
    }

    private static List<String> blocks(String text) {
        List<String> out = new ArrayList<>();
        String[] parts = text.split("```");
        for (int i = 1; i < parts.length; i += 2) {
            out.add(parts[i].strip());
        }
        return out;
    }
}
