package org.annalist.actors;

import static org.annalist.actors.ResolvedText.mentionTexts;
import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "The kingdom" is the kingdom the article named last before it (state-nouns.tsv). */
class StateNounReferenceTest {

    @Test
    void theKingdomIsTheKingdomNamedBefore() {
        ActorAnalysis analysis = resolve("Egypt and Jordan signed a water pact in Cairo on Monday. "
                + "The kingdom also agreed to reopen a border crossing with Syria.");
        Entity jordan = named(analysis, "Jordan");
        assertThat(mentionTexts(jordan)).containsExactly("Jordan", "The kingdom");
        assertThat(mentionTexts(named(analysis, "Egypt"))).containsExactly("Egypt");
    }

    @Test
    void theKingdomWithNoKingdomNamedBeforeIsNobody() {
        ActorAnalysis analysis = resolve("Egypt closed the Rafah crossing on Monday. The kingdom said it would reopen it.");
        assertThat(analysis.entities()).noneMatch(entity -> mentionTexts(entity).contains("The kingdom"));
    }

    @Test
    void theUnitedKingdomIsANameNotAReference() {
        ActorAnalysis analysis = resolve("Morocco hosted the talks. The United Kingdom sent an envoy.");
        assertThat(mentionTexts(named(analysis, "Morocco"))).containsExactly("Morocco");
    }
}
