package io.kindred.core.live;

import io.kindred.core.preset.Preset;
import io.kindred.core.rank.Latent;
import java.util.Objects;

/**
 * The settings a live index is built with and keeps: the preset (analysis, weighting, ranking policy) and the length of
 * the lists it keeps. Immutable.
 *
 * @param preset every analysis, weighting and ranking setting
 * @param k the length of the kept lists: asking for this many is a lookup, any other length is computed
 */
record Settings(Preset preset, int k) {

    /** Neighbours kept beyond what a list needs, so that a few deletions do not force a new search. */
    static final int SPARE_NEIGHBOURS = 16;

    Settings {
        Objects.requireNonNull(preset, "preset");
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
    }

    /** @return the latent dimensions of the policy, or 0 when it has none */
    int latentDims() {
        return preset.policy().step(Latent.class).map(Latent::dims).orElse(0);
    }

    /**
     * @param candidates the candidates a list of k is ranked from
     * @return how many neighbours to keep per article
     */
    static int depth(int candidates) {
        return candidates + Math.max(SPARE_NEIGHBOURS, candidates / 2);
    }
}
