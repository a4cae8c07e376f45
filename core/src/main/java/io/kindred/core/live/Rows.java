package io.kindred.core.live;

import io.kindred.core.vector.DocumentVectors;
import io.kindred.core.vector.SparseVector;
import java.util.Arrays;

/** Copies of a snapshot's rows with one row added, replaced or removed, in bulk copies. Stateless. */
final class Rows {

    private Rows() {}

    static DocumentVectors append(DocumentVectors m, SparseVector v) {
        return m.splice(m.rows(), m.rows(), v);
    }

    static DocumentVectors replace(DocumentVectors m, int row, SparseVector v) {
        return m.splice(row, row + 1, v);
    }

    static DocumentVectors remove(DocumentVectors m, int row) {
        return m.splice(row, row + 1);
    }

    static float[] append(float[] latents, float[] v) {
        float[] out = Arrays.copyOf(latents, latents.length + v.length);
        System.arraycopy(v, 0, out, latents.length, v.length);
        return out;
    }

    static float[] replace(float[] latents, int row, float[] v) {
        float[] out = latents.clone();
        System.arraycopy(v, 0, out, row * v.length, v.length);
        return out;
    }

    static float[] remove(float[] latents, int row, int dims) {
        float[] out = new float[latents.length - dims];
        System.arraycopy(latents, 0, out, 0, row * dims);
        System.arraycopy(latents, (row + 1) * dims, out, row * dims, out.length - row * dims);
        return out;
    }
}
