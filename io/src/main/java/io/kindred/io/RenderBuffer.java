package io.kindred.io;

/**
 * One reusable text buffer per thread for rendering lists: rendering a corpus's lists then allocates only the rendered
 * strings themselves. A buffer grown past {@link #KEEP} chars by a huge list is not kept. Thread-safe (each thread has
 * its own buffer); not reentrant.
 */
final class RenderBuffer {

    private static final int KEEP = 1 << 20;
    private static final ThreadLocal<StringBuilder> PER_THREAD = ThreadLocal.withInitial(() -> new StringBuilder(4096));

    private RenderBuffer() {}

    /** @return this thread's buffer, empty */
    static StringBuilder acquire() {
        StringBuilder b = PER_THREAD.get();
        b.setLength(0);
        return b;
    }

    /** @return the buffer's text; the buffer goes back to its thread */
    static String release(StringBuilder b) {
        String text = b.toString();
        if (b.capacity() > KEEP) {
            PER_THREAD.remove();
        }
        return text;
    }
}
