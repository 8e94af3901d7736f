package org.annalist.events;

/**
 * The words an event was coded from.
 *
 * @param sentenceIndex the sentence, from 0
 * @param sentence the sentence as written
 * @param trigger the word or words that name the event ("meeting", "held talks")
 * @param quote the id of the quote the event was reported in, or null when the narrator reports it
 * @param reportedBy the entity id of that quote's speaker, or null
 */
public record Evidence(int sentenceIndex, String sentence, Span trigger, String quote, String reportedBy) {}
