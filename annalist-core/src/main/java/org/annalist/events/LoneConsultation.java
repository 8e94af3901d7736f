package org.annalist.events;

import org.annalist.events.patterns.WordLists;

/**
 * A consultation with one party: "the commission's meeting", "Kenya's cabinet met". PLOVER's
 * CONSULT is between actors, so one body meeting alone is no event; before this rule such a
 * meeting was coded with the body as its own recipient (or none), which users read as a
 * consultation with nobody. A plural actor noun is left alone: "the two leaders will meet",
 * "ministers met" are meetings among the people the noun names, and a visit ("will travel to
 * the region") is one with whoever the place holds. A consultation offered under a frame of
 * commitment ("Kabul was ready to talk", "is prepared to negotiate") is no meeting but the stated
 * intent to meet, which {@link CodingConvention} codes as AGREE 036 with or without a second party:
 * it is kept.
 */
final class LoneConsultation {

    /** Visits (042 make, 043 host): "will travel to the region" goes to whoever is there. */
    private static final java.util.Set<String> VISITS = java.util.Set.of("042", "043");

    private LoneConsultation() {}

    static boolean isLone(SentenceGraph graph, int predicate, WordLists words, String event, String cameo,
            PartyFinder.Filling actor, PartyFinder.Filling recipient) {
        if (!event.equals("CONSULT") || VISITS.contains(cameo) || actor.parties().size() != 1) {
            return false;
        }
        if (CodingConvention.commitmentFrameOver(graph, predicate, words).isPresent()) {
            return false;
        }
        boolean noSecondParty = !recipient.anyCoded() || DependencyEventCoder.NO_TARGET_SOURCE.equals(recipient.source());
        return noSecondParty && !endsOnPluralNoun(graph, actor.parties().get(0));
    }

    private static boolean endsOnPluralNoun(SentenceGraph graph, EventParty party) {
        if (party.mention() == null) {
            return false;
        }
        int last = graph.sentence().tokenAt(party.mention().end() - 1);
        if (last < 0) {
            return false;
        }
        String tag = graph.token(last).partOfSpeech();
        return tag.equals("NNS") || tag.equals("NNPS");
    }
}
