package io.kindred.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.kindred.core.live.Drift;
import io.kindred.core.live.IndexInfo;
import io.kindred.core.live.LiveIndex;
import io.kindred.core.preset.Preset;
import io.kindred.core.preset.PresetCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kindred index info}: a live index's figures, as text or JSON. An instance is one run: not thread-safe.
 *
 * <p>The JSON object's keys: {@code index} (the folder), {@code articles}, {@code terms}, {@code k}, {@code preset}
 * (its name), {@code generation} (changes since the index was built), {@code committed_generation}, {@code fitted_at}
 * (ISO-8601), {@code fits} (refits since the index was built), {@code fitted_articles}, {@code changes_since_fit},
 * {@code terms_since_fit} (terms of the articles added since), {@code unknown_term_share} (of those, the share outside
 * the vocabulary), {@code max_idf_change} (the largest relative change of a term's idf between the fit and now),
 * {@code bytes} (the folder's size) and {@code settings} (every stored setting, as PresetCodec writes it).
 */
@Command(
        name = "info",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Describes a live index.",
            "",
            "Articles, vocabulary, generation (changes since the index was built), the last fit and"
                    + " how far the index has moved from it (changes, share of unknown terms among those added,"
                    + " largest idf change), size on disk, and the settings it was built with.",
            ""
        },
        footer = {
            "",
            "Exit codes: 0 success, 1 failure (no index, damaged index, I/O error), 2 usage error.",
            "",
            "Examples:",
            "  kindred index info -d related.idx",
            "  kindred index info -d related.idx --format json"
        })
final class IndexInfoCommand implements Callable<Integer> {

    /** How the figures are written. */
    enum Format {
        /** Aligned lines. */
        TEXT,
        /** One JSON object. */
        JSON
    }

    private static final JsonFactory JSON = new JsonFactory();

    @Spec
    private CommandSpec spec;

    @Mixin
    private IndexFolder folder;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json. Default: text.")
    private Format format = Format.TEXT;

    @Override
    public Integer call() throws Exception {
        IndexInfo info;
        Preset preset;
        int k;
        try (LiveIndex live = folder.open(1)) {
            info = live.info();
            preset = live.preset();
            k = live.k();
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> settings = settings(preset);
        if (format == Format.JSON) {
            json(out, info, preset, k, settings);
        } else {
            text(out, info, preset, k, settings);
        }
        out.flush();
        return 0;
    }

    /** Every stored setting, key to value as PresetCodec writes it (not the format's version: no setting). */
    private static Map<String, String> settings(Preset preset) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : PresetCodec.encode(preset).split("\n")) {
            int eq = line.indexOf(" = ");
            if (!line.startsWith("#") && eq > 0 && !line.startsWith("format = ")) {
                settings.put(line.substring(0, eq), line.substring(eq + 3));
            }
        }
        return settings;
    }

    private void text(PrintWriter out, IndexInfo info, Preset preset, int k, Map<String, String> settings) {
        Drift d = info.drift();
        out.print(String.format(
                Locale.ROOT,
                "index       %s\n"
                        + "articles    %,d\n"
                        + "terms       %,d\n"
                        + "lists       of %d, preset %s\n"
                        + "generation  %,d (committed %,d)\n"
                        + "last fit    %s, on %,d articles (%,d refits since the index was built)\n"
                        + "since fit   %,d changes; %,d terms added, %.1f%% unknown; largest idf change %.1f%%\n"
                        + "size        %,d bytes\n"
                        + "settings\n",
                folder.dir(),
                info.articles(),
                info.terms(),
                k,
                preset.name(),
                info.generation(),
                info.committedGeneration(),
                info.fittedAt(),
                d.fittedArticles(),
                info.fits(),
                d.changesSinceFit(),
                d.termsSinceFit(),
                100 * d.unknownTermShare(),
                100 * d.maxIdfChange(),
                info.bytes()));
        settings.forEach((key, value) -> out.print("  " + key + " = " + value + "\n"));
    }

    private void json(PrintWriter out, IndexInfo info, Preset preset, int k, Map<String, String> settings)
            throws IOException {
        Drift d = info.drift();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("index", folder.dir().toString());
            g.writeNumberField("articles", info.articles());
            g.writeNumberField("terms", info.terms());
            g.writeNumberField("k", k);
            g.writeStringField("preset", preset.name());
            g.writeNumberField("generation", info.generation());
            g.writeNumberField("committed_generation", info.committedGeneration());
            g.writeStringField("fitted_at", info.fittedAt().toString());
            g.writeNumberField("fits", info.fits());
            g.writeNumberField("fitted_articles", d.fittedArticles());
            g.writeNumberField("changes_since_fit", d.changesSinceFit());
            g.writeNumberField("terms_since_fit", d.termsSinceFit());
            g.writeNumberField("unknown_term_share", d.unknownTermShare());
            g.writeNumberField("max_idf_change", d.maxIdfChange());
            g.writeNumberField("bytes", info.bytes());
            g.writeObjectFieldStart("settings");
            for (Map.Entry<String, String> s : settings.entrySet()) {
                g.writeStringField(s.getKey(), s.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        out.print("\n");
    }
}
