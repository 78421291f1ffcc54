package org.magicref.notebook;

/** A change the catalogue cannot take as it stands: the message names the problem, and nothing is written. */
public class NotebookException extends IllegalArgumentException {
    public NotebookException(String message) {
        super(message);
    }
}
