package io.kindred.cli;

import io.kindred.core.analysis.AnalysisSettings;
import io.kindred.core.preset.Preset;
import io.kindred.core.rank.EditorialStep;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.rank.RankingStep;
import io.kindred.core.weighting.TfidfOptions;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Every setting of a configuration, read back from its {@link Preset} after the options were applied, named by the
 * option that changes it, so that two configurations can be compared setting by setting (what {@code --preset sklearn}
 * changes against {@code news}, say). The editors' file is not a setting here: it is given by file, not by value.
 * Stateless and thread-safe.
 */
final class EffectiveSettings {

    private EffectiveSettings() {}

    /**
     * @param p the settings, options applied
     * @return each setting's option and value in words, in a fixed order: analysis, fields, weighting, then each
     *     ranking step of {@link RankingPolicy#ORDER} ("off" when the policy does not have it)
     */
    static Map<String, String> of(Preset p) {
        Map<String, String> s = new LinkedHashMap<>();
        AnalysisSettings a = p.analysis();
        s.put("--analyzer", lower(a.kind()));
        s.put("--stemmer", lower(a.stemmer()));
        s.put("--stop-words", a.stopWords().name());
        s.put("--ngram", a.ngramMin() + "," + a.ngramMax());
        s.put("--word-weight", Integer.toString(a.wordWeight()));
        s.put("--strip-accents", lower(a.stripAccents()));
        s.put("--text-fields", p.fields().toString());
        TfidfOptions w = p.weighting();
        s.put("--weighting", w.weighting().describe());
        s.put("--min-df", w.minDf().toString());
        s.put("--max-df", w.maxDf().toString());
        s.put(
                "--max-features",
                w.maxFeatures() == TfidfOptions.ALL_FEATURES ? "all" : Integer.toString(w.maxFeatures()));
        s.put("--binary", w.binary() ? "on" : "off");
        s.put("--norm", lower(w.norm()));
        for (Class<? extends RankingStep> kind : RankingPolicy.ORDER) {
            if (!EditorialStep.class.isAssignableFrom(kind)) {
                s.put(
                        PolicyOptions.optionOf(kind),
                        p.policy().step(kind).map(EffectiveSettings::parameters).orElse("off"));
            }
        }
        return s;
    }

    /** A step's parameters, {@code rounds=[3, 5, 7], weight=2.0, pool=50}; "on" without any. */
    private static String parameters(RankingStep step) {
        StringJoiner out = new StringJoiner(", ");
        step.settings().forEach((name, value) -> out.add(name + "=" + value));
        return out.length() == 0 ? "on" : out.toString();
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
