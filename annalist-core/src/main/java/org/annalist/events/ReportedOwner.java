package org.annalist.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;

/**
 * The party behind a reported subject owned by a pronoun: "Saudi Arabia said its forces had not
 * taken part in the strikes", "the army chief said his forces had not fired across the border",
 * "the prime minister said his government would not change course". Denials and refusals of
 * agency copy put the speaker's own forces or government in the subject, and the actors stage
 * leaves "its forces" uncoded, so the domestic rule gave them the article's country instead of
 * the speaker's. The owner pronoun is the reporting verb's subject, as a subject pronoun is
 * ({@link ReportingSpeaker}: "Iraq said it would allow …").
 */
final class ReportedOwner {

    private static final Set<String> THIRD_PERSON_OWNERS = Set.of("its", "their", "his", "her");

    private ReportedOwner() {
    }

    /**
     * "Latvian officials said the country would also bar entry", "Dominican officials said the country
     * would accept the offer": a singular noun for a country ({@code own-country-noun}) with "the" as a
     * reported subject is the speaker's country, as "its" would be.
     */
    private static boolean isOwnCountry(SentenceGraph graph, int subject, WordLists words) {
        org.annalist.language.Token token = graph.token(subject);
        if (!token.partOfSpeech().equals("NN") || !words.contains(ListName.OWN_COUNTRY_NOUN, token.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean definite = false;
        for (Dependency arc : graph.basicDependents(subject)) {
            if (arc.relation().equals("det") && graph.token(arc.dependent()).text().equalsIgnoreCase("the")) {
                definite = true;
            } else if (!arc.relation().equals("punct")) {
                // "the country's army", "the country of origin": not the bare country
                return false;
            }
        }
        return definite;
    }

    /** The speaker's parties when the subject noun has a third-person owner pronoun and a reporting verb; else empty. */
    static List<EventParty> parties(SentenceGraph graph, int subject, ReportingSpeaker speakers, WordLists words) {
        boolean ownedByPronoun = isOwnCountry(graph, subject, words);
        for (Dependency arc : graph.basicDependents(subject)) {
            if (arc.relation().equals("nmod:poss")
                    && THIRD_PERSON_OWNERS.contains(graph.token(arc.dependent()).text().toLowerCase(Locale.ROOT))) {
                ownedByPronoun = true;
            }
        }
        if (!ownedByPronoun) {
            return List.of();
        }
        return speakers.speakerParties(graph, speakers.reportersOfSubject(graph, subject));
    }
}
