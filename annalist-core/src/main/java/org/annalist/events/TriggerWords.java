package org.annalist.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.events.patterns.EventPattern;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Finds a pattern's trigger words in the parse around a head token: its required objects or
 * modifiers ("hold talks", "joint military drills"), its particles ("crack down") and its
 * prepositions with their required words ("put on alert"). {@link TriggerMatcher} decides which of
 * the patterns that match a token wins and why the others were set aside.
 */
final class TriggerWords {

    /** Named-entity tags of dates and times: "March" the month is no march, "May" no modal. */
    static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    private final WordLists words;

    TriggerWords(WordLists words) {
        this.words = words;
    }

    /** The pattern's trigger words around {@code head}, or null when one of them is missing. */
    TriggerMatch find(SentenceGraph graph, EventPattern pattern, int head) {
        List<Integer> objects = separateObjects(graph, pattern, head);
        if (objects == null && pattern.kind() == TriggerKind.VERB) {
            objects = modifiedObject(graph, pattern, head);
        }
        if (objects == null) {
            return null;
        }
        Set<Integer> words = new java.util.TreeSet<>(objects);
        words.add(head);
        Map<String, Integer> prepositions = new LinkedHashMap<>();
        // the words a required preposition introduces ("stand in solidarity with"): a later
        // preposition of the pattern may hang on them ("stood in full solidarity with Germany")
        List<Integer> phraseWords = new ArrayList<>();
        for (Map.Entry<String, List<String>> required : pattern.prepositionObjects().entrySet()) {
            List<String> phrase = required.getValue();
            List<String> nounWords = pattern.alternatives(phrase.get(phrase.size() - 1));
            Integer introduced = findPrepositionObject(graph, head, objects, required.getKey(), nounWords);
            List<Integer> modifiers = introduced == null ? null : phraseModifiers(graph, pattern, phrase, introduced);
            if (modifiers == null && pattern.kind() == TriggerKind.VERB) {
                // a phrasal verb: "called off a strike" parses "off" as the verb's particle and
                // "strike" as its object, where "put on alert" has "alert" under "on"
                Integer particle = findParticle(graph, head, required.getKey());
                Integer object = particle == null ? null : findObject(graph, head, nounWords, objects);
                modifiers = object == null ? null : phraseModifiers(graph, pattern, phrase, object);
                if (modifiers != null) {
                    words.add(particle);
                    objects.add(object);
                    introduced = object;
                }
            }
            if (modifiers == null) {
                return null;
            }
            words.add(introduced);
            words.addAll(modifiers);
            phraseWords.add(introduced);
        }
        for (String particle : pattern.particles()) {
            Integer asParticle = findParticle(graph, head, particle);
            if (asParticle != null) {
                words.add(asParticle);
                continue;
            }
            Integer introduced = findPrepositionObject(graph, head, objects, particle, null);
            if (introduced == null) {
                for (int phraseWord : phraseWords) {
                    introduced = findPrepositionObject(graph, phraseWord, List.of(), particle, null);
                    if (introduced != null) {
                        objects.add(phraseWord);  // its preposition phrases are the pattern's, for the parties too
                        break;
                    }
                }
            }
            if (introduced == null) {
                return null;
            }
            prepositions.put(particle, introduced);
        }
        return new TriggerMatch(pattern, head, List.copyOf(words), List.copyOf(objects), prepositions);
    }

    /**
     * The modifiers a phrase of required words asks of its noun, the phrase's last word ("high" of "put
     * on high alert", "tear" of "use tear gas"), or null when one is missing.
     */
    private static List<Integer> phraseModifiers(SentenceGraph graph, EventPattern pattern, List<String> phrase, int noun) {
        List<Integer> found = new ArrayList<>();
        for (String word : phrase.subList(0, phrase.size() - 1)) {
            Integer modifier = findModifier(graph, noun, pattern.alternatives(word), found);
            if (modifier == null) {
                return null;
            }
            found.add(modifier);
        }
        return found;
    }

    /** Each required word as its own object of the verb ("hold talks") or modifier of the noun. */
    private List<Integer> separateObjects(SentenceGraph graph, EventPattern pattern, int head) {
        List<Integer> objects = new ArrayList<>();
        for (String word : pattern.objects()) {
            List<String> alternatives = pattern.alternatives(word);
            Integer found = pattern.kind() == TriggerKind.VERB
                    ? findObject(graph, head, alternatives, objects)
                    : findModifier(graph, head, alternatives, objects);
            if (found == null) {
                return null;
            }
            objects.add(found);
        }
        return objects;
    }

