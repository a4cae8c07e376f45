/**
 * The durable storage layer of a live index: files written whole or not at all and checked byte for byte when read
 * ({@link io.kindred.core.store.StoreFile}), a write-ahead log of the changes since a commit
 * ({@link io.kindred.core.store.WriteAheadLog}), and the atomic publication of a generation of files
 * ({@link io.kindred.core.store.CommitPoint}). It stores bytes and knows nothing of what they mean, except
 * {@link io.kindred.core.Article}s ({@link io.kindred.core.store.ArticleCodec}). Every damage is a
 * {@link io.kindred.core.store.CorruptIndexException} naming the file; every write, fsync, rename and delete goes
 * through one {@link io.kindred.core.store.StoreIo}, so that tests can fail each in turn. docs/index-format.md
 * describes the bytes.
 */
package io.kindred.core.store;
