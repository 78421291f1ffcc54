package org.magicref.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.magicref.Skip;

/** The thesis text from {@code ../shared} (or $MAGICREF_THESIS); tests that need it skip without it. */
public final class Thesis {
    public static final Path DEFAULT = Path.of("..", "shared", "seed", "000_b6ce1656289eb12a.txt");

    private Thesis() {
    }

    public static Path path() {
        String env = System.getenv("MAGICREF_THESIS");
        Path p = env == null || env.isBlank() ? DEFAULT : Path.of(env);
        Skip.unless(Files.isRegularFile(p), "the thesis text is not at " + p.toAbsolutePath().normalize()
                + " (put ../shared beside the project, or set MAGICREF_THESIS)");
        return p;
    }

    public static String text() throws IOException {
        return Files.readString(path(), StandardCharsets.UTF_8);
    }
}
