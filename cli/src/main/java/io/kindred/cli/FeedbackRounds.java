package io.kindred.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rounds of pseudo-relevance feedback as the command line gives them: {@code M1,M2,...} (the neighbours used in
 * each round) or {@code none}. Immutable.
 *
 * @param rounds neighbours per round, each &gt;= 1; empty for none
 */
record FeedbackRounds(List<Integer> rounds) {

    /** Copies the list. */
    FeedbackRounds {
        rounds = List.copyOf(rounds);
    }

    /**
     * @param text {@code M1,M2,...} or {@code none}, e.g. {@code 3,5}
     * @return the rounds
     * @throws IllegalArgumentException if the text is neither
     */
    static FeedbackRounds parse(String text) {
        if (text.strip().toLowerCase(Locale.ROOT).equals("none")) {
            return new FeedbackRounds(List.of());
        }
        List<Integer> rounds = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            int m;
            try {
                m = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                m = 0;
            }
            if (m < 1) {
                throw new IllegalArgumentException(
                        "expected neighbours per round separated by commas, each >= 1, such as 3,5; or none; was '"
                                + text + "'");
            }
            rounds.add(m);
        }
        return new FeedbackRounds(rounds);
    }
}
