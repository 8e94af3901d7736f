/** Sinks: where coded articles go (JSON Lines here; the store and search index elsewhere). */
package org.annalist.sink;
