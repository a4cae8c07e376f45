/**
 * The live index: "Similar Articles" for a site whose articles change all day, stored on disk, updated article by
 * article, exact and crash-safe. {@link io.kindred.core.live.LiveIndex} takes upserts and deletes and publishes
 * immutable {@link io.kindred.core.live.Snapshot}s; every snapshot answers exactly as a batch run over its articles
 * with its model.
 */
package io.kindred.core.live;
