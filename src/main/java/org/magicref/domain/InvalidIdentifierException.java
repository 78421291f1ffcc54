package org.magicref.domain;

/** Text that cannot be read as a document identifier, date or locator. */
public class InvalidIdentifierException extends IllegalArgumentException {
    public InvalidIdentifierException(String message) {
        super(message);
    }
}
