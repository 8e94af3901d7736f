package org.annalist.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.RoleSource;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * "The government" named without its country is the story country's: in a story from Vanuatu,
 * "New Zealand urged the government to publish the agreement" addresses Vanuatu's government; in
 * one from Bangladesh, "the UN rights chief urged the authorities to show restraint" addresses
 * Bangladesh's; in one from Kyrgyzstan, an opposition leader who "called on the government to
 * suspend a water-sharing accord" with Tajikistan addresses his own. News names the story
 * country's government bare once the story has set it, and the actors stage leaves "the
 * government" uncoded, so the demand lost its target (the domestic rule gives up when the sentence
 * names another country). When the recipient role is a {@code government-noun} with "the" and no
 * owner or modifier, the recipient is the article's country (dateline, else most mentioned).
 */
final class BareGovernmentRecipient {

    private final ActorAnalysis actors;
    private final WordLists words;
    private final RoleFillers roles;

    BareGovernmentRecipient(ActorAnalysis actors, WordLists words, RoleFillers roles) {
        this.actors = actors;
        this.words = words;
        this.roles = roles;
    }

    PartyFinder.Filling of(SentenceGraph graph, TriggerMatch match, PartyFinder.Filling actor, String articleCountry) {
        if (articleCountry == null || !actor.anyCoded()) {
            return PartyFinder.Filling.none();
        }
        for (RoleSource source : match.pattern().recipient()) {
            for (int token : roles.fillers(graph, match, source)) {
                Token word = graph.token(token);
                if (isBareGovernment(graph, token, word)) {
                    Optional<Entity> entity = actors.entityAt(word.start());
                    return new PartyFinder.Filling(List.of(new EventParty(entity.map(Entity::id).orElse(null),
                            entity.map(Entity::name).orElse(word.text()), articleCountry, "GOV",
                            new Span(word.start(), word.end(), word.text()))), "the article's country's government (" + source + ")");
                }
            }
        }
        return PartyFinder.Filling.none();
    }

    /** "the government", "the authorities": a government noun with "the", no owner or modifier, naming no coded entity. */
    private boolean isBareGovernment(SentenceGraph graph, int token, Token word) {
        if (!word.isNoun() || !words.containsEither(ListName.GOVERNMENT_NOUN, word.lemma().toLowerCase(Locale.ROOT), word.text())
                || actors.entityAt(word.start()).map(entity -> entity.code() != null).orElse(false)) {
            return false;
        }
        boolean definite = false;
        for (Dependency arc : graph.basicDependents(token)) {
            String relation = arc.relation();
            if (relation.equals("nmod:poss") || relation.equals("amod") || relation.equals("compound")) {
                return false;
            }
            if (relation.equals("det") && graph.token(arc.dependent()).text().equalsIgnoreCase("the")) {
                definite = true;
            }
        }
        return definite;
    }
}