    /**
     * Required object words that form one noun phrase: "use tear gas", "use chemical weapons" parse
     * the last word as the verb's object and the words before it as that object's modifiers
     * (compound or adjective), not as objects of their own — without this such rows never match.
     */
    private List<Integer> modifiedObject(SentenceGraph graph, EventPattern pattern, int head) {
        List<String> words = pattern.objects();
        if (words.size() < 2) {
            return null;
        }
        Integer object = findObject(graph, head, pattern.alternatives(words.get(words.size() - 1)), List.of());
        List<Integer> found = object == null ? null : phraseModifiers(graph, pattern, words, object);
        if (found == null) {
            return null;
        }
        found.add(object);
        return found;
    }

    private Integer findObject(SentenceGraph graph, int head, List<String> word, List<Integer> taken) {
        for (Dependency arc : graph.dependents(head)) {
            String relation = arc.relation();
            if ((relation.equals("obj") || relation.startsWith("nsubj:pass") || relation.equals("iobj"))
                    && !taken.contains(arc.dependent())) {
                if (matches(graph, arc.dependent(), word)) {
                    return arc.dependent();
                }
                Integer whole = graph.quantified(arc.dependent()).orElse(null);
                if (whole != null && !taken.contains(whole) && matches(graph, whole, word)) {
                    return whole;
                }
                Integer title = titleOfName(graph, arc.dependent(), word, taken);
                if (title != null) {
                    return title;
                }
                Integer kind = kindOfObject(graph, arc.dependent(), word, taken);
                if (kind != null) {
                    return kind;
                }
            }
        }
        for (int displaced : graph.displacedObjects(head)) {
            if (!taken.contains(displaced) && matches(graph, displaced, word)) {
                return displaced;
            }
        }
        if (word.contains(EventPattern.ANY_WORD)) {
            Integer clausal = objectReadAsClause(graph, head);
            if (clausal != null && !taken.contains(clausal)) {
                return clausal;
            }
        }
        return null;
    }

    /**
     * An object the parser read as a clausal complement, for a pattern that takes any object
     * ("strike *"): "struck what the military said were weapons depots" makes "depots" the verb's
     * nominal ccomp, and "struck "port infrastructure used to ..."" makes "infrastructure"
     * the subject of a participle ccomp (or dep). Only a verb with no object of its own; a finite clause
     * ("warned Iran would strike") is no object.
     */
    private static Integer objectReadAsClause(SentenceGraph graph, int head) {
        if (!graph.dependentsByRelation(head, "obj").isEmpty()) {
            return null;
        }
        for (Dependency arc : graph.basicDependents(head)) {
            int clause = arc.dependent();
            if (!(arc.relation().equals("ccomp") || arc.relation().equals("dep")) || clause < head) {
                continue;
            }
            Token predicate = graph.token(clause);
            if (predicate.isNoun()) {
                return clause;
            }
            if (predicate.partOfSpeech().equals("VBN") && graph.dependentsByRelation(clause, "aux", "aux:pass", "cop").isEmpty()) {
                for (int subject : graph.dependentsByRelation(clause, "nsubj")) {
                    if (graph.token(subject).isNoun() && subject > head && onlyNominalBetween(graph, head, subject)) {
                        return subject;
                    }
                }
            }
        }
        return null;
    }

