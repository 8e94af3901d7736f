package org.annalist.language;

/**
 * A named-entity mention found by the language layer.
 *
 * @param sentenceIndex the sentence it is in
 * @param firstToken index of its first token in the sentence
 * @param endToken index after its last token
 * @param start character offset in the article text
 * @param end character offset after it
 * @param text the mention as written
 * @param type CoreNLP's type: PERSON, ORGANIZATION, LOCATION, COUNTRY, CITY, NATIONALITY, TITLE…
 */
public record NamedEntity(int sentenceIndex, int firstToken, int endToken, int start, int end, String text, String type) {}
