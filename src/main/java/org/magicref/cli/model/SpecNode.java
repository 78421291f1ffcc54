package org.magicref.cli.model;

import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A field that is given a command's spec: its own ({@code @Spec}), or, in a mixin, the command's it is mixed into. */
record SpecNode(FieldRef field, boolean mixee) {

    void write(DataOutput out) throws IOException {
        field.write(out);
        out.writeBoolean(mixee);
    }

    static List<SpecNode> readList(ModelInput in) throws IOException {
        List<SpecNode> specs = new ArrayList<>();
        for (int i = in.readUnsignedShort(); i > 0; i--) {
            specs.add(new SpecNode(FieldRef.read(in), in.readBoolean()));
        }
        return specs;
    }
}
