/**
 * The article as it enters the pipeline: the one record every later stage refers back to.
 */
package org.annalist.article;
