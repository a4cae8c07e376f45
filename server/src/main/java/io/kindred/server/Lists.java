package io.kindred.server;

import io.kindred.core.Article;
import io.kindred.core.explain.Explainer;
import io.kindred.core.explain.Explanation;
import io.kindred.core.live.Snapshot;
import io.kindred.core.search.SimilarArticle;
import io.kindred.io.OutputFormat;
import io.kindred.io.SimilarListWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Renders lists as the CLI writes them (io's JSON Lines writer, one object) with the snapshot's generation appended:
 * {@code {"id": ..., "similar": [...], "generation": N}}, in UTF-8. The writers cache each article's rendered entry by
 * ordinal, so they belong to one snapshot: a new snapshot gets new writers. The bodies of the index's own lists (its k,
 * its policy) are kept too, as a page view asks for the same list again and again until the index changes: a bounded
 * cache, one slot per ordinal modulo its size, replaced on a miss. Thread-safe.
 */
final class Lists {

    /** Slots of the body cache: at ~2 KB a list, a few MB; popular articles stay, as news traffic is skewed. */
    private static final int BODY_SLOTS = 4096;

    /** A body kept for an ordinal. */
    private record Body(int ordinal, byte[] bytes) {}

    /** The writers and kept bodies of one snapshot. */
    private record Writers(
            Snapshot snapshot,
            SimilarListWriter plain,
            SimilarListWriter explaining,
            AtomicReferenceArray<Body> bodies) {}

    /**
     * The body of a stored article's list under the index's own settings, from the cache or rendered.
     *
     * @param snapshot the snapshot
     * @param id the article's id (stored)
     * @return the body
     */
    byte[] kept(Snapshot snapshot, String id) {
        Writers w = writers(snapshot);
        int ordinal = snapshot.index().ordinal(id);
        int slot = ordinal % BODY_SLOTS;
        Body b = w.bodies().get(slot);
        if (b != null && b.ordinal() == ordinal) {
            return b.bytes();
        }
        List<SimilarArticle> list = snapshot.similar(id, snapshot.k());
        byte[] bytes = render(snapshot, id, null, list, 0);
        w.bodies().set(slot, new Body(ordinal, bytes));
        return bytes;
    }

    private volatile Writers writers;

    /**
     * @param snapshot the snapshot the list came from
     * @param id the article's id
     * @param query the new article, or null for a stored one
     * @param list its list
     * @param explain terms per explanation, 0 for none
     * @return the body
     */
    byte[] render(Snapshot snapshot, String id, Article query, List<SimilarArticle> list, int explain) {
        Writers w = writers(snapshot);
        String rendered;
        if (explain == 0) {
            rendered = w.plain().render(id, list, null);
        } else {
            List<Explanation> why = new ArrayList<>(list.size());
            int ordinal = query == null ? snapshot.index().ordinal(id) : -1;
            for (SimilarArticle s : list) {
                why.add(
                        query == null
                                ? Explainer.explain(snapshot.index(), ordinal, s, explain)
                                : Explainer.explain(snapshot.index(), query, s, explain));
            }
            rendered = w.explaining().render(id, list, why);
        }
        StringBuilder body = new StringBuilder(rendered.length() + 24);
        return body.append(rendered, 0, rendered.length() - 1)
                .append(", \"generation\": ")
                .append(snapshot.generation())
                .append('}')
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    private Writers writers(Snapshot snapshot) {
        Writers w = writers;
        if (w == null || w.snapshot() != snapshot) {
            w = new Writers(
                    snapshot,
                    SimilarListWriter.of(OutputFormat.JSONL, Writer.nullWriter(), false),
                    SimilarListWriter.of(OutputFormat.JSONL, Writer.nullWriter(), true),
                    new AtomicReferenceArray<>(BODY_SLOTS));
            writers = w;
        }
        return w;
    }
}
