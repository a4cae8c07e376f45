package io.kindred.core.live;

import io.kindred.core.Article;
import io.kindred.core.preset.Preset;
import io.kindred.core.store.ArticleCodec;
import io.kindred.core.store.DataCodec;
import io.kindred.core.store.StoreFile;
import io.kindred.core.store.StoreIo;
import io.kindred.core.text.Vocabulary;
import io.kindred.core.vector.DocumentVectors;
import io.kindred.core.vector.LatentSpace;
import io.kindred.core.weighting.TfidfModel;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The files of one generation of a live index (docs/index-format.md, "Files of a live index"): the model of the last
 * fit ({@code model_F.kdx}, F the generation of the fit, shared by the commits until the next fit), the articles in
 * index order with their positions ({@code articles_N.kdx}), their vectors and latent vectors ({@code vectors_N.kdx})
 * and every article's kept neighbours and list ({@code lists_N.kdx}). Each is a {@link StoreFile}. Stateless.
 */
final class LiveFiles {

    static final int VERSION = 1;
    static final String MODEL = "MODL";
    static final String ARTICLES = "ARTS";
    static final String VECTORS = "VECS";
    static final String LISTS = "LIST";

    private LiveFiles() {}

    static String modelName(long fitGeneration) {
        return name("model", fitGeneration);
    }

    static String articlesName(long generation) {
        return name("articles", generation);
    }

    static String vectorsName(long generation) {
        return name("vectors", generation);
    }

    static String listsName(long generation) {
        return name("lists", generation);
    }

    private static String name(String kind, long generation) {
        return String.format(Locale.ROOT, "%s_%d.kdx", kind, generation);
    }

    static void writeModel(Path file, Model model, StoreIo io) throws IOException {
        StoreFile.write(file, MODEL, VERSION, io, out -> {
            TfidfModel tfidf = model.tfidf();
            Vocabulary v = tfidf.vocabulary();
            out.writeInt(v.size());
            for (int t = 0; t < v.size(); t++) {
                DataCodec.writeString(out, v.term(t));
            }
            int[] df = new int[v.size()];
            double[] idf = new double[v.size()];
            for (int t = 0; t < df.length; t++) {
                df[t] = v.df(t);
                idf[t] = tfidf.idf(t);
            }
            DataCodec.writeInts(out, df);
            out.writeInt(v.documents());
            DataCodec.writeDoubles(out, idf);
            out.writeDouble(tfidf.averageLength());
            out.writeBoolean(model.latent() != null);
            if (model.latent() != null) {
                out.writeInt(model.latent().dims());
                DataCodec.writeInts(out, model.latent().columns());
                DataCodec.writeFloats(out, model.latent().basis());
            }
            out.writeLong(model.fittedAt().getEpochSecond());
            out.writeInt(model.fittedAt().getNano());
            out.writeInt(model.articles());
            out.writeLong(model.fit());
        });
    }

    static Model readModel(Path file, Preset preset, StoreIo io) throws IOException {
        return StoreFile.read(file, MODEL, VERSION, io, in -> {
            int size = in.readInt();
            String[] terms = new String[size];
            for (int t = 0; t < size; t++) {
                terms[t] = DataCodec.readString(in);
            }
            int[] df = DataCodec.readInts(in);
            int documents = in.readInt();
            double[] idf = DataCodec.readDoubles(in);
            double averageLength = in.readDouble();
            LatentSpace latent = null;
            if (in.readBoolean()) {
                int dims = in.readInt();
                int[] columns = DataCodec.readInts(in);
                float[] basis = DataCodec.readFloats(in);
                latent = LatentSpace.of(dims, columns, basis, new float[0]);
            }
            Instant fittedAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
            int articles = in.readInt();
            long fit = in.readLong();
            TfidfModel tfidf = TfidfModel.of(
                    preset.analysis().build(),
                    preset.fields(),
                    preset.weighting(),
                    new Vocabulary(terms, df, documents),
                    idf,
                    averageLength);
            return new Model(tfidf, latent, fittedAt, articles, fit);
        });
    }

    static void writeArticles(Path file, Snapshot s, StoreIo io) throws IOException {
        StoreFile.write(file, ARTICLES, VERSION, io, out -> {
            DataCodec.writeLongs(out, s.positions());
            for (Article a : s.articles()) {
                ArticleCodec.write(out, a);
            }
        });
    }

    /** The articles and their positions. */
    record Articles(List<Article> articles, long[] positions) {}

    static Articles readArticles(Path file, StoreIo io) throws IOException {
        return StoreFile.read(file, ARTICLES, VERSION, io, in -> {
            long[] positions = DataCodec.readLongs(in);
            List<Article> articles = new ArrayList<>(positions.length);
            for (int i = 0; i < positions.length; i++) {
                articles.add(ArticleCodec.read(in));
            }
            return new Articles(List.copyOf(articles), positions);
        });
    }

