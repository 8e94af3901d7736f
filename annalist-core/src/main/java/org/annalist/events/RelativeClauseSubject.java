package org.annalist.events;

import java.util.List;
import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Mends a parser error on a subject followed by a relative clause, in the shapes
 * {@link StrandedMainVerb} leaves: in "Norway and Cuba, which had served as guarantors of the
 * talks, called on the government …", "President Lee, who has sought to ease tensions since taking
 * office, urged Pyongyang …" or "Prime Minister Anwar, who helped broker last year's ceasefire,
 * offered to host talks" the parser makes the subject the root and hangs the real main verb
 * somewhere inside the relative clause (as its {@code dep}, {@code advcl} or {@code acl}, or under
 * one of its nouns), with no subject or with a gerund of the clause as one ("taking"). A finite verb
 * right after the comma that closes the relative clause is done by the noun the relative pronoun
 * stands for, when that noun (or the name it belongs to) begins the sentence's root phrase: it
 * then has no other role in the sentence. The relative clause is known by its pronoun: the subject
 * of its verb ("which had served"), the owner of that subject ("France, whose cognac makers are hit
 * hardest, called the move unjustified"), or, when the parser did not read the clause as one, the
 * pronoun right after the opening comma hung on the noun before it ("Egypt, which backs Haftar,
 * called on Turkey …" with "which" a {@code dep} of "Egypt", "backs" under "which" and "called"
 * under "Haftar"; "The Arab League, which groups 22 states, called on …" with "groups" read as a noun).
 */
final class RelativeClauseSubject {

    private static final Set<String> FINITE = Set.of("VBD", "VBZ");
    private static final Set<String> NOUN_LINKS = Set.of("appos", "dep", "flat", "compound", "nmod");
    private static final int MAXIMUM_STEPS = 5;

    private RelativeClauseSubject() {}

    /** The relative clause's noun, or empty when the verb is not in that shape. */
    static List<Integer> subjectOf(SentenceGraph graph, int verb) {
        String form = graph.token(verb).partOfSpeech();
        boolean finite = FINITE.contains(form) || form.equals("VBN") && !graph.isPassive(verb)
                && graph.basicDependents(verb).stream().noneMatch(arc -> arc.relation().startsWith("aux"));
        if (!finite || verb == 0 || !graph.token(verb - 1).text().equals(",")
                || graph.basicDependents(verb).stream().anyMatch(arc -> arc.relation().startsWith("nsubj") && !graph.token(arc.dependent()).isVerb())) {
            return List.of();
        }
        int node = verb;
        for (int step = 0; step < MAXIMUM_STEPS; step++) {
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0 || up.governor() > verb) {
                return List.of();
            }
            node = up.governor();
            if (isRelativePronoun(graph, node)) {
                // the pronoun heads the clause itself: "Egypt, which backs Haftar, called …"
                Dependency antecedent = graph.basicHead(node);
                if (antecedent == null || antecedent.governor() < 0 || antecedent.governor() >= node
                        || !graph.token(node - 1).text().equals(",") || !graph.token(antecedent.governor()).isNoun()
                        || !(antecedent.relation().equals("dep") || antecedent.relation().startsWith("acl"))
                        || !headsRootPhrase(graph, antecedent.governor())) {
                    return List.of();
                }
                return List.of(antecedent.governor());
            }
            if (graph.token(node).isVerb() && hasRelativePronounSubject(graph, node)) {
                Dependency clause = graph.basicHead(node);
                if (clause == null || clause.governor() < 0 || clause.governor() > node
                        || !(clause.relation().equals("acl:relcl") || clause.relation().equals("dep"))
                        || !graph.token(clause.governor()).isNoun() || !headsRootPhrase(graph, clause.governor())) {
                    return List.of();
                }
                return List.of(clause.governor());
            }
        }
        return List.of();
    }

    /** "which had served", "whose cognac makers are hit": a subject that is a relative pronoun or owned by "whose". */
    private static boolean hasRelativePronounSubject(SentenceGraph graph, int verb) {
        return graph.basicDependents(verb).stream().anyMatch(arc -> arc.relation().startsWith("nsubj")
                && (graph.token(arc.dependent()).partOfSpeech().startsWith("W")
                        || graph.basicDependents(arc.dependent()).stream().anyMatch(owner -> owner.relation().equals("nmod:poss")
                                && graph.token(owner.dependent()).partOfSpeech().equals("WP$"))));
    }

    /** "which", "who", "whose" (WDT, WP, WP$) right where a relative clause opens. */
    private static boolean isRelativePronoun(SentenceGraph graph, int token) {
        String form = graph.token(token).partOfSpeech();
        return token > 0 && (form.equals("WDT") || form.equals("WP") || form.equals("WP$"));
    }

    /** Whether the noun is the root, or reaches it only through nouns ("The rights group Ain o Salish Kendra, which …"). */
    private static boolean headsRootPhrase(SentenceGraph graph, int noun) {
        int node = noun;
        for (int step = 0; step < MAXIMUM_STEPS; step++) {
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0) {
                return true;
            }
            Token head = graph.token(up.governor());
            if (!head.isNoun() || NOUN_LINKS.stream().noneMatch(link -> up.relation().startsWith(link))) {
                return false;
            }
            node = up.governor();
        }
        return false;
    }
}
