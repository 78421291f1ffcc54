package org.magicref.importer;

/** A text that cannot be imported, with the reason in words a user can act on. */
public class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(message);
    }
}
