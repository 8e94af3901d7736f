/** The event stage: PLOVER events with CAMEO codes, coded from dependency patterns with evidence. */
package org.annalist.events;
