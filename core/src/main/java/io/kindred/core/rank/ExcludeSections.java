package io.kindred.core.rank;

import java.util.Map;
import java.util.Set;

/** Eligibility: articles of these sections (exact names, e.g. {@code opinion}) are never recommended. Immutable. */
public final class ExcludeSections extends RankingStep {

    private final Set<String> sections;

    /** @param sections the sections never recommended */
    public ExcludeSections(Set<String> sections) {
        this.sections = Set.copyOf(sections);
    }

    /** @return the sections never recommended */
    public Set<String> sections() {
        return sections;
    }

    @Override
    Map<String, Object> parameters() {
        return parameters("sections", new java.util.TreeSet<>(sections));
    }

    @Override
    Bound bind(RankingContext context) {
        boolean[] excluded = new boolean[context.index().size()];
        for (int i = 0; i < excluded.length; i++) {
            String section = context.index().article(i).section();
            excluded[i] = section != null && sections.contains(section);
        }
        return Bound.excluding((queryId, queryDate, candidate) -> !excluded[candidate]);
    }
}
