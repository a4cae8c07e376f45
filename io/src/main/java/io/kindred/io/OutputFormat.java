package io.kindred.io;

import java.util.Optional;

/** The file formats Similar Articles lists are written in; see {@link SimilarListWriter}. Immutable and thread-safe. */
public enum OutputFormat {
    /** One JSON object per article and line: {@code {"id": ..., "similar": [...]}}. */
    JSONL,
    /** The same objects in one JSON array, one object per line. */
    JSON,
    /** One row per (article, similar article) pair: {@code id,rank,similar_id,score,title,url}. */
    CSV;

    /**
     * The format a file name announces, if any: {@code .jsonl}/{@code .ndjson}, {@code .json} or {@code .csv}, each
     * optionally followed by {@code .gz}.
     *
     * @param fileName a file name or path
     * @return the format, or empty for any other extension
     */
    public static Optional<OutputFormat> fromFileName(String fileName) {
        return InputFormat.byExtension(fileName).map(f -> valueOf(f.name()));
    }
}
