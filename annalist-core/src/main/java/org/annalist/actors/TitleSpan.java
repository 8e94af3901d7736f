package org.annalist.actors;

/**
 * A half-open range of tokens in one sentence that may hold a person's title: the rank or office
 * before the name, or an office in apposition before or after it.
 *
 * @param firstToken first token of the span
 * @param endToken token after the span
 */
record TitleSpan(int firstToken, int endToken) {}
