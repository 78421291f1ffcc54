package org.magicref.cli;

import java.util.List;
import org.magicref.cli.shell.ShellCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The whole command tree: the top command with every subcommand, in the order help lists them.
 * Help, the shell, completion and the man pages use it; a one-shot command builds only the
 * top command and the subcommand it names (see {@link Cli#create}).
 */
@Command(subcommands = {ShowCommand.class, ListCommand.class, CitesCommand.class, SearchCommand.class,
        FrameCommand.class, LocateCommand.class, ReelCommand.class, CiteCommand.class, NotesCommand.class,
        BibliographyCommand.class, ExportCommand.class, SiteCommand.class, XrefCommand.class, TimelineCommand.class, AuditCommand.class,
        DocumentCommand.class, PublicationCommand.class, WorkCommand.class, MarkCommand.class, NoteCommand.class,
        LogCommand.class, UndoCommand.class, ImportCommand.class, ValidateCommand.class, ShellCommand.class, CompletionCommand.class,
        CommandLine.HelpCommand.class, TrainCommand.class})
public class MagicrefCommandTree extends MagicrefCommand {
    /** The subcommand classes. */
    static List<Class<?>> subcommands() {
        return List.of(MagicrefCommandTree.class.getAnnotation(Command.class).subcommands());
    }
}
