package org.magicref.cli.model;

import java.lang.reflect.Field;

/** A field of the commands' classes as the assembler reads and writes it: through its package's generated code, or by reflection. */
interface Slot {
    Object get(Object target) throws ReflectiveOperationException;

    void set(Object target, Object value) throws ReflectiveOperationException;

    /** The field itself (picocli keeps it as an option's user object). */
    Field field();

    /** Through the package's {@link FieldAccess}. */
    record Generated(FieldAccess access, int id, Field field) implements Slot {
        @Override
        public Object get(Object target) {
            return access.get(id, target);
        }

        @Override
        public void set(Object target, Object value) {
            access.set(id, target, value);
        }
    }

    /**
     * A value of its own in place of a private boolean field of picocli's standard help options,
     * which nothing reads but the binding (picocli asks the option, not the field, whether help was
     * asked for): reflection's first read and write of a boolean field cost Java 25 some 3 ms.
     */
    final class Cell implements Slot {
        private final Field field;
        private Object value = Boolean.FALSE;

        Cell(Field field) {
            this.field = field;
        }

        @Override
        public Object get(Object target) {
            return value;
        }

        @Override
        public void set(Object target, Object value) {
            this.value = value;
        }

        @Override
        public Field field() {
            return field;
        }
    }

    /** By reflection, for a field the generated code cannot reach. */
    record Reflected(Field field) implements Slot {
        @Override
        public Object get(Object target) throws IllegalAccessException {
            return field.get(target);
        }

        @Override
        public void set(Object target, Object value) throws IllegalAccessException {
            field.set(target, value);
        }
    }
}