    static void writeVectors(Path file, Snapshot s, StoreIo io) throws IOException {
        StoreFile.write(file, VECTORS, VERSION, io, out -> {
            DocumentVectors v = s.vectors();
            out.writeInt(v.dimensions());
            int[] starts = new int[v.rows() + 1];
            for (int r = 0; r < v.rows(); r++) {
                starts[r + 1] = starts[r] + v.rowEnd(r) - v.rowStart(r);
            }
            DataCodec.writeInts(out, starts);
            writeEntries(out, v);
            out.writeBoolean(s.latents() != null);
            if (s.latents() != null) {
                DataCodec.writeFloats(out, s.latents().flat());
            }
        });
    }

    /** The entries row by row, in chunks, so that no copy of the whole matrix is made. */
    private static void writeEntries(DataOutput out, DocumentVectors v) throws IOException {
        int total = 0;
        for (int r = 0; r < v.rows(); r++) {
            total += v.rowEnd(r) - v.rowStart(r);
        }
        out.writeInt(total);
        int chunk = 1 << 16;
        int[] terms = new int[chunk];
        double[] weights = new double[chunk];
        int m = 0;
        for (int r = 0; r < v.rows(); r++) {
            for (int e = v.rowStart(r); e < v.rowEnd(r); e++) {
                terms[m] = v.term(e);
                weights[m++] = v.weight(e);
                if (m == chunk) {
                    DataCodec.writeInts(out, terms);
                    DataCodec.writeDoubles(out, weights);
                    m = 0;
                }
            }
        }
        if (m > 0) {
            DataCodec.writeInts(out, Arrays.copyOf(terms, m));
            DataCodec.writeDoubles(out, Arrays.copyOf(weights, m));
        }
    }

    /** Vectors and latent vectors. */
    record Vectors(DocumentVectors vectors, float[] latents) {}

    static Vectors readVectors(Path file, StoreIo io) throws IOException {
        return StoreFile.read(file, VECTORS, VERSION, io, in -> {
            int dimensions = in.readInt();
            int[] starts = DataCodec.readInts(in);
            int entries = in.readInt();
            int[] terms = new int[entries];
            double[] weights = new double[entries];
            for (int at = 0; at < entries; ) {
                int[] t = DataCodec.readInts(in);
                double[] w = DataCodec.readDoubles(in);
                if (t.length != w.length || t.length == 0 || at + t.length > entries) {
                    throw new IOException("vector entries do not add up at entry " + at);
                }
                System.arraycopy(t, 0, terms, at, t.length);
                System.arraycopy(w, 0, weights, at, w.length);
                at += t.length;
            }
            float[] latents = in.readBoolean() ? DataCodec.readFloats(in) : null;
            try {
                return new Vectors(DocumentVectors.wrap(starts, terms, weights, dimensions), latents);
            } catch (IllegalArgumentException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    static void writeLists(Path file, Snapshot s, StoreIo io) throws IOException {
        StoreFile.write(file, LISTS, VERSION, io, out -> {
            Neighbours[] neighbours = s.neighbours();
            KeptList[] kept = s.kept();
            out.writeInt(neighbours.length);
            for (int i = 0; i < neighbours.length; i++) {
                Neighbours n = neighbours[i];
                out.writeBoolean(n.complete());
                out.writeInt(n.size());
                for (int e = 0; e < n.size(); e++) {
                    out.writeLong(n.position(e));
                    out.writeDouble(n.cosine(e));
                }
                KeptList list = kept[i];
                out.writeBoolean(list != null);
                if (list != null) {
                    DataCodec.writeLongs(out, list.positions());
                    DataCodec.writeDoubles(out, list.scores());
                    DataCodec.writeDoubles(out, list.cosines());
                }
            }
        });
    }

    /** Every article's neighbours and kept list. */
    record Lists(Neighbours[] neighbours, KeptList[] kept) {}

    static Lists readLists(Path file, StoreIo io) throws IOException {
        return StoreFile.read(file, LISTS, VERSION, io, in -> {
            int n = in.readInt();
            if (n < 0) {
                throw new IOException("negative article count " + n);
            }
            List<Neighbours> neighbours = new ArrayList<>();
            List<KeptList> kept = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                neighbours.add(readNeighbours(in));
                kept.add(
                        in.readBoolean()
                                ? new KeptList(
                                        DataCodec.readLongs(in), DataCodec.readDoubles(in), DataCodec.readDoubles(in))
                                : null);
            }
            return new Lists(neighbours.toArray(Neighbours[]::new), kept.toArray(KeptList[]::new));
        });
    }

    private static Neighbours readNeighbours(DataInput in) throws IOException {
        boolean complete = in.readBoolean();
        int size = in.readInt();
        if (size < 0 || size > 1 << 20) {
            throw new IOException("bad neighbour count " + size);
        }
        long[] p = new long[size];
        double[] c = new double[size];
        for (int e = 0; e < size; e++) {
            p[e] = in.readLong();
            c[e] = in.readDouble();
        }
        return new Neighbours(p, c, complete);
    }
}
