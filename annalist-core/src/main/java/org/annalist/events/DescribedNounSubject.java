package org.annalist.events;

import java.util.List;
import java.util.Locale;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * The doer of a present participle that the parser hung on the noun before it ({@code acl}) and
 * gave no subject. Two readings, by where that noun stands:
 * <ul>
 * <li>the addressee of a verb ("wrote to the prime minister <b>urging</b> him to raise the matter",
 * "had written to his counterpart <b>asking</b> for flow data"): the participle continues the
 * writer's clause, so the writer does it, when it is a {@code participle-act} (the same acts a
 * closing participle carries, {@link ParticipleSubject});</li>
 * <li>a noun for a country's own people or groups ({@code domestic-participant}: "police fired tear
 * gas at farmers <b>blocking</b> the highway", "hundreds of pensioners <b>marching</b> outside
 * Congress"): the participle describes what the crowd is doing, so the crowd does it. Other nouns
 * are left alone: "ships <b>trading</b> with Israel", "the country <b>sheltering</b> the rebels"
 * say what makes a thing a target or a suspect, not an act the story reports; nor is "any group
 * <b>sheltering</b> the rebels" (a generic referent, {@link GenericReferent}).</li>
 * </ul>
 * Not a participle after a preposition ("accused hackers of <b>attacking</b> …": the alleged act,
 * not a description) nor one after a comma that closes the sentence ({@link ParticipleSubject}).
 * Grammar, not vocabulary: whether the noun names a coded or domestic party is for the actor rules.
 */
final class DescribedNounSubject {

    private DescribedNounSubject() {}

    /** The doer of the participle, or empty when the verb is not a participle on a noun. */
    static List<Integer> of(SentenceGraph graph, int verb, WordLists words) {
        Token participle = graph.token(verb);
        if (!participle.partOfSpeech().equals("VBG")) {
            return List.of();
        }
        Dependency up = graph.basicHead(verb);
        if (up == null || up.governor() < 0 || up.governor() >= verb || !up.relation().equals("acl")) {
            return List.of();
        }
        int noun = up.governor();
        boolean ownSubjectOrPreposition = graph.basicDependents(verb).stream().anyMatch(arc -> arc.relation().startsWith("nsubj")
                || (arc.relation().equals("case") || arc.relation().equals("mark")) && arc.dependent() < verb);
        if (!graph.token(noun).isNoun() || ownSubjectOrPreposition) {
            return List.of();
        }
        int addressing = addressingVerb(graph, noun);
        if (addressing >= 0) {
            boolean act = words.containsEither(ListName.PARTICIPLE_ACT, participle.lemma(), participle.text());
            return act ? RoleFillers.subjectsOf(graph, addressing) : List.of();
        }
        boolean crowd = DomesticParties.isDomesticParticipant(words, graph.token(noun))
                && !GenericReferent.isQuantified(graph, noun, words);
        return !crowd || graph.token(verb - 1).text().equals(",") ? List.of() : List.of(noun);
    }

    /** The active verb whose "to" phrase the noun is ("wrote to the minister"), or -1. */
    private static int addressingVerb(SentenceGraph graph, int noun) {
        Dependency up = graph.basicHead(noun);
        if (up == null || up.governor() < 0 || !up.relation().startsWith("obl") || !graph.token(up.governor()).isVerb()
                || graph.isPassive(up.governor())) {
            return -1;
        }
        boolean to = graph.basicDependents(noun).stream().anyMatch(arc -> arc.relation().equals("case")
                && graph.token(arc.dependent()).text().toLowerCase(Locale.ROOT).equals("to"));
        return to ? up.governor() : -1;
    }
}
