/**
 * Read-only questions to the store: events by actor, country, dyad, type, context, date,
 * outlet and minimum confidence; quotes by speaker; timelines of a dyad; and the export of events
 * as flat tables. Every query is plain SQL over the tables of the store's migrations
 * (migrations/V001__initial.sql and the files after it), so what a command prints can be checked
 * in DuckDB by hand.
 */
package org.annalist.store.query;
