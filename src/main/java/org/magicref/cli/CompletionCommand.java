package org.magicref.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "completion", header = "A completion script for bash or zsh.",
        description = "Print a completion script for bash or zsh: commands, options, document identifiers, reels, "
                + "publications, common styles and formats. Install it with: source <(magicref completion bash), or "
                + "save it to a file that your shell reads at start.",
        footer = {"  magicref completion bash > ~/.local/share/bash-completion/completions/magicref",
                  "  magicref completion zsh > ~/.zfunc/_magicref.sh"})
public class CompletionCommand extends BaseCommand {
    enum Shell { bash, zsh }

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("magicref", spec.root().commandLine());
        PrintWriter out = out();
        if (shell == Shell.zsh) {
            out.println("autoload -U +X compinit && compinit");
            out.println("autoload -U +X bashcompinit && bashcompinit");
        }
        out.print(script);
        out.flush();
        return ExitCodes.OK;
    }
}
