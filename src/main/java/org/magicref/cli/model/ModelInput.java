package org.magicref.cli.model;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;

/** A command model being read from its bytes, which knows where it is, so that a part can be skipped and read later. */
final class ModelInput extends DataInputStream {
    private final Bytes bytes;

    ModelInput(byte[] data, int offset) {
        this(new Bytes(data, offset));
    }

    private ModelInput(Bytes bytes) {
        super(bytes);
        this.bytes = bytes;
    }

    int position() {
        return bytes.position();
    }

    byte[] data() {
        return bytes.data();
    }

    private static final class Bytes extends ByteArrayInputStream {
        Bytes(byte[] data, int offset) {
            super(data, offset, data.length - offset);
        }

        int position() {
            return pos;
        }

        byte[] data() {
            return buf;
        }
    }
}
