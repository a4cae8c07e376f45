package io.kindred.core.live;

import java.util.Arrays;

/**
 * An article's best candidates by cosine, kept between changes: the exact top {@link #size()} of all other articles
 * with a cosine &gt; 0 (higher cosine first, equal cosines by smaller position), and whether that is all of them.
 * Entries are named by position (first insertion), which no change renumbers. Immutable; changes give a new instance.
 */
final class Neighbours {

    static final Neighbours NONE = new Neighbours(new long[0], new double[0], true);

    private final long[] positions;
    private final double[] cosines;
    private final boolean complete;

    Neighbours(long[] positions, double[] cosines, boolean complete) {
        this.positions = positions;
        this.cosines = cosines;
        this.complete = complete;
    }

    int size() {
        return positions.length;
    }

    long position(int i) {
        return positions[i];
    }

    double cosine(int i) {
        return cosines[i];
    }

    /** @return whether every article with a cosine &gt; 0 is here */
    boolean complete() {
        return complete;
    }

    int indexOf(long position) {
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] == position) {
                return i;
            }
        }
        return -1;
    }

    /** @return these neighbours without the entry of {@code position} (the same instance if absent) */
    Neighbours without(long position) {
        int i = indexOf(position);
        if (i < 0) {
            return this;
        }
        long[] p = new long[positions.length - 1];
        double[] c = new double[p.length];
        System.arraycopy(positions, 0, p, 0, i);
        System.arraycopy(positions, i + 1, p, i, p.length - i);
        System.arraycopy(cosines, 0, c, 0, i);
        System.arraycopy(cosines, i + 1, c, i, c.length - i);
        return new Neighbours(p, c, complete);
    }

    /**
     * An article's cosine with this one's, offered after a change: it enters if it ranks above the last entry, or if
     * the entries are complete (then nothing ranks between them and it).
     *
     * @param cosine its cosine, &gt; 0
     * @param position its position, not among the entries
     * @param depth the most entries kept
     * @return the neighbours with it, or the same instance if it does not enter
     */
    Neighbours offer(double cosine, long position, int depth) {
        int at = insertionPoint(cosine, position);
        if (at == positions.length && !complete) {
            return this;
        }
        if (at >= depth) {
            return complete ? new Neighbours(positions, cosines, false) : this;
        }
        int size = Math.min(depth, positions.length + 1);
        long[] p = new long[size];
        double[] c = new double[size];
        System.arraycopy(positions, 0, p, 0, at);
        System.arraycopy(cosines, 0, c, 0, at);
        p[at] = position;
        c[at] = cosine;
        System.arraycopy(positions, at, p, at + 1, size - at - 1);
        System.arraycopy(cosines, at, c, at + 1, size - at - 1);
        return new Neighbours(p, c, complete && positions.length + 1 <= depth);
    }

    /** The first entry that the candidate ranks above (the list's tie rule), or the size. */
    private int insertionPoint(double cosine, long position) {
        int i = 0;
        while (i < positions.length && (cosines[i] > cosine || (cosines[i] == cosine && positions[i] < position))) {
            i++;
        }
        return i;
    }

    @Override
    public String toString() {
        return "Neighbours" + Arrays.toString(positions) + (complete ? " complete" : "");
    }
}
