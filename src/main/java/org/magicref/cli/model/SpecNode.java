package org.magicref.cli.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** A field that is given a command's spec: its own ({@code @Spec}), or, in a mixin, the command's it is mixed into. */
record SpecNode(FieldRef field, boolean mixee) {

    void write(DataOutput out) throws IOException {
        field.write(out);
        out.writeBoolean(mixee);
    }

    static SpecNode read(DataInput in) throws IOException {
        return new SpecNode(FieldRef.read(in), in.readBoolean());
    }
}
