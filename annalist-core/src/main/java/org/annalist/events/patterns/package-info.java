/**
 * Event patterns as data: the pattern file format (trigger words over the dependency parse,
 * actor and recipient positions, CAMEO code and PLOVER overrides) and its loader and index.
 */
package org.annalist.events.patterns;
