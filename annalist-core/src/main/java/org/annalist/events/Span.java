package org.annalist.events;

/** A stretch of the article text: offsets and the words they slice out. */
public record Span(int start, int end, String text) {}
