/**
 * Presets: named sets of analysis, weighting and ranking settings ({@link io.kindred.core.preset.Preset}), the top
 * floor of core, where the defaults and the rules between settings live; and a preset as text
 * ({@link io.kindred.core.preset.PresetCodec}), as a stored index keeps it.
 */
package io.kindred.core.preset;
