/**
 * The event store: coded articles kept in one DuckDB file, so analysts can load thousands of
 * articles, ask what happened between two countries and export tables.
 *
 * <p>The store is written only through {@link org.annalist.store.ArticleWriter}, one article per
 * transaction, so a killed run loses nothing it committed. Two things are resolved across
 * articles as they are written: reports of one real-world event from several outlets are merged
 * ({@link org.annalist.store.MergeRule}), and spellings of one person are joined
 * ({@link org.annalist.store.PersonNames}). Both rules are data-driven and documented in
 * docs/store.md. The Lucene index ({@link org.annalist.store.search}) is derived from the store
 * and rebuilt for any article the store marks as not yet indexed.
 */
package org.annalist.store;
