package org.annalist.events;

import java.util.Optional;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Token;

/**
 * The target of a directed act whose sentence does not name it, in a story between two
 * countries: "Japan had lodged a protest through diplomatic channels" in a Tokyo story about
 * Russia's fishing quotas is JPN → RUS; "Russia suspended talks on next year's catch" is RUS → JPN;
 * "We are asking for a door, not a war" from Ethiopia's spokesman, in a story of its dispute with
 * Eritrea, is ETH → ERI. An accusation, demand, sanction or refusal is by its nature aimed at
 * another party, and when the text names none the reader takes the other of the two countries the
 * story is about. The domestic rule would make such an act the actor's own affair (JPN → JPN),
 * which is right for a protest march but not for a diplomatic protest.
 *
 * <p>Applies only when every other way of finding a recipient came to nothing, or to the actor's
 * own country with nothing named ({@link DependencyEventCoder#NO_TARGET_SOURCE}) or through one of
 * the trigger's own words ("lodged a protest": the protest is the act, not whom it is aimed at);
 * only for an event type on the {@code directed-event} list; only when the actor is one of the
 * article's two main countries and the other has been named in this sentence or the
 * {@value ResponseRecipient#SENTENCES_BACK} before ({@link ResponseRecipient#otherMainCountry}).
 * A type the list marks {@code foreign} (SANCTION) is aimed abroad also when a domestic rule gave an
 * uncoded target the actor's own country; when the actor is not one of the pair, its target is the
 * story's most mentioned other country named in those sentences
 * ({@link ResponseRecipient#mainCountryOtherThan}). A demand or complaint by a country's own
 * unarmed challengers ({@link ResponseRecipient#challengers}: the opposition, unions, civil groups) is
 * aimed at their own authorities instead: "the opposition demanded that parliament vote on the pact"
 * in a story of Vanuatu's pact with Australia is VUT → VUT.
 */
final class CounterpartRecipient {

    /** The source of the own country a domestic challenger's directed act is aimed at. */
    static final String CHALLENGER_SOURCE = "the challenger's own country (a directed act, no target named)";

    /**
     * The directed acts a country's own challengers aim at their own authorities when they name no
     * target: a demand or a complaint; a clash or a blockade of theirs may be aimed across the border.
     */
    private static final java.util.Set<String> CHALLENGER_TYPES = java.util.Set.of("ACCUSE", "REQUEST");

    private final ResponseRecipient responses;
    private final WordLists words;

    CounterpartRecipient(ResponseRecipient responses, WordLists words) {
        this.responses = responses;
        this.words = words;
    }

    /**
     * The other main country in place of a missing or self-made recipient of a directed act; else
     * {@code recipient} unchanged. {@code cameo} is the code the event will carry: a stated readiness
     * to talk ("was ready to resume talks") is coded 036, an offer aimed at the other side, though
     * its pattern's own code is a consultation's.
     */
    PartyFinder.Filling of(SentenceGraph graph, TriggerMatch match, String eventType, String cameo, PartyFinder.Filling actor,
            PartyFinder.Filling recipient) {
        boolean ownByDefaultAbroad = aimedAbroad(eventType) && ownCountryByDefault(actor, recipient);
        if (!isDirected(eventType, cameo) || !(namesNoTarget(graph, match, actor, recipient) || LegalForum.onlyForum(cameo, recipient)
                || ownByDefaultAbroad)) {
            return recipient;
        }
        Optional<String> own = actor.soleCountry();
        if (own.isEmpty()) {
            return recipient;
        }
        if (CHALLENGER_TYPES.contains(eventType) && responses.challengers(actor)) {
            // "the opposition demanded that parliament be told", "residents complained": a country's own
            // challengers aim their acts at their own authorities, not at the other country of the story
            if (!recipient.parties().isEmpty()) {
                return recipient;
            }
            return actor.ownCountry(own.get(), CHALLENGER_SOURCE);
        }
        PartyFinder.Filling other = responses.otherMainCountry(java.util.Set.of(own.get()), graph.sentence().index());
        if (!other.anyCoded() && ownByDefaultAbroad) {
            PartyFinder.Filling main = responses.mainCountryOtherThan(own.get(), graph.sentence().index());
            return main.anyCoded() ? new PartyFinder.Filling(main.parties(), "the article's main country (an act aimed abroad, its target uncoded)")
                    : recipient;
        }
        return other.anyCoded() ? new PartyFinder.Filling(other.parties(), "the article's other main country (a directed act, no target named)")
                : recipient;
    }

