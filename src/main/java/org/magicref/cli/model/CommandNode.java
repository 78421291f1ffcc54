package org.magicref.cli.model;

import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A command as its annotations declare it: its class, names and usage help, its members in the order
 * declared, the fields given its spec, the standard help options, and its subcommands.
 */
record CommandNode(String type, String name, String[] aliases, boolean helpCommand, String[] version,
        String versionProvider, List<SpecNode> versionProviderSpecs, int[] exitCodes, boolean subcommandsRepeatable,
        String scope, UsageNode usage, List<SpecNode> specs, List<Member> members, MixinNode help,
        List<Subcommand> subcommands) {

    /** The name picocli gives the mixin of the standard help options. */
    static final String HELP = "mixinStandardHelpOptions";

    /** Every field this command and its mixins, groups and subcommands name, in the order met. */
    void fields(Set<FieldRef> into) {
        versionProviderSpecs.forEach(s -> into.add(s.field()));
        specs.forEach(s -> into.add(s.field()));
        for (Member member : members) {
            if (member instanceof ArgNode a) {
                into.add(a.field());
            } else if (member instanceof MixinNode m) {
                m.fields(into);
            } else {
                GroupNode g = (GroupNode) member;
                into.add(g.field());
                g.args().forEach(a -> into.add(a.field()));
            }
        }
        if (help != null) {
            help.fields(into);
        }
        subcommands.forEach(sub -> sub.node().fields(into));
    }

    void write(DataOutput out) throws IOException {
        out.writeUTF(type);
        ModelData.string(out, name);
        ModelData.strings(out, aliases);
        out.writeBoolean(helpCommand);
        ModelData.strings(out, version);
        ModelData.string(out, versionProvider);
        ModelData.list(out, versionProviderSpecs, (o, s) -> s.write(o));
        for (int code : exitCodes) {
            out.writeInt(code);
        }
        out.writeBoolean(subcommandsRepeatable);
        out.writeUTF(scope);
        usage.write(out);
        ModelData.list(out, specs, (o, s) -> s.write(o));
        ModelData.list(out, members, CommandNode::writeMember);
        out.writeBoolean(help != null);
        if (help != null) {
            help.write(out);
        }
        ModelData.list(out, subcommands, (o, c) -> c.write(o));
    }

    private static void writeMember(DataOutput out, Member member) throws IOException {
        if (member instanceof ArgNode a) {
            out.writeByte('a');
            a.write(out);
        } else if (member instanceof MixinNode m) {
            out.writeByte('m');
            m.write(out);
        } else {
            out.writeByte('g');
            ((GroupNode) member).write(out);
        }
    }

    private static Member readMember(ModelInput in) throws IOException {
        int kind = in.readByte();
        return switch (kind) {
            case 'a' -> ArgNode.read(in);
            case 'm' -> MixinNode.read(in);
            case 'g' -> GroupNode.read(in);
            default -> throw new IOException("not a command model: a member of kind " + kind);
        };
    }

    static CommandNode read(ModelInput in) throws IOException {
        String type = in.readUTF();
        String name = ModelData.string(in);
        String[] aliases = ModelData.strings(in);
        boolean helpCommand = in.readBoolean();
        String[] version = ModelData.strings(in);
        String provider = ModelData.string(in);
        List<SpecNode> providerSpecs = SpecNode.readList(in);
        int[] exitCodes = new int[5];
        for (int i = 0; i < exitCodes.length; i++) {
            exitCodes[i] = in.readInt();
        }
        boolean repeatable = in.readBoolean();
        String scope = in.readUTF();
        UsageNode usage = UsageNode.read(in);
        List<SpecNode> specs = SpecNode.readList(in);
        List<Member> members = new ArrayList<>();
        for (int i = in.readUnsignedShort(); i > 0; i--) {
            members.add(readMember(in));
        }
        MixinNode help = in.readBoolean() ? MixinNode.read(in) : null;
        List<Subcommand> subcommands = new ArrayList<>();
        for (int i = in.readUnsignedShort(); i > 0; i--) {
            subcommands.add(Subcommand.read(in));
        }
        return new CommandNode(type, name, aliases, helpCommand, version, provider, providerSpecs, exitCodes, repeatable,
                scope, usage, specs, members, help, subcommands);
    }
}
