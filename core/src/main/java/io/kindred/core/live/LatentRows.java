package io.kindred.core.live;

import io.kindred.core.vector.LatentSpace;
import java.util.Arrays;

/**
 * The latent vectors of a snapshot's articles: {@code dims} floats each in a shared array, at the slot each article
 * points to. A change appends the new vectors past the slots in use (in the same array while it has room, as
 * {@link io.kindred.core.vector.DocumentVectors#withRows} does) and copies only the slot numbers, so older snapshots go
 * on reading their own. Immutable.
 */
final class LatentRows {

    private final int dims;
    private final float[] storage;
    private final int[] slots;
    /** Slots of the storage in use by this instance. */
    private final int used;

    private final Tail tail;

    private LatentRows(int dims, float[] storage, int[] slots, int used, Tail tail) {
        this.dims = dims;
        this.storage = storage;
        this.slots = slots;
        this.used = used;
        this.tail = tail;
    }

    /** Which instance sharing the storage may write past its slots. */
    private static final class Tail {
        private int end;

        Tail(int end) {
            this.end = end;
        }
    }

    /** @return rows over vectors laid out one after the other, article by article */
    static LatentRows of(float[] flat, int dims) {
        int n = flat.length / dims;
        int[] slots = new int[n];
        Arrays.setAll(slots, i -> i);
        return new LatentRows(dims, flat, slots, n, new Tail(n));
    }

    int size() {
        return slots.length;
    }

    /** @return the space of {@code basis} over these vectors */
    LatentSpace space(LatentSpace basis) {
        return basis.withLatentVectors(storage, slots);
    }

    /**
     * @param rows rows to replace, or {@code size() + j} for the j-th appended row, increasing
     * @param vectors their vectors
     * @return the rows after the change
     */
    LatentRows withRows(int[] rows, float[][] vectors) {
        int n = size();
        int appended = 0;
        for (int r : rows) {
            appended += r >= n ? 1 : 0;
        }
        float[] s = storage;
        Tail next;
        synchronized (tail) {
            if (tail.end == used && (long) (used + rows.length) * dims <= storage.length) {
                tail.end = used + rows.length;
                next = tail;
            } else {
                long capacity = Math.max((long) used + rows.length, used * 3L / 2 + 64) * dims;
                s = Arrays.copyOf(storage, (int) Math.min(Integer.MAX_VALUE - 8, capacity));
                next = new Tail(used + rows.length);
            }
        }
        int[] newSlots = Arrays.copyOf(slots, n + appended);
        int slot = used;
        for (int i = 0; i < rows.length; i++, slot++) {
            System.arraycopy(vectors[i], 0, s, slot * dims, dims);
            newSlots[rows[i]] = slot;
        }
        return new LatentRows(dims, s, newSlots, slot, next);
    }

    /**
     * @param source for each row of the result, the row of these it copies, or {@code -1 - i} for {@code fresh[i]}
     * @param fresh new vectors
     * @return compact rows
     */
    LatentRows rearranged(int[] source, float[][] fresh) {
        float[] out = new float[source.length * dims];
        for (int i = 0; i < source.length; i++) {
            float[] from = source[i] < 0 ? fresh[-1 - source[i]] : null;
            if (from != null) {
                System.arraycopy(from, 0, out, i * dims, dims);
            } else {
                System.arraycopy(storage, slots[source[i]] * dims, out, i * dims, dims);
            }
        }
        return of(out, dims);
    }

    /** @return the vectors laid out article by article, for storing */
    float[] flat() {
        float[] out = new float[slots.length * dims];
        for (int i = 0; i < slots.length; i++) {
            System.arraycopy(storage, slots[i] * dims, out, i * dims, dims);
        }
        return out;
    }
}
