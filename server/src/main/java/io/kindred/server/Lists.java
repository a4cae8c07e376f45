package io.kindred.server;

import io.kindred.core.Article;
import io.kindred.core.explain.Explainer;
import io.kindred.core.explain.Explanation;
import io.kindred.core.live.Snapshot;
import io.kindred.core.search.SimilarArticle;
import io.kindred.io.OutputFormat;
import io.kindred.io.SimilarListWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders lists as the CLI writes them (io's JSON Lines writer, one object) with the snapshot's generation appended:
 * {@code {"id": ..., "similar": [...], "generation": N}}. The writers cache each article's rendered entry by ordinal,
 * so they belong to one snapshot: a new snapshot gets new writers. Thread-safe.
 */
final class Lists {

    /** The writers of one snapshot. */
    private record Writers(Snapshot snapshot, SimilarListWriter plain, SimilarListWriter explaining) {}

    private volatile Writers writers;

    /**
     * @param snapshot the snapshot the list came from
     * @param id the article's id
     * @param query the new article, or null for a stored one
     * @param list its list
     * @param explain terms per explanation, 0 for none
     * @return the body
     */
    String render(Snapshot snapshot, String id, Article query, List<SimilarArticle> list, int explain) {
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
                .toString();
    }

    private Writers writers(Snapshot snapshot) {
        Writers w = writers;
        if (w == null || w.snapshot() != snapshot) {
            w = new Writers(
                    snapshot,
                    SimilarListWriter.of(OutputFormat.JSONL, Writer.nullWriter(), false),
                    SimilarListWriter.of(OutputFormat.JSONL, Writer.nullWriter(), true));
            writers = w;
        }
        return w;
    }
}
