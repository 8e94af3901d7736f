package org.annalist.actors;

/**
 * One place in the article text where an entity is referred to.
 *
 * @param start character offset in the article text
 * @param end character offset after it
 * @param text exactly {@code article.text().substring(start, end)}
 * @param sentenceIndex the sentence it is in
 * @param kind how it refers
 */
public record Mention(int start, int end, String text, int sentenceIndex, MentionKind kind) {}
