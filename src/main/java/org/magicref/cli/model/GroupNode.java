package org.magicref.cli.model;

import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
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

    static GroupNode read(ModelInput in) throws IOException {
        FieldRef field = FieldRef.read(in);
        String type = in.readUTF();
        boolean exclusive = in.readBoolean();
        String multiplicity = in.readUTF();
        boolean validate = in.readBoolean();
        int order = in.readInt();
        String heading = ModelData.string(in);
        String headingKey = ModelData.string(in);
        List<ArgNode> args = new ArrayList<>();
        for (int i = in.readUnsignedShort(); i > 0; i--) {
            args.add(ArgNode.read(in));
        }
        return new GroupNode(field, type, exclusive, multiplicity, validate, order, heading, headingKey, args);
    }
}
