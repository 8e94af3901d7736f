package org.annalist.events;

import java.util.List;
import java.util.Map;
import org.annalist.events.patterns.EventPattern;

/**
 * A pattern whose trigger words were all found around a head token.
 *
 * @param pattern the pattern
 * @param head the head token (the verb or noun)
 * @param words every token of the trigger, head included, in sentence order
 * @param objects the tokens that matched the pattern's objects (verbs) or modifiers (nouns)
 * @param prepositions each trigger preposition found as a preposition → the token it introduces
 */
record TriggerMatch(EventPattern pattern, int head, List<Integer> words, List<Integer> objects,
        Map<String, Integer> prepositions) {}
