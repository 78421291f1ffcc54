package org.magicref.report;

/** What a command prints: a view for {@code --json}, or text for people. */
public interface Report {
    /** The value {@code --json} prints, made of records with stable field names. */
    Object view();

    /** The text for people. */
    void write(TextWriter out);
}
