package org.annalist.events;

import java.util.List;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Passes a doer to a verb whose own clause does not name it, in a shape the enhanced++ dependencies
 * leave without one. They already give a controlled "to" infinitive its subject (nsubj:xsubj:
 * "continued to fund"), a conjoined verb its shared subject ("shelled the town and detained dozens"),
 * a relative clause its noun through ref ("the group, which claimed the attack") and a partitive's
 * verb the noun inside the quantity ("dozens of soldiers attacked": det:qmod); closing participles
 * are {@link ParticipleSubject}'s, purpose infinitives after a verb of sending {@link SummonerSubject}'s.
 * What is left:
 * <ul>
 *   <li>a <b>gerund complement of an aspect verb</b> ({@code aspect-verb} in word-lists.tsv:
 *       continue, begin, start, resume): "the army had begun shelling the town", "will begin sharing
 *       radar data". The parser hangs the gerund as {@code xcomp} with no nsubj:xsubj; its doer is
 *       the aspect verb's subject; also when the parser made the gerund an adjective of its own object
 *       ("have begun sharing information": {@code amod(information, sharing)}, {@code obj(begun,
 *       information)}). Not when the aspect verb has an object of its own or is
 *       passive, and not for verbs of ending (stop, halt, quit): "stopped funding"
 *       ends the act rather than doing it.</li>
 * </ul>
 * Not passed: the agent of a reduced relative ("talks mediated by Qatar", "troops backed by the
 * African Union", "a ship escorted by the navy"). Read as passive it codes mostly background the
 * gold leaves out (22 dev sets: 1 right, about 15 false), so such a participle keeps no actor.
 * Only finds tokens; which entity they stand for is for {@link PartyFinder}.
 */
final class SubjectPassing {

    private SubjectPassing() {}

    /**
     * The subjects an aspect verb passes to its gerund complement, or empty when the verb is not
     * such a gerund or the aspect verb has an object or is passive.
     */
    static List<Integer> ofGerundComplement(SentenceGraph graph, int verb, WordLists words) {
        if (!graph.token(verb).partOfSpeech().equals("VBG")) {
            return List.of();
        }
        Dependency up = graph.basicHead(verb);
        int readAsModified = SentenceGraph.gerundObjectReadAsModified(graph, verb);
        if (readAsModified >= 0) {
            // "have begun sharing information" parsed with "sharing" an adjective of the aspect verb's object
            return fromAspectVerb(graph, verb - 1, readAsModified, words);
        }
        if (up == null || up.governor() < 0 || up.governor() > verb || !up.relation().equals("xcomp")) {
            return List.of();
        }
        return fromAspectVerb(graph, up.governor(), -1, words);
    }

    /** The aspect verb's subjects, when it is an active aspect verb with no object but the gerund's. */
    private static List<Integer> fromAspectVerb(SentenceGraph graph, int aspect, int gerundObject, WordLists words) {
        Token governor = graph.token(aspect);
        if (!governor.isVerb() || graph.isPassive(aspect) || !words.containsEither(ListName.ASPECT_VERB, governor.lemma(), governor.text())
                || graph.dependentsByRelation(aspect, "obj", "iobj").stream().anyMatch(object -> !ownObject(graph, object, gerundObject))) {
            return List.of();
        }
        return RoleFillers.subjectsOf(graph, aspect);
    }

    /** The gerund's object or a conjunct of it ("begun delivering tents and food"). */
    private static boolean ownObject(SentenceGraph graph, int object, int gerundObject) {
        return gerundObject >= 0 && (object == gerundObject || graph.dependents(gerundObject).stream()
                .anyMatch(arc -> arc.relation().startsWith("conj") && arc.dependent() == object));
    }
}
