package io.kindred.server;

import io.kindred.core.rank.ExcludeIds;
import io.kindred.core.rank.ExcludeSections;
import io.kindred.core.rank.MinScore;
import io.kindred.core.rank.PastOnly;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.rank.TimeWindow;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.jetty.util.Fields;

/**
 * What a list request asks for beyond its article: length, request-time ranking steps over the index's policy, and
 * explanations. Each parameter maps to one core step, which validates it; a value core refuses, a malformed number or
 * an unknown parameter is a 400 naming the parameter.
 *
 * @param k list length
 * @param policy the index's policy with the requested steps
 * @param explain terms per explanation, 0 for none
 */
record ListRequest(int k, RankingPolicy policy, int explain) {

    /** The most terms an explanation may list. */
    static final int MAX_EXPLAIN = 50;

    private static final Set<String> NAMES =
            Set.of("k", "min_score", "exclude_sections", "exclude_ids", "past_only", "window_days", "explain");

    /**
     * @param query the query parameters
     * @param base the index's policy
     * @param defaultK the index's list length
     * @param maxK the longest list allowed
     * @return the request
     * @throws ApiError 400 bad_parameter naming the parameter
     */
    static ListRequest of(Fields query, RankingPolicy base, int defaultK, int maxK) {
        for (String name : query.getNames()) {
            if (!NAMES.contains(name)) {
                throw ApiError.badParameter(
                        name,
                        "unknown parameter '" + name + "'; known: "
                                + String.join(", ", NAMES.stream().sorted().toList()));
            }
            if (query.getValues(name).size() > 1) {
                throw ApiError.badParameter(name, "parameter '" + name + "' is given more than once");
            }
        }
        int k = intValue(query, "k", defaultK, 1, maxK);
        int explain = intValue(query, "explain", 0, 0, MAX_EXPLAIN);
        RankingPolicy p = base;
        p = step(query, "exclude_ids", p, v -> p0 -> p0.with(new ExcludeIds(list(v))));
        p = step(query, "exclude_sections", p, v -> p0 -> p0.with(new ExcludeSections(list(v))));
        p = step(query, "past_only", p, v -> p0 -> bool("past_only", v) ? p0.with(new PastOnly()) : p0);
        p = step(query, "window_days", p, v -> p0 -> p0.with(new TimeWindow(number("window_days", v))));
        p = step(query, "min_score", p, v -> p0 -> {
            double min = number("min_score", v);
            return min == 0 ? p0.without(MinScore.class) : p0.with(new MinScore(min));
        });
        return new ListRequest(k, p, explain);
    }

    /** Applies one parameter's step, turning core's refusal into a 400 naming the parameter. */
    private static RankingPolicy step(
            Fields query, String name, RankingPolicy p, Function<String, Function<RankingPolicy, RankingPolicy>> f) {
        String v = query.getValue(name);
        if (v == null) {
            return p;
        }
        try {
            return f.apply(v).apply(p);
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter(name, name + ": " + e.getMessage());
        }
    }

    private static int intValue(Fields query, String name, int absent, int min, int max) {
        String v = query.getValue(name);
        if (v == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badParameter(name, name + " must be an integer in " + min + ".." + max + ", was '" + v + "'");
    }

    private static double number(String name, String v) {
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d) && !v.isBlank() && Character.isDigit(v.charAt(v.length() - 1))) {
                return d;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badParameter(name, name + " must be a number, was '" + v + "'");
    }

    private static boolean bool(String name, String v) {
        return switch (v) {
            case "true", "1", "" -> true;
            case "false", "0" -> false;
            default -> throw ApiError.badParameter(name, name + " must be true or false, was '" + v + "'");
        };
    }

    private static Set<String> list(String v) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : v.split(",", -1)) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
