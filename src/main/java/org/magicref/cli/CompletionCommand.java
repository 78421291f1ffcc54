package org.magicref.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion", header = "A completion script for bash or zsh.", mixinStandardHelpOptions = true,
        description = "Print a completion script for bash or zsh: commands, options, document identifiers, reels, "
                + "publications, common styles and formats. Install it with: source <(magicref completion bash), or "
                + "save it to a file that your shell reads at start.",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref completion bash > ~/.local/share/bash-completion/completions/magicref",
                  "  magicref completion zsh > ~/.zfunc/_magicref.sh"})
public class CompletionCommand implements Callable<Integer> {
    enum Shell { bash, zsh }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("magicref", spec.root().commandLine());
        PrintWriter out = spec.commandLine().getOut();
        if (shell == Shell.zsh) {
            out.println("autoload -U +X compinit && compinit");
            out.println("autoload -U +X bashcompinit && bashcompinit");
        }
        out.print(script);
        out.flush();
        return ExitCodes.OK;
    }
}
