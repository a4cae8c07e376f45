package io.kindred.bench.peers;

import io.kindred.bench.JsonLines.Scored;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares top-k lists with the rules of the peers' {@code compare.py}: identical ordered lists, identical sets,
 * overlap@k = |A ∩ B| / min(k, max(|A|, |B|)) (1 when both are empty), over the queries present in both; plus
 * {@code tieEquivalent}: lists that are identical or differ only where the reference's scores are equal within 1e-9
 * (same scores rank by rank within 1e-6: a different choice among tied articles, which both the golden rule and
 * kindred's contract allow). And precision@k of category agreement (macro over queries with a category and at least one
 * neighbour; multi-label categories "a|b" agree when they share a label). Stateless.
 */
public final class ListComparison {

    private ListComparison() {}

    /**
     * Agreement of two sets of lists.
     *
     * @param queries queries compared
     * @param identicalLists fraction with the same ordered ids
     * @param identicalSets fraction with the same id sets
     * @param tieEquivalent fraction identical up to ties (see class comment)
     * @param overlap mean overlap@k
     */
    public record Agreement(
            int queries, double identicalLists, double identicalSets, double tieEquivalent, double overlap) {}

    /**
     * @param ref the reference (exact) lists
     * @param other the lists compared
     * @param k cut
     * @return the agreement over the queries of {@code other} that {@code ref} also has
     */
    public static Agreement compare(Map<String, List<Scored>> ref, Map<String, List<Scored>> other, int k) {
        int n = 0;
        int lists = 0;
        int sets = 0;
        int ties = 0;
        double overlap = 0;
        for (Map.Entry<String, List<Scored>> e : other.entrySet()) {
            List<Scored> a = ref.get(e.getKey());
            if (a == null) {
                continue;
            }
            a = a.subList(0, Math.min(k, a.size()));
            List<Scored> b = e.getValue().subList(0, Math.min(k, e.getValue().size()));
            n++;
            Set<String> sa = ids(a);
            Set<String> sb = ids(b);
            boolean sameList = sa.size() == sb.size() && idsInOrder(a, b);
            lists += sameList ? 1 : 0;
            sets += sa.equals(sb) ? 1 : 0;
            ties += sameList || tieEquivalent(a, b) ? 1 : 0;
            int den = Math.min(k, Math.max(sa.size(), sb.size()));
            Set<String> inter = new HashSet<>(sa);
            inter.retainAll(sb);
            overlap += den == 0 ? 1.0 : inter.size() / (double) den;
        }
        return n == 0
                ? new Agreement(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN)
                : new Agreement(n, lists / (double) n, sets / (double) n, ties / (double) n, overlap / n);
    }

    private static boolean idsInOrder(List<Scored> a, List<Scored> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).id().equals(b.get(i).id())) {
                return false;
            }
        }
        return true;
    }

    private static boolean tieEquivalent(List<Scored> a, List<Scored> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (Math.abs(a.get(i).score() - b.get(i).score()) > 1e-6) {
                return false;
            }
            if (!a.get(i).id().equals(b.get(i).id())) {
                // the reference must have a tie here: a neighbour of equal score at a nearby rank, or this is the cut
                boolean tied = (i > 0
                                && Math.abs(a.get(i - 1).score() - a.get(i).score()) <= 1e-9)
                        || (i + 1 < a.size()
                                && Math.abs(a.get(i + 1).score() - a.get(i).score()) <= 1e-9)
                        || i == a.size() - 1;
                if (!tied) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Set<String> ids(List<Scored> l) {
        Set<String> s = new HashSet<>();
        for (Scored x : l) {
            s.add(x.id());
        }
        return s;
    }

    /**
     * Precision@k of category agreement.
     *
     * @param lists query id to its list
     * @param categories article id to category (null or absent: uncategorised)
     * @param k cut
     * @return macro precision, NaN if no query counts
     */
    public static double categoryPrecision(Map<String, List<Scored>> lists, Map<String, String> categories, int k) {
        double sum = 0;
        int n = 0;
        for (Map.Entry<String, List<Scored>> e : lists.entrySet()) {
            String cq = categories.get(e.getKey());
            List<Scored> l = e.getValue().subList(0, Math.min(k, e.getValue().size()));
            if (cq == null || l.isEmpty()) {
                continue;
            }
            Set<String> labels = new HashSet<>(java.util.Arrays.asList(cq.split("\\|")));
            int hit = 0;
            for (Scored s : l) {
                String c = categories.get(s.id());
                if (c != null) {
                    for (String x : c.split("\\|")) {
                        if (labels.contains(x)) {
                            hit++;
                            break;
                        }
                    }
                }
            }
            sum += hit / (double) l.size();
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
