/**
 * The language layer: the plain, immutable annotated-document view that later stages read.
 * CoreNLP appears only in {@code org.annalist.language.corenlp}; nothing else imports it.
 */
package org.annalist.language;
