/**
 * Wires the stages into one pipeline and runs it over a batch of inputs on a worker pool, with
 * per-article time limits, in-order output and a final count of what was read, coded and rejected.
 */
package org.annalist.pipeline;
