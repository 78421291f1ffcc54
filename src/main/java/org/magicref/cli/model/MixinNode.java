package org.magicref.cli.model;

import java.io.DataOutput;
import java.io.IOException;
import java.util.Set;

/** A mixin: the name it is known by, the field that holds it (none for the standard help options), and its model. */
record MixinNode(String name, FieldRef field, CommandNode mixin) implements Member {

    void fields(Set<FieldRef> into) {
        if (field != null) {
            into.add(field);
        }
        mixin.fields(into);
    }

    void write(DataOutput out) throws IOException {
        out.writeUTF(name);
        out.writeBoolean(field != null);
        if (field != null) {
            field.write(out);
        }
        mixin.write(out);
    }

    static MixinNode read(ModelInput in) throws IOException {
        String name = in.readUTF();
        FieldRef field = in.readBoolean() ? FieldRef.read(in) : null;
        return new MixinNode(name, field, CommandNode.read(in));
    }
}
