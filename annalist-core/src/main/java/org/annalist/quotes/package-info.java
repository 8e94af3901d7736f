/**
 * The quotes stage: finds direct quotations (between quote marks, across paragraphs, partial
 * quotes inside a sentence) and indirect speech (a reporting verb's clause, "according to X"), and
 * attributes each to the entity that the subject of its reporting verb mentions.
 *
 * <p>Which verbs report speech is data: {@code dictionaries/quotes/speech-verbs.tsv}. Every quote
 * names the rule that found its speaker; when the text does not say who spoke, the speaker is
 * null rather than a guess. See docs/quotes.md.
 */
package org.annalist.quotes;
