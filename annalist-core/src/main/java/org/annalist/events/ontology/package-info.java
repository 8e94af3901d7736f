/**
 * The event ontology as data: PLOVER event types, modes and contexts, and CAMEO codes with their
 * Goldstein values and PLOVER mapping, loaded and cross-checked from {@code dictionaries/ontology/}.
 */
package org.annalist.events.ontology;
