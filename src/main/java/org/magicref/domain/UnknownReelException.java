package org.magicref.domain;

/** A reel (or publication) about which the catalogue knows nothing. */
public class UnknownReelException extends RuntimeException {
    public UnknownReelException(String message) {
        super(message);
    }
}
