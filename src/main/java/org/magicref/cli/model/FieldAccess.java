package org.magicref.cli.model;

/**
 * The fields of the commands' classes in one package, read and written by plain Java code that the
 * build writes and compiles into that package ({@code ModelFields}, by {@link FieldAccessWriter}).
 * From Java 18 on, reading a field through reflection makes the JVM generate method-handle classes
 * for each kind of field at its first use, which no start-up archive keeps: some 10 ms of a lookup
 * on Java 25.
 */
public interface FieldAccess {
    /** The simple name of the class the build writes into each package. */
    String CLASS = "ModelFields";

    /** The number of the named field among this package's, or -1 where it has no code for it. */
    int id(String owner, String name);

    Object get(int id, Object target);

    void set(int id, Object target, Object value);
}
