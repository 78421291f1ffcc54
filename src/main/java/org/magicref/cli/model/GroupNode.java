package org.magicref.cli.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/** An argument group: the field its instance goes to, the group's class, its attributes and its members. */
record GroupNode(FieldRef field, String type, boolean exclusive, String multiplicity, boolean validate, int order,
        String heading, String headingKey, List<ArgNode> args) implements Member {

    void write(DataOutput out) throws IOException {
        field.write(out);
        out.writeUTF(type);
        out.writeBoolean(exclusive);
        out.writeUTF(multiplicity);
        out.writeBoolean(validate);
        out.writeInt(order);
        ModelData.string(out, heading);
        ModelData.string(out, headingKey);
        ModelData.list(out, args, (o, a) -> a.write(o));
    }

    static GroupNode read(DataInput in) throws IOException {
        return new GroupNode(FieldRef.read(in), in.readUTF(), in.readBoolean(), in.readUTF(), in.readBoolean(), in.readInt(),
                ModelData.string(in), ModelData.string(in), ModelData.list(in, ArgNode::read));
    }
}
