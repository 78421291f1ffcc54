package org.magicref.domain;

/** A value a person typed that cannot be read: a document identifier, a date, a page, a page range or a frame list. */
public class InvalidValueException extends IllegalArgumentException {
    public InvalidValueException(String message) {
        super(message);
    }
}
