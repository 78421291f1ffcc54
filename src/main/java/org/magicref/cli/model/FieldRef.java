package org.magicref.cli.model;

import java.io.DataOutput;
import java.io.IOException;
import java.lang.reflect.Field;

/** A field named by its class and name: where an option's value, a mixin or a spec goes. */
record FieldRef(String owner, String name) {
    static FieldRef of(Field f) {
        return new FieldRef(f.getDeclaringClass().getName(), f.getName());
    }

    Field resolve(ClassLoader loader) throws ReflectiveOperationException {
        Field f = Class.forName(owner, false, loader).getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    void write(DataOutput out) throws IOException {
        out.writeUTF(owner);
        out.writeUTF(name);
    }

    static FieldRef read(ModelInput in) throws IOException {
        return new FieldRef(in.readUTF(), in.readUTF());
    }
}
