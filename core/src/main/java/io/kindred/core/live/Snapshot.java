package io.kindred.core.live;

import io.kindred.core.Article;
import io.kindred.core.rank.Latent;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.rank.Recommender;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.vector.DocumentVectors;
import io.kindred.core.vector.LatentSpace;
import io.kindred.core.weighting.Vectorized;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One point in time of a {@link LiveIndex}: its articles, in index order (first insertion; a replacement keeps its
 * place), the model of its last fit, and every list. A reader that holds a snapshot sees no later change; every method
 * answers exactly what a batch run over {@link #articles()} with this snapshot's model would
 * ({@code SimilarityIndex.of} and a {@code Recommender} with the model's latent space).
 *
 * <p>Lists of length {@link LiveIndex#k()} under the index's policy are kept and looked up; other lengths and other
 * policies are ranked from the article's kept neighbours (searching the index only when those cannot decide), and lists
 * of articles outside the index are searched. Immutable and thread-safe.
 */
public final class Snapshot {

    private final long generation;
    private final Settings settings;
    private final Model model;
    private final Counters counters;
    private final List<Article> articles;
    private final long[] positions;
    private final DocumentVectors vectors;
    private final LatentRows latents;
    private final SimilarityIndex index;
    private final LatentSpace latentSpace;
    private final Recommender recommender;
    private final Neighbours[] neighbours;
    private final KeptList[] kept;
    private final int candidates;
    private final int depth;
    private final Map<RankingPolicy, Recommender> recommenders = new ConcurrentHashMap<>();

    /**
     * A snapshot over its index ({@code index}, or one built here when null); {@code neighbours} and {@code kept} are
     * filled by the caller before it publishes the snapshot.
     */
    Snapshot(
            long generation,
            Settings settings,
            Model model,
            Counters counters,
            List<Article> articles,
            long[] positions,
            DocumentVectors vectors,
            LatentRows latents,
            Neighbours[] neighbours,
            KeptList[] kept,
            SimilarityIndex index) {
        this.generation = generation;
        this.settings = settings;
        this.model = model;
        this.counters = counters;
        this.articles = articles;
        this.positions = positions;
        this.vectors = vectors;
        this.latents = latents;
        this.neighbours = neighbours;
        this.kept = kept;
        this.index = index != null ? index : SimilarityIndex.of(articles, new Vectorized(model.tfidf(), vectors));
        this.latentSpace = model.latent() == null ? null : latents.space(model.latent());
        this.recommender = new Recommender(this.index, settings.preset().policy(), false, latentSpace);
        this.candidates = recommender.candidates(settings.k());
        this.depth = Settings.depth(candidates);
    }

    /** @return the number of changes applied since the index was created: each upsert or delete adds one */
    public long generation() {
        return generation;
    }

    /**
     * @return when this snapshot's model was fitted: with {@link #generation()}, names an index state (a rebuilt index
     *     starts its generations again, with another fit time)
     */
    public Instant fittedAt() {
        return model.fittedAt();
    }

    /** @return the length of the lists the index keeps (a list of this length is a lookup) */
    public int k() {
        return settings.k();
    }

    /** @return the number of articles */
    public int size() {
        return articles.size();
    }

    /** @return the articles, in index order */
    public List<Article> articles() {
        return articles;
    }

    /**
     * @param id an article id
     * @return the stored article
     */
    public Optional<Article> article(String id) {
        int o = index.ordinal(id);
        return o < 0 ? Optional.empty() : Optional.of(articles.get(o));
    }

    /**
     * The list of a stored article under the index's policy.
     *
     * @param id its id
     * @param k list length, at least 1
     * @return at most k articles, best first
     * @throws IllegalArgumentException for an unknown id or k &lt; 1
     */
    public List<SimilarArticle> similar(String id, int k) {
        int o = ordinal(id);
        KeptList list = kept[o];
        if (k == settings.k() && list != null) {
            return materialize(list);
        }
        return recommender
                .similar(o, k, neighbourList(o), neighbours[o].complete())
                .list();
    }

    /**
     * The list of a stored article under another policy: the index's with request-time steps added or changed (a
     * minimum score, exclusions, a time window), for example {@code policy().with(new MinScore(0.2))}.
     *
     * @param id its id
     * @param k list length, at least 1
     * @param policy the policy; its latent step, if any, must be the index's (the latent space is part of the model)
     * @param explainRanking whether entries record each step's contribution to their score
     * @return at most k articles, best first
     * @throws IllegalArgumentException for an unknown id, k &lt; 1 or a latent step other than the index's
     */
    public List<SimilarArticle> similar(String id, int k, RankingPolicy policy, boolean explainRanking) {
        if (!explainRanking && policy.equals(policy())) {
            return similar(id, k);
        }
        int o = ordinal(id);
        return recommender(policy, explainRanking)
                .similar(o, k, neighbourList(o), neighbours[o].complete())
                .list();
    }

    /**
     * The list of an article that is not stored (a draft, or an article of another site), vectorised with this
     * snapshot's model; a stored article with the same id is left out.
     *
     * @param article the article
     * @param k list length, at least 1
     * @return at most k articles, best first
     */
    public List<SimilarArticle> similar(Article article, int k) {
        return recommender.similar(article, k);
    }

    /**
     * Like {@link #similar(Article, int)}, under another policy (see {@link #similar(String, int, RankingPolicy,
     * boolean)}).
     *
     * @param article the article
     * @param k list length, at least 1
     * @param policy the policy
     * @param explainRanking whether entries record each step's contribution to their score
     * @return at most k articles, best first
     */
    public List<SimilarArticle> similar(Article article, int k, RankingPolicy policy, boolean explainRanking) {
        return recommender(policy, explainRanking).similar(article, k);
    }

    /** @return the index's ranking policy */
    public RankingPolicy policy() {
        return settings.preset().policy();
    }

    /** @return the batch index this snapshot answers from (its ordinals are the positions in {@link #articles()}) */
    public SimilarityIndex index() {
        return index;
    }

    /** @return the latent space of the policy's latent step, over this snapshot's articles, or null */
    public LatentSpace latentSpace() {
        return latentSpace;
    }

    private Recommender recommender(RankingPolicy policy, boolean explainRanking) {
        Objects.requireNonNull(policy, "policy");
        int dims = policy.step(Latent.class).map(Latent::dims).orElse(0);
        if (dims != 0 && dims != settings.latentDims()) {
            throw new IllegalArgumentException(
                    "the latent space is part of the index's model: latent dimensions must be " + settings.latentDims()
                            + ", were " + dims);
        }
        if (!explainRanking && policy.equals(policy())) {
            return recommender;
        }
        if (explainRanking) {
            return new Recommender(index, policy, true, latentSpace);
        }
        if (recommenders.size() > 16) {
            recommenders.clear();
        }
        return recommenders.computeIfAbsent(policy, p -> new Recommender(index, p, false, latentSpace));
    }

    private int ordinal(String id) {
        int o = index.ordinal(id);
        if (o < 0) {
            throw new IllegalArgumentException("unknown article id '" + id + "'");
        }
        return o;
    }

    List<SimilarArticle> materialize(KeptList list) {
        SimilarArticle[] out = new SimilarArticle[list.positions().length];
        for (int i = 0; i < out.length; i++) {
            int o = ordinalOf(list.positions()[i]);
            out[i] = new SimilarArticle(o, articles.get(o), list.scores()[i], list.cosines()[i], List.of());
        }
        return List.of(out);
    }

    /** The kept neighbours of an article as the candidates a {@link Recommender} ranks from. */
    List<SimilarArticle> neighbourList(int ordinal) {
        Neighbours n = neighbours[ordinal];
        List<SimilarArticle> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            int o = ordinalOf(n.position(i));
            out.add(new SimilarArticle(o, articles.get(o), n.cosine(i)));
        }
        return out;
    }

    /** @return the ordinal of a position that is in this snapshot */
    int ordinalOf(long position) {
        int o = Arrays.binarySearch(positions, position);
        if (o < 0) {
            throw new IllegalStateException("position " + position + " is not in generation " + generation);
        }
        return o;
    }

    /** Computes an article's list from its neighbours, to keep it; null if the list depends on more than those. */
    KeptList keep(int ordinal) {
        Recommender.Ranked ranked =
                recommender.similar(ordinal, settings.k(), neighbourList(ordinal), neighbours[ordinal].complete());
        if (!ranked.fromCandidates()) {
            return null;
        }
        List<SimilarArticle> list = ranked.list();
        long[] p = new long[list.size()];
        double[] s = new double[p.length];
        double[] c = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = positions[list.get(i).ordinal()];
            s[i] = list.get(i).score();
            c[i] = list.get(i).cosine();
        }
        return new KeptList(p, s, c);
    }

    /** The exact top {@link #depth()} of an article by cosine, searched. */
    Neighbours searchNeighbours(int ordinal) {
        return neighbours(index.similar(articles.get(ordinal).id(), depth));
    }

    /** Neighbours from a search's list of at most {@link #depth()} entries. */
    Neighbours neighbours(List<SimilarArticle> found) {
        int m = Math.min(found.size(), depth);
        long[] p = new long[m];
        double[] c = new double[m];
        for (int i = 0; i < m; i++) {
            p[i] = positions[found.get(i).ordinal()];
            c[i] = found.get(i).score();
        }
        return new Neighbours(p, c, found.size() < depth);
    }

    /** @return the candidates a kept list is ranked from */
    int candidates() {
        return candidates;
    }

    int depth() {
        return depth;
    }

    Settings settings() {
        return settings;
    }

    Model model() {
        return model;
    }

    Counters counters() {
        return counters;
    }

    long[] positions() {
        return positions;
    }

    DocumentVectors vectors() {
        return vectors;
    }

    LatentRows latents() {
        return latents;
    }

    Neighbours[] neighbours() {
        return neighbours;
    }

    KeptList[] kept() {
        return kept;
    }

    /**
     * What a snapshot counts since the last fit, for drift and refit decisions.
     *
     * @param nextPosition the position the next new article gets
     * @param changesSinceFit upserts and deletes since the fit
     * @param termsSinceFit terms of the articles upserted since the fit
     * @param knownTermsSinceFit of those, the terms in the model's vocabulary
     */
    record Counters(long nextPosition, long changesSinceFit, long termsSinceFit, long knownTermsSinceFit) {}
}
