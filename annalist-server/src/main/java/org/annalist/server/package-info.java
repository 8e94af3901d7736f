/**
 * {@code annalist serve}: one process on the loopback interface that offers the store through
 * a REST API (described by {@code /openapi.json}) and a web workspace built from the project's
 * own files, so it works offline. Entry points stay thin: reads go to the store's query classes
 * ({@code org.annalist.store.query}, all SQL parameterised) and the search index; writes go
 * through the store's {@code Ingestion}, the same path as {@code annalist ingest}.
 *
 * <p>Safety is decided here, once: the server binds to 127.0.0.1 only, writes need the token
 * fixed at start-up, bodies past the size limit are refused with 413, every error is a JSON body
 * {@code {"error": {"status", "message"}}}, and the pages insert data with {@code textContent}
 * only, never as HTML.
 */
package org.annalist.server;
