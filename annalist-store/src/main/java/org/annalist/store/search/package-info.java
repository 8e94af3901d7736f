/**
 * Full-text search over stored articles and quotes (Lucene). The index is derived from the
 * store: each article is written to it after its store transaction commits, and the store
 * marks it indexed only after the index commits, so an index that fell behind (a killed run) is
 * caught up from the store on the next ingest.
 */
package org.annalist.store.search;
