package org.annalist.events;

import java.util.Optional;
import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Mends a parser error on a second clause that opens with its own subject: in "Sissi spoke by
 * telephone with Sudan's army chief, Gen. Burhan, and the two agreed to coordinate their positions"
 * or "al-Sudani spoke with Kuwait's crown prince, his office said, and the two agreed to form a
 * committee" the parser joins "the two" as a conjunct of the noun before ("chief", "prince") and
 * leaves "agreed" hanging without a subject ({@code dep}, or even {@code aux} of the infinitive).
 * A finite verb without a subject whose nearest word before it (past adverbs and auxiliaries) heads
 * such a conjunct, opened by "and" or "but", is that conjunct's predicate: the conjunct is its
 * subject. Grammar, not knowledge: any noun, any verb.
 */
final class ConjunctReadAsSubject {

    private ConjunctReadAsSubject() {}

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    private static final Set<String> COORDINATORS = Set.of("and", "but");

    /** Whether the token is the subject this mend gives to the verb after it: not then a party of the clause it was joined into. */
    static boolean isSubjectOfNextVerb(SentenceGraph graph, int token) {
        int next = token + 1;
        while (next < graph.size() && isAuxiliaryOrAdverb(graph, next)) {
            next++;
        }
        return next < graph.size() && graph.token(next).isVerb() && RoleFillers.subjectsOf(graph, next).equals(java.util.List.of(token))
                && of(graph, next).filter(subject -> subject == token).isPresent();
    }

    private static boolean isAuxiliaryOrAdverb(SentenceGraph graph, int token) {
        Dependency up = graph.basicHead(token);
        return graph.token(token).partOfSpeech().startsWith("RB") || graph.token(token).partOfSpeech().equals("MD")
                || up != null && (up.relation().equals("aux") && MisreadAuxiliary.AUXILIARIES.contains(graph.token(token).lemma().toLowerCase(java.util.Locale.ROOT))
                        || up.relation().equals("advmod"));
    }

    /** The conjunct before the verb that is its subject, if the parse has that shape. */
    static Optional<Integer> of(SentenceGraph graph, int verb) {
        if (!FINITE.contains(graph.token(verb).partOfSpeech())) {
            return Optional.empty();
        }
        int before = verb - 1;
        while (before >= 0 && isAuxiliaryOrAdverb(graph, before)) {
            before--;
        }
        if (before < 0) {
            return Optional.empty();
        }
        Token candidate = graph.token(before);
        Dependency up = graph.basicHead(before);
        if (!(candidate.isNoun() || candidate.partOfSpeech().equals("CD")) || up == null || up.governor() < 0 || up.governor() >= before
                || !(up.relation().startsWith("conj") || up.relation().startsWith("obl") || up.relation().startsWith("nmod"))) {
            return Optional.empty();
        }
        // ", and the two agreed": a comma before the coordinator joins clauses, not nouns ("soldiers and border police captured …")
        boolean coordinated = graph.basicDependents(before).stream()
                .anyMatch(arc -> arc.relation().equals("cc") && COORDINATORS.contains(graph.token(arc.dependent()).text().toLowerCase(java.util.Locale.ROOT))
                        && arc.dependent() > 0 && graph.token(arc.dependent() - 1).text().equals(","));
        boolean conjunct = graph.heads(before).stream().anyMatch(arc -> arc.baseRelation().equals("conj"));
        return coordinated && conjunct ? Optional.of(before) : Optional.empty();
    }
}
