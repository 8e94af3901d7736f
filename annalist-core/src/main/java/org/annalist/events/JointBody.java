package org.annalist.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The pair a body two states form stands for: "a joint committee would meet in Islamabad", "the
 * bilateral commission", and "The commission will meet again in Baghdad" after "Turkish and Iraqi
 * officials held the first meeting of a new joint military commission". The gold codes such a
 * body's acts with both states as a compound actor; the actors stage cannot, since an entity has
 * one code, so the body is read here, like "both sides" ({@link ReciprocalParties}), as the
 * article's two main countries. A body word ({@code joint-body-noun}) counts when a
 * {@code joint-modifier} modifies it, or when it has only "the" and the nearest earlier use of the
 * same word (in this sentence or any before, up to {@value #SENTENCES_BACK} back: a body is named in full once, near the top) had one. A body whose own
 * modifiers or owner name a party ("the Iranian commission", "Kenya's electoral commission") is
 * not read so.
 */
final class JointBody {

    private static final int SENTENCES_BACK = 40;

    /** How a body word names its owner or kind: "a joint military commission", "the border committee", "their commission". */
    private static final Set<String> MODIFIER_RELATIONS = Set.of("amod", "compound", "nmod:poss");

    private final List<Sentence> sentences;
    private final ActorAnalysis actors;
    private final ReciprocalReference reciprocal;
    private final WordLists words;

    JointBody(List<Sentence> sentences, ActorAnalysis actors, ReciprocalReference reciprocal, WordLists words) {
        this.sentences = List.copyOf(sentences);
        this.actors = actors;
        this.reciprocal = reciprocal;
        this.words = words;
    }

    /**
     * The article's two main countries, each with the noun's span, when the noun is a joint body naming
     * no coded party; else empty. As a doer the body must be its clause's own subject: "agreed to set up
     * a joint committee that will meet every month" states what the new body is for, not an act of it.
     */
    List<EventParty> of(SentenceGraph graph, int tokenIndex, boolean subjectRole) {
        Token token = graph.token(tokenIndex);
        if (!token.isNoun() || !isBodyWord(token) || actors.entityAt(token.start()).map(entity -> entity.code() != null).orElse(false)
                || reciprocal.pair().size() != 2) {
            return List.of();
        }
        Dependency head = graph.basicHead(tokenIndex);
        if (subjectRole && head != null && !head.relation().startsWith("nsubj")) {
            return List.of();
        }
        if (!isJoint(graph, tokenIndex) && !(isBareDefinite(graph, tokenIndex) && namedJointBefore(graph, tokenIndex))) {
            return List.of();
        }
        Span span = new Span(token.start(), token.end(), token.text());
        return reciprocal.pairBefore(graph.sentence().index(), token.start(), Set.of(), List.of()).stream()
                .map(entity -> new EventParty(entity.id(), entity.name(), entity.code(), entity.sector(), span)).toList();
    }

    private boolean isBodyWord(Token token) {
        return words.contains(ListName.JOINT_BODY_NOUN, token.lemma().toLowerCase(Locale.ROOT));
    }

    /** "a joint committee", "their bilateral commission": a joint modifier, and no modifier or owner naming a coded party. */
    private boolean isJoint(SentenceGraph graph, int tokenIndex) {
        boolean joint = false;
        for (Dependency arc : graph.dependents(tokenIndex)) {
            Token modifier = graph.token(arc.dependent());
            if (!MODIFIER_RELATIONS.contains(arc.relation())) {
                continue;
            }
            if (actors.entityAt(modifier.start()).map(Entity::code).isPresent()) {
                // "the Iranian commission", "Kenya's joint committee": a party of its own
                return false;
            }
            joint |= words.contains(ListName.JOINT_MODIFIER, modifier.lemma().toLowerCase(Locale.ROOT));
        }
        return joint;
    }

    /** "The commission": "the" and no other modifier or owner. */
    private static boolean isBareDefinite(SentenceGraph graph, int tokenIndex) {
        boolean definite = false;
        for (Dependency arc : graph.dependents(tokenIndex)) {
            if (MODIFIER_RELATIONS.contains(arc.relation()) || arc.relation().startsWith("nmod")) {
                return false;
            }
            definite |= arc.relation().equals("det") && graph.token(arc.dependent()).text().equalsIgnoreCase("the");
        }
        return definite;
    }

    /** Whether the nearest earlier use of the same body word was a joint body's. */
    private boolean namedJointBefore(SentenceGraph graph, int tokenIndex) {
        String lemma = graph.token(tokenIndex).lemma().toLowerCase(Locale.ROOT);
        return EarlierWords.nearest(sentences, graph, tokenIndex, SENTENCES_BACK, (earlier, candidate) -> {
            Token word = earlier.token(candidate);
            if (!word.isNoun() || !word.lemma().toLowerCase(Locale.ROOT).equals(lemma) || isBareDefinite(earlier, candidate)) {
                // "welcomed the commission": a bare use refers back too, so the body is as first named
                return Optional.<Boolean>empty();
            }
            return Optional.of(isJoint(earlier, candidate));
        }).orElse(false);
    }
}
