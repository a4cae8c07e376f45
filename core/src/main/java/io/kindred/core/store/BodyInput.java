package io.kindred.core.store;

import java.io.DataInputStream;

/**
 * The {@link java.io.DataInput} a {@link StoreFile.BodyReader} reads: it knows how many bytes of the body are left, so
 * that {@link DataCodec} refuses an array length larger than the rest of the body before allocating it. Not
 * thread-safe.
 */
final class BodyInput extends DataInputStream {

    private final ChecksummedInput source;

    BodyInput(ChecksummedInput source) {
        super(source);
        this.source = source;
    }

    /** @return the bytes of the body not read yet */
    long remaining() {
        return source.remaining();
    }
}
