package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.events.patterns.RoleSource;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Token;

/**
 * The recipient of an international body's or a rights group's event aimed at a country's own
 * people or institutions named without their country: "Amnesty International accused the police
 * of using excessive force", "ECOWAS called on the junta to set a date for elections". The target
 * is of the country the sentence happens in (its place, else the dateline, else the article's main
 * country), as {@link DomesticParties#domesticActor} reads an unnamed actor. Applies only when the
 * actor names no country itself (a country's own domestic events are {@link DomesticParties#domesticRecipient}'s)
 * and the role points at a {@code domestic-participant} noun or an organisation without a code, or,
 * for an attack or a seizure (ASSAULT, COERCE), at any uncoded place or thing: "insurgents of a
 * transnational group stormed the town", "seized weapons from an army post" hit the country the
 * story happens in.
 */
final class HomeRecipient {

    private final ActorAnalysis actors;
    private final WordLists words;
    private final RoleFillers roles;

    HomeRecipient(ActorAnalysis actors, WordLists words, RoleFillers roles) {
        this.actors = actors;
        this.words = words;
        this.roles = roles;
    }

    PartyFinder.Filling of(SentenceGraph graph, TriggerMatch match, PartyFinder.Filling actor, String homeCountry) {
        if (homeCountry == null || !actor.anyCoded()
                || actor.parties().stream().anyMatch(party -> ReciprocalReference.isCountryCode(party.code()))) {
            return PartyFinder.Filling.none();
        }
        for (RoleSource source : match.pattern().recipient()) {
            for (int token : roles.fillers(graph, match, source)) {
                Token word = graph.token(token);
                Optional<Entity> entity = actors.entityAt(word.start());
                boolean uncodedBody = entity.isPresent() && entity.get().code() == null && "ORGANIZATION".equals(entity.get().type());
                boolean participant = entity.isEmpty() && word.isNoun()
                        && DomesticParties.isDomesticParticipant(words, word);
                // "insurgents stormed the town", "militants seized weapons from an army post": an armed
                // group's attack or seizure hits the place or property of the country it happens in
                String event = match.pattern().event();
                boolean attackedThing = (event.equals("ASSAULT") || event.equals("COERCE")) && word.isNoun()
                        && entity.map(found -> found.code() == null).orElse(true);
                if (uncodedBody || participant || attackedThing) {
                    return new PartyFinder.Filling(List.of(new EventParty(entity.map(Entity::id).orElse(null),
                            entity.map(Entity::name).orElse(word.text()), homeCountry, entity.map(Entity::sector).orElse(null),
                            new Span(word.start(), word.end(), word.text()))), "home country " + source);
                }
            }
        }
        return PartyFinder.Filling.none();
    }

    /** The addressee sources of an appeal: "urged all sides", "called on member states", "appealed to donors". */
    private static final Set<String> ADDRESSEE_SOURCES = Set.of("object", "on", "upon", "to");

    /**
     * Whether an appeal is addressed to a group the text names without a country: a plural noun in
     * an addressee role ("urged all sides to exercise restraint", "called on member states to fund
     * it", "appealed to donors"). Such an appeal goes to whoever fits, not to the story's country,
     * so {@link #untargeted} must not name one.
     */
    boolean addressesUnnamedGroup(SentenceGraph graph, TriggerMatch match) {
        if (!match.pattern().event().equals("REQUEST")) {
            // only an appeal has addressees: the plural objects of other acts are things ("froze the
            // assets", "suspended food distributions") or the people of where the act goes ("delivered
            // water to 4,000 deportees")
            return false;
        }
        for (RoleSource source : match.pattern().recipient()) {
            if (!ADDRESSEE_SOURCES.contains(source.toString())) {
                continue;
            }
            List<Integer> addressees = new ArrayList<>(roles.fillers(graph, match, source));
            // "called on donors" parsed with "on" as a particle and "donors" as the verb's object
            if (!source.toString().equals("object")) {
                addressees.addAll(graph.dependentsByRelation(match.head(), "obj"));
            }
            for (int token : addressees) {
                Token word = graph.token(token);
                if (word.partOfSpeech().equals("NNS") && actors.entityAt(word.start()).map(entity -> entity.code() == null).orElse(true)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Codes of international bodies and rights groups: they act on the countries their statements concern. */
    static final Set<String> INTERNATIONAL_BODY_CODES = Set.of("IGO", "NGO", "UNO", "EUR", "NATO");

    /**
     * The recipient of an international body's act that names no target at all: "the UN called for
     * an investigation", "ECOWAS urged restraint", "the agency suspended food distributions" in a
     * story about one country concern that country, the one the sentence happens in. Asked only
     * after every reading of the sentence found no coded party; not for consultations (a meeting
     * with nobody named is one party's) nor for moves of the body's own forces.
     */
    PartyFinder.Filling untargeted(TriggerMatch match, PartyFinder.Filling actor, String homeCountry, Span trigger) {
        String event = match.pattern().event();
        if (homeCountry == null || !actor.anyCoded() || event.equals("CONSULT") || event.equals("MOBILIZE") || event.equals("AGREE")
                || !actor.parties().stream().allMatch(party -> party.code() == null || INTERNATIONAL_BODY_CODES.contains(party.code()))) {
            return PartyFinder.Filling.none();
        }
        return new PartyFinder.Filling(List.of(new EventParty(null, null, homeCountry, null, trigger)), "home country (no target named)");
    }
}
