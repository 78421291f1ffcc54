package org.magicref.records;

import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A file of magicref's binary forms read through a buffer of its own: no synchronized call per
 * byte, and no length longer than what the file has left (a damaged length is an end of file,
 * not an allocation of gigabytes).
 */
class BinaryInput {
    private final InputStream stream;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    /** What the file has left beyond the buffer. */
    private long unread;

    BinaryInput(InputStream stream, long size) {
        this.stream = stream;
        this.unread = size;
    }

    /** Writes a count as {@link #count()} reads it: seven bits a byte, the lowest first. */
    static void writeCount(DataOutputStream data, int n) throws IOException {
        int v = n;
        while ((v & ~0x7F) != 0) {
            data.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        data.writeByte(v);
    }

    private void fill(int needed) throws IOException {
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < needed) {
            int n = stream.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                throw new EOFException();
            }
            limit += n;
            unread -= n;
        }
    }

    int byte8() throws IOException {
        if (position == limit) {
            fill(1);
        }
        return buffer[position++] & 0xFF;
    }

    boolean bool() throws IOException {
        return byte8() != 0;
    }

    int int32() throws IOException {
        if (limit - position < 4) {
            fill(4);
        }
        int v = (buffer[position] & 0xFF) << 24 | (buffer[position + 1] & 0xFF) << 16 | (buffer[position + 2] & 0xFF) << 8
                | (buffer[position + 3] & 0xFF);
        position += 4;
        return v;
    }

    int count() throws IOException {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = byte8();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (v < 0) {
                    throw new EOFException("a count out of range");
                }
                return v;
            }
        }
        throw new EOFException("a count too long");
    }

    /** A count of things each of at least one byte: no more than the file has left. */
    int small() throws IOException {
        int n = count();
        if (n > limit - position + unread) {
            throw new EOFException("more than the file holds");
        }
        return n;
    }

    /** A text given as its length in bytes, then its UTF-8 bytes. */
    String utf8() throws IOException {
        int n = small();
        if (n <= buffer.length) {
            if (limit - position < n) {
                fill(n);
            }
            String s = new String(buffer, position, n, StandardCharsets.UTF_8);
            position += n;
            return s;
        }
        return new String(bytes(n), StandardCharsets.UTF_8);
    }

    /** The next n bytes (n no more than the file has left: see {@link #small()}). */
    byte[] bytes(int n) throws IOException {
        byte[] b = new byte[n];
        int have = Math.min(n, limit - position);
        System.arraycopy(buffer, position, b, 0, have);
        position += have;
        if (have < n) {
            if (stream.readNBytes(b, have, n - have) != n - have) {
                throw new EOFException();
            }
            unread -= n - have;
        }
        return b;
    }

    boolean atEnd() throws IOException {
        return position == limit && stream.read() < 0;
    }
}
