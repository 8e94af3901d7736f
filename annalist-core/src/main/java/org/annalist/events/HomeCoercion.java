package org.annalist.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.events.patterns.RoleSource;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Token;

/**
 * The people a country's own forces coerce at home: "police in Honiara arrested 14 people" at a
 * protest against a Chinese police team, "Iran's intelligence ministry said it had arrested three
 * people accused of spying for Israel". When the actor is one country, the sentence happens in that
 * country ({@link ArticleState#homeCountry}) and a COERCE's object is a {@code domestic-participant}
 * noun naming no coded entity, the people are the actor's own, as the gold sets code arrests at
 * home; the other country the sentence names in another clause is whom they protested or are said to
 * work for (one the arrest's own clause names, "near the border with Syria", may be theirs). Asked
 * before {@link DomesticParties#adversaryRecipient}, which would make them that country's victims,
 * as it rightly does for an occupying force ("Russian forces detained civilians in Kherson": the
 * sentence happens in Ukraine).
 */
final class HomeCoercion {

    /** Participants who are by definition not of the country they are in. */
    private static final List<String> STATELESS = List.of("migrant", "refugee");

    private HomeCoercion() {}

    static PartyFinder.Filling of(SentenceGraph graph, TriggerMatch match, PartyFinder.Filling actor, String homeCountry,
            ActorAnalysis actors, WordLists words, RoleFillers roles) {
        Optional<String> actorCountry = actor.soleCountry();
        if (!match.pattern().event().equals("COERCE") || actorCountry.isEmpty() || !actorCountry.get().equals(homeCountry)) {
            return PartyFinder.Filling.none();
        }
        if (!ClauseCountries.otherCountries(graph, match.head(), homeCountry, actors,
                entity -> PressRecipient.MEDIA_SECTOR.equals(entity.sector())).isEmpty()) {
            // "detained three men near the border with Syria": a country the arrest's own clause names may be theirs
            return PartyFinder.Filling.none();
        }
        for (RoleSource source : match.pattern().recipient()) {
            if (source.kind() != RoleSource.Kind.OBJECT) {
                continue;
            }
            for (int token : roles.fillers(graph, match, source)) {
                Token word = graph.token(token);
                if (word.isNoun() && actors.entityAt(word.start()).isEmpty() && DomesticParties.isDomesticParticipant(words, word)
                        && !STATELESS.contains(word.lemma().toLowerCase(Locale.ROOT)) && graph.dependentsByRelation(token, "amod").isEmpty()) {
                    return new PartyFinder.Filling(List.of(new EventParty(null, word.text(), homeCountry, null,
                            new Span(word.start(), word.end(), word.text()))), "domestic " + source + " (coerced at home)");
                }
            }
        }
        return PartyFinder.Filling.none();
    }
}
