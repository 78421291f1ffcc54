package org.magicref.cli;

import java.io.IOException;
import java.util.Map;
import org.magicref.notebook.Change;
import picocli.CommandLine.Command;

@Command(name = "undo", header = "Take back your last change.",
        description = "Take back the last change still in force. The journal keeps both the change and its undoing, "
                + "so 'magicref log' shows what happened.",
        footer = {"  magicref undo"})
public class UndoCommand extends ChangeCommand {
    @Override
    public Integer call() throws IOException {
        return record(Change.UNDO, Map.of());
    }
}