    /** Whether the words between the verb and its displaced object are quotation marks or the object's modifiers. */
    private static boolean onlyNominalBetween(SentenceGraph graph, int verb, int object) {
        for (int at = verb + 1; at < object; at++) {
            String tag = graph.token(at).partOfSpeech();
            if (!(tag.equals("``") || tag.equals("''") || tag.equals("DT") || tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("CD"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The title of a named object: "summoned South Korean Ambassador Park Min-soo" parses the name
     * as the object and "Ambassador" as its compound, so the title is the object word the pattern
     * asks for ("summon ambassador").
     */
    private static Integer titleOfName(SentenceGraph graph, int object, List<String> word, List<Integer> taken) {
        if (word.contains(EventPattern.ANY_WORD) || !graph.token(object).isProperNoun()) {
            return null;
        }
        for (Dependency arc : graph.dependents(object)) {
            if (arc.baseRelation().equals("compound") && !taken.contains(arc.dependent()) && matches(graph, arc.dependent(), word)) {
                return arc.dependent();
            }
        }
        return null;
    }

    /**
     * The required word as the noun compounded with an object that only packages it
     * ({@code object-container}): "suspended a planned aid package", "halted arms shipments" name
     * what the act is about in the compound. Not for other heads ("send police advisers" sends
     * advisers), proper nouns ("the Sanctions Committee") or {@link EventPattern#ANY_WORD}.
     */
    private Integer kindOfObject(SentenceGraph graph, int object, List<String> word, List<Integer> taken) {
        Token head = graph.token(object);
        if (word.contains(EventPattern.ANY_WORD) || !head.isNoun() || head.isProperNoun()
                || !words.containsEither(ListName.OBJECT_CONTAINER, head.lemma(), head.text())) {
            return null;
        }
        for (Dependency arc : graph.dependents(object)) {
            if (arc.relation().equals("compound") && !taken.contains(arc.dependent())
                    && !graph.token(arc.dependent()).isProperNoun() && matches(graph, arc.dependent(), word)) {
                return arc.dependent();
            }
        }
        return null;
    }

    private static boolean matches(Token token, String word) {
        return word.equals(EventPattern.ANY_WORD) || SentenceGraph.matchesWord(token, word);
    }

    /**
     * Whether the token at {@code index} is the pattern word, also when the tokenizer split a
     * hyphenated word: "visa-free travel" is parsed "visa", "-", "free" with "free" as the
     * modifier of "travel", so the pattern word "visa-free" matches "free" preceded by "visa -".
     */
    private static boolean matches(SentenceGraph graph, int index, String word) {
        if (matches(graph.token(index), word)) {
            return true;
        }
        String[] parts = word.split("-", -1);
        if (parts.length < 2 || index < 2 * (parts.length - 1)) {
            return false;
        }
        for (int part = parts.length - 1, at = index; part >= 0; part--, at -= 2) {
            boolean hyphen = part == parts.length - 1 || graph.token(at + 1).text().equals("-");
            if (parts[part].isEmpty() || !hyphen || !graph.token(at).text().equalsIgnoreCase(parts[part])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the token at {@code index} is one of the words that may stand in a place of the trigger. */
    private static boolean matches(SentenceGraph graph, int index, List<String> alternatives) {
        for (String word : alternatives) {
            if (matches(graph, index, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A modifier of the noun, or of a noun compounded with it: "the annual joint military drills" is
     * often parsed with "joint" modifying "military", itself a compound of "drills".
     */
    private static Integer findModifier(SentenceGraph graph, int head, List<String> word, List<Integer> taken) {
        Integer direct = directModifier(graph, head, word, taken);
        if (direct != null) {
            return direct;
        }
        for (Dependency arc : graph.dependents(head)) {
            if (arc.baseRelation().equals("compound") && graph.token(arc.dependent()).isNoun()) {
                Integer nested = directModifier(graph, arc.dependent(), word, taken);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private static Integer directModifier(SentenceGraph graph, int head, List<String> word, List<Integer> taken) {
        for (Dependency arc : graph.dependents(head)) {
            String base = arc.baseRelation();
            if ((base.equals("amod") || base.equals("compound"))
                    && !taken.contains(arc.dependent()) && matches(graph, arc.dependent(), word)) {
                return arc.dependent();
            }
        }
        return null;
    }

    private static Integer findParticle(SentenceGraph graph, int head, String particle) {
        for (Dependency arc : graph.dependents(head)) {
            if ((arc.relation().equals("compound:prt") || arc.relation().equals("advmod"))
                    && graph.token(arc.dependent()).text().equalsIgnoreCase(particle)) {
                return arc.dependent();
            }
        }
        return null;
    }

    /**
     * The token a preposition introduces, on the head or on one of the object words. A time phrase
     * introduces no party ("called on Monday", "a strike on Thursday" are no "call on", no "strike
     * on"): a preposition with no required word of its own is not satisfied by a date or time.
     */
    private static Integer findPrepositionObject(SentenceGraph graph, int head, List<Integer> objects, String preposition,
            List<String> requiredWords) {
        List<Integer> anchors = new ArrayList<>();
        anchors.add(head);
        anchors.addAll(objects);
        for (int anchor : anchors) {
            for (int dependent : graph.prepositionDependents(anchor, preposition)) {
                String tag = graph.token(dependent).namedEntityTag();
                if (requiredWords == null && tag != null && TIME_TAGS.contains(tag)) {
                    continue;
                }
                if (requiredWords == null || requiredWords.stream().anyMatch(word -> SentenceGraph.matchesWord(graph.token(dependent), word))) {
                    return dependent;
                }
            }
        }
        return null;
    }
}
