package org.annalist.events;

import java.util.List;
import org.annalist.actors.Entity;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * The state behind an agentless passive of a state's act: "at least 60 people were detained",
 * "200 rioters had been arrested", "15,000 police officers had been deployed". Only a state's
 * police, courts or army arrest, expel and deploy ({@code state-act-code}: CAMEO 173, 174, 154),
 * and news names the arrested and leaves the arresting authority implicit; the authority is
 * that of the country the sentence places the act in ("a missionary from Calgary was arrested in
 * Lebanon" is Lebanon's), else the sentence's home country, as {@link
 * DomesticParties#domesticActor} reads "police detained 22 people". Other passives ("three soldiers were killed") stay without an actor: anyone may have
 * killed them.
 */
final class AgentlessPassive {

    private AgentlessPassive() {}

    /** The place's or home country as the actor, when the trigger is such a passive; none otherwise. */
    static PartyFinder.Filling actor(SentenceGraph graph, TriggerMatch match, String homeCountry, WordLists words, PartyFinder parties,
            ReciprocalParties pairs) {
        int verb = match.head();
        if (match.pattern().kind() != TriggerKind.VERB || !graph.isPassive(verb)
                || !graph.dependentsByRelation(verb, "obl:agent", "obl:by").isEmpty()
                || !words.coversCode(ListName.STATE_ACT_CODE, match.pattern().cameo())) {
            return PartyFinder.Filling.none();
        }
        Dependency up = graph.basicHead(verb);
        if (up != null && (up.relation().equals("xcomp") || up.relation().startsWith("acl"))) {
            // "rejected forces to be deployed", "protesters arrested last week": not a clause of its own
            return PartyFinder.Filling.none();
        }
        String place = placeOfAct(graph, verb, parties);
        String country = place != null ? place : homeCountry;
        if (country == null) {
            return PartyFinder.Filling.none();
        }
        Token trigger = graph.token(verb);
        // named as the article names the country ("Georgia"), not by its bare code
        String name = pairs.countryEntity(country).map(Entity::name).orElse(country);
        return new PartyFinder.Filling(List.of(new EventParty(null, name, country, null,
                new Span(trigger.start(), trigger.end(), trigger.text()))),
                place != null ? "the authorities of the country the act took place in (agentless passive)"
                        : "the authorities of the home country (agentless passive)");
    }

    /** "was arrested in Lebanon", "were detained in Tehran": the country of the place after "in", if the text codes it. */
    private static String placeOfAct(SentenceGraph graph, int verb, PartyFinder parties) {
        for (int place : graph.dependentsByRelation(verb, "obl:in")) {
            for (EventParty party : parties.partiesFor(graph, place, false)) {
                if (party.code() != null) {
                    return party.code();
                }
            }
        }
        return null;
    }
}