    /**
     * Whether the list calls the event directed: a row for a CAMEO code prefix covering the code
     * decides ({@code undirected} in its value column makes an exception: "resigned" is a RETREAT
     * not aimed at the other country), the longest such prefix first; else a row for the PLOVER type.
     */
    private boolean isDirected(String eventType, String cameo) {
        String decidingPrefix = null;
        for (String word : words.words(ListName.DIRECTED_EVENT)) {
            if (cameo != null && word.chars().allMatch(Character::isDigit) && cameo.startsWith(word)
                    && (decidingPrefix == null || word.length() > decidingPrefix.length())) {
                decidingPrefix = word;
            }
        }
        if (decidingPrefix != null) {
            return !words.value(ListName.DIRECTED_EVENT, decidingPrefix).filter(UNDIRECTED::equals).isPresent();
        }
        return words.value(ListName.DIRECTED_EVENT, eventType).isPresent();
    }

    /** The value of a {@code directed-event} code row that makes the code an exception. */
    private static final String UNDIRECTED = "undirected";
    /** The value of a {@code directed-event} type row whose events are almost never the actor's own affair. */
    private static final String FOREIGN = "foreign";

    /** Whether the list marks the type as aimed abroad ("Britain froze the assets of two police commanders": of another state's). */
    private boolean aimedAbroad(String eventType) {
        return words.value(ListName.DIRECTED_EVENT, eventType).filter(FOREIGN::equals).isPresent();
    }

    /**
     * Whether the recipient is the actor's own country only because a domestic rule gave an uncoded
     * target the actor's country ("sanctions on two senior police commanders": whose, the text said
     * sentences before).
     */
    private static boolean ownCountryByDefault(PartyFinder.Filling actor, PartyFinder.Filling recipient) {
        return ownCountryOnly(actor, recipient) && String.valueOf(recipient.source()).startsWith("domestic");
    }

    /** Whether the recipient names someone, all of the actor's one country. */
    private static boolean ownCountryOnly(PartyFinder.Filling actor, PartyFinder.Filling recipient) {
        return actor.soleCountry().isPresent() && !recipient.parties().isEmpty()
                && recipient.parties().stream().allMatch(party -> actor.soleCountry().get().equals(party.code()));
    }

    /** Whether the recipient found is nobody, or the actor's own country for want of a named target. */
    private static boolean namesNoTarget(SentenceGraph graph, TriggerMatch match, PartyFinder.Filling actor, PartyFinder.Filling recipient) {
        if (recipient.parties().isEmpty()) {
            return true;
        }
        if (!ownCountryOnly(actor, recipient)) {
            return false;
        }
        if (DependencyEventCoder.NO_TARGET_SOURCE.equals(recipient.source())) {
            return true;
        }
        // "lodged a protest", "sent a protest note": the domestic rule read the trigger's own noun as the target
        return String.valueOf(recipient.source()).startsWith("domestic") && recipient.parties().stream()
                .allMatch(party -> isTriggerWord(graph, match, party.mention()));
    }

    private static boolean isTriggerWord(SentenceGraph graph, TriggerMatch match, Span mention) {
        for (int word : match.words()) {
            Token token = graph.token(word);
            if (mention != null && token.start() == mention.start()) {
                return true;
            }
        }
        return false;
    }
}
