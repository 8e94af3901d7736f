package org.annalist.events;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * The party an object pronoun of a verb conjoined to an earlier one stands for: "the opposition
 * leader thanked Washington but urged **it** not to ease pressure", "he accused Washington of
 * economic warfare and demanded that **it** remove Cuba from the list" (the pronoun as the
 * subject of the second verb's complement), "Estonia has acted within its rights and Finland
 * stands with **it**". Two verbs joined by "and"/"but" share their cast: the pronoun of the
 * second is the first verb's object, or, when the second verb has a subject of its own, the
 * first verb's subject.
 *
 * <p>Grammar only, no word list: the pronoun must be "it" (a singular antecedent) or "them" (a
 * plural or conjoined one) that names no coded entity, hang from the verb as its object, a
 * prepositional object, or the subject of its clausal complement, and the verb must be a
 * {@code conj} of an earlier verb in the basic tree. The antecedent must be a coded entity that
 * is not a person ("he"/"she" would refer to one) and not the second verb's own subject (an act
 * is never aimed at its doer). Otherwise the pronoun is left unresolved: an uncoded antecedent
 * ("seized the tanker and held it") names nobody.
 */
final class ConjunctPronounObject {

    private static final Set<String> PRONOUNS = Set.of("it", "them");

    private final ActorAnalysis actors;

    ConjunctPronounObject(ActorAnalysis actors) {
        this.actors = actors;
    }

    /** The token of the antecedent of the object pronoun at {@code pronoun}, if the rule finds one. */
    OptionalInt antecedent(SentenceGraph graph, int pronoun) {
        Token token = graph.token(pronoun);
        String word = token.text().toLowerCase(Locale.ROOT);
        if (!token.isPronoun() || !PRONOUNS.contains(word) || actors.entityAt(token.start()).map(entity -> entity.code() != null).orElse(false)) {
            return OptionalInt.empty();
        }
        int verb = governingVerb(graph, pronoun);
        if (verb < 0) {
            return OptionalInt.empty();
        }
        Dependency conjunct = graph.basicHead(verb);
        if (conjunct == null || !conjunct.baseRelation().equals("conj") || conjunct.governor() < 0 || conjunct.governor() >= verb
                || !graph.token(conjunct.governor()).isVerb()) {
            return OptionalInt.empty();
        }
        int earlier = conjunct.governor();
        int ownSubject = dependent(graph, verb, "nsubj");
        Optional<String> ownSubjectEntity = ownSubject < 0 ? Optional.empty() : actors.entityAt(graph.token(ownSubject).start()).map(Entity::id);
        int object = dependent(graph, earlier, "obj");
        if (object >= 0) {
            return fits(graph, object, word, ownSubjectEntity) ? OptionalInt.of(object) : OptionalInt.empty();
        }
        int earlierSubject = dependent(graph, earlier, "nsubj");
        if (ownSubject >= 0 && earlierSubject >= 0 && fits(graph, earlierSubject, word, ownSubjectEntity)) {
            return OptionalInt.of(earlierSubject);
        }
        return OptionalInt.empty();
    }

    /** The verb the pronoun is an argument of: its object or prepositional object, or the subject of the verb's complement clause. */
    private static int governingVerb(SentenceGraph graph, int pronoun) {
        Dependency up = graph.basicHead(pronoun);
        if (up == null || up.governor() < 0) {
            return -1;
        }
        String relation = up.baseRelation();
        if (relation.equals("obj") || relation.equals("iobj") || relation.equals("obl")) {
            return graph.token(up.governor()).isVerb() ? up.governor() : -1;
        }
        if (relation.equals("nsubj")) {
            Dependency clause = graph.basicHead(up.governor());
            if (clause != null && clause.governor() >= 0 && clause.baseRelation().equals("ccomp") && graph.token(clause.governor()).isVerb()) {
                return clause.governor();
            }
        }
        return -1;
    }

    private static int dependent(SentenceGraph graph, int head, String relation) {
        for (Dependency arc : graph.basicDependents(head)) {
            if (arc.baseRelation().equals(relation) && !arc.relation().equals("nsubj:pass")) {
                return arc.dependent();
            }
        }
        return -1;
    }

    /** A coded non-person entity that agrees with the pronoun in number and is not the verb's own subject. */
    private boolean fits(SentenceGraph graph, int candidate, String pronoun, Optional<String> ownSubjectEntity) {
        Token token = graph.token(candidate);
        Optional<Entity> entity = actors.entityAt(token.start());
        if (entity.isEmpty() || entity.get().code() == null || "PERSON".equals(entity.get().type())
                || ownSubjectEntity.map(entity.get().id()::equals).orElse(false)) {
            return false;
        }
        boolean plural = token.partOfSpeech().endsWith("S") && !token.partOfSpeech().equals("NNPS") || graph.basicDependents(candidate).stream()
                .anyMatch(arc -> arc.baseRelation().equals("conj"));
        return pronoun.equals("them") == plural;
    }
}
