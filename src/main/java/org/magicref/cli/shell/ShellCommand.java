package org.magicref.cli.shell;

import java.io.IOException;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.magicref.cli.BaseCommand;
import org.magicref.cli.CatalogueUser;
import org.magicref.cli.ExitCodes;
import org.magicref.records.CatalogueSource;
import picocli.CommandLine.Command;

@Command(name = "shell", header = "An interactive shell over the same commands.",
        description = "An interactive shell over the same commands: the catalogue is loaded once, Tab completes "
                + "commands, options, identifiers, reels, publications, styles and formats, and history is kept in "
                + "~/.magicref_history. Also started by 'magicref' with no arguments on a terminal.",
        footer = {"  magicref shell", "  magicref> frame 9 589", "  magicref> show SRH-08<Tab>"})
public class ShellCommand extends BaseCommand implements CatalogueUser {
    private CatalogueSource source = CatalogueSource.standard();

    @Override
    public void use(CatalogueSource source) {
        this.source = source;
    }

    @Override
    public Integer call() throws IOException {
        if (System.console() == null) {
            // commands from a pipe or a file: no line editing, no prompt, no escape codes
            return Batch.run(new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                    java.nio.charset.StandardCharsets.UTF_8)), source, out(), err());
        }
        java.util.logging.Logger.getLogger("org.jline").setLevel(java.util.logging.Level.OFF);
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("magicref").build()) {
            String env = System.getenv("HOME");
            Path home = Path.of(env != null && !env.isBlank() ? env : System.getProperty("user.home", "."));
            return new Shell(terminal, source, home).run() == 0 ? ExitCodes.OK : ExitCodes.INTERNAL;
        }
    }
}
