package org.annalist.events.patterns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the trigger column of a pattern file. Words are split on spaces and sorted into the
 * head, objects or modifiers, particles/prepositions and preposition objects, by these rules:
 * <ul>
 *   <li>a verb trigger's first word is the verb; a noun trigger's head is its last word before
 *       the first preposition, and the words before the head are required modifiers; a plain
 *       word after a preposition is that preposition's required object ("state of emergency");</li>
 *   <li>a word from {@link #PREPOSITIONS} is a particle or preposition; when a verb trigger has
 *       plain words right after it, they are the preposition's required object, the last word
 *       the noun and the words before it its modifiers ("put on alert", "put on high alert");
 *       articles are left out ("take to the street");</li>
 *   <li>any other word of a verb trigger is a required object ("impose sanctions").</li>
 * </ul>
 */
final class TriggerSyntax {

    /** Particles and prepositions a trigger may name; a grammatical closed class, not knowledge. */
    static final Set<String> PREPOSITIONS = Set.of("with", "on", "to", "against", "for", "from", "into", "of", "at",
            "in", "between", "by", "about", "over", "upon", "toward", "towards", "across", "among", "onto", "under",
            "after", "through", "off", "out", "up", "down", "back", "away", "around", "along", "behind", "within",
            "amid", "near", "outside", "inside", "apart", "forward", "aside", "as",
            // a two-word preposition the enhanced++ parse names as one ("obl:out_of" in "escorted the boats out of the area")
            "out_of");

    /** Articles a trigger may write for readability ("take to the street"); the parse never makes them modifiers. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    record Parsed(String head, List<String> objects, List<String> particles, Map<String, List<String>> prepositionObjects) {}

    private TriggerSyntax() {}

    static Parsed parse(String trigger, TriggerKind kind) {
        List<String> words = new ArrayList<>();
        for (String word : trigger.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty trigger");
        }
        if (kind == TriggerKind.NOUN && PREPOSITIONS.contains(words.get(0))) {
            throw new IllegalArgumentException("trigger \"" + trigger + "\" starts with a preposition");
        }
        List<String> objects = new ArrayList<>();
        List<String> particles = new ArrayList<>();
        Map<String, List<String>> prepositionObjects = new LinkedHashMap<>();
        String head;
        if (kind == TriggerKind.VERB) {
            head = words.get(0);
            for (int i = 1; i < words.size(); i++) {
                String word = words.get(i);
                if (!PREPOSITIONS.contains(word)) {
                    objects.add(word);
                } else if (i + 1 < words.size() && !PREPOSITIONS.contains(words.get(i + 1))) {
                    // the plain words up to the next preposition are one noun phrase: "put on high alert"
                    // is "alert" modified by "high", "carry out joint patrol" is "patrol" modified by "joint"
                    List<String> phrase = new ArrayList<>();
                    while (i + 1 < words.size() && !PREPOSITIONS.contains(words.get(i + 1))) {
                        i++;
                        if (!ARTICLES.contains(words.get(i))) {
                            phrase.add(words.get(i));
                        }
                    }
                    if (phrase.isEmpty()) {
                        throw new IllegalArgumentException("trigger \"" + trigger + "\": \"" + word + "\" is followed by an article only");
                    }
                    prepositionObjects.put(word, List.copyOf(phrase));
                } else {
                    particles.add(word);
                }
            }
        } else {
            int firstPreposition = words.size();
            for (int i = 0; i < words.size(); i++) {
                if (PREPOSITIONS.contains(words.get(i))) {
                    firstPreposition = i;
                    break;
                }
            }
            head = words.get(firstPreposition - 1);
            objects.addAll(words.subList(0, firstPreposition - 1));
            for (int i = firstPreposition; i < words.size(); i++) {
                String word = words.get(i);
                if (!PREPOSITIONS.contains(word)) {
                    throw new IllegalArgumentException("noun trigger \"" + trigger + "\": \"" + word + "\" must follow a preposition");
                }
                if (i + 1 < words.size() && !PREPOSITIONS.contains(words.get(i + 1))) {
                    prepositionObjects.put(word, List.of(words.get(i + 1)));
                    i++;
                } else {
                    particles.add(word);
                }
            }
        }
        return new Parsed(head, objects, particles, prepositionObjects);
    }
}
