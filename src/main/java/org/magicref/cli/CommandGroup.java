package org.magicref.cli;

/** A command that only groups subcommands (document add, edit, remove): alone, it shows its help. */
public abstract class CommandGroup extends BaseCommand {
    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return ExitCodes.OK;
    }
}
