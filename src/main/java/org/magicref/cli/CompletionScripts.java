package org.magicref.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.magicref.records.CatalogueSource;

/** Writes the bash and zsh completion scripts into a folder: the build runs it for the release and the install. */
public final class CompletionScripts {
    private CompletionScripts() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        for (String shell : new String[] {"bash", "zsh"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.execute(Cli.create(CatalogueSource.of(org.magicref.records.CatalogueStore.readBundled()),
                    new PrintWriter(out), new PrintWriter(err)), "completion", shell);
            if (code != 0) {
                throw new IOException("completion " + shell + ": " + err);
            }
            Files.writeString(dir.resolve(shell.equals("bash") ? "magicref.bash" : "_magicref"), out.toString(), StandardCharsets.UTF_8);
        }
    }
}
