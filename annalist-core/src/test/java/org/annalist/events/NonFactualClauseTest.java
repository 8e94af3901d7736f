package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/**
 * An act named in a denied clause ("denied that its troops had fired"), in the content of a rejected accusation
 * ("rejected the suggestion that …"), or as the condition of another clause ("would reopen the border if …",
 * "would keep attacking until …") is not asserted and not coded; the governing act is.
 */
class NonFactualClauseTest {

    private static CodingResult code(String text) {
        return CoderFixture.code("2025-06-18", text);
    }

    @Test
    void actInADeniedThatClauseIsNotCoded() {
        CodingResult result = code("A Ghanaian police spokesman denied that officers had fired on Togolese traders at the border.");
        assertThat(result.events()).extracting(Event::event).doesNotContain("ASSAULT");
        assertThat(result.decisions()).extracting(Decision::reason).contains(DecisionReason.DENIAL);
    }

    @Test
    void actNestedInADeniedClauseIsNotCoded() {
        assertThat(code("The Kabul government denied that any militant group was using Afghan territory to attack Tajikistan.").events())
                .extracting(Event::event)
                .doesNotContain("ASSAULT");
    }

    @Test
    void deniedGerundIsNotCoded() {
        assertThat(code("Togo has always denied hosting Russian troops.").events())
                .extracting(Event::event)
                .doesNotContain("CONSULT", "MOBILIZE");
    }

    @Test
    void denialSpeakersNextActStaysCoded() {
        assertThat(code("Ghana denied the report and accused Togo of arming the rebels.").events())
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("ACCUSE", "GHA", "TGO"));
    }

    @Test
    void contentOfARejectedSuggestionIsNotCoded() {
        assertThat(code("The Kenyan spokesman rejected the suggestion that Nairobi was targeting Somali traders.").events())
                .extracting(Event::event)
                .doesNotContain("ASSAULT");
    }

    @Test
    void conditionOfAnOfferIsNotCoded() {
        CodingResult result = code("Ghana said it would reopen the border if Togo released the detained traders.");
        assertThat(result.events()).extracting(Event::event, event -> codes(event.actors()))
                .contains(tuple("RETREAT", "GHA"))
                .doesNotContain(tuple("RETREAT", "TGO"));
        assertThat(result.decisions()).extracting(Decision::reason).contains(DecisionReason.CONDITION);
    }

    @Test
    void untilClauseOfAFutureIsNotCoded() {
        assertThat(code("The rebels said they would continue their attacks until Kampala released its prisoners.").events())
                .extracting(Event::event, event -> codes(event.actors()))
                .doesNotContain(tuple("RETREAT", "UGA"));
    }

    @Test
    void untilClauseOfAVowIsNotCoded() {
        assertThat(code("Italian farmers blocked roads around Rome on Monday, vowing to keep up the pressure until the government met their demands.").events())
                .extracting(Event::event)
                .contains("PROTEST")
                .doesNotContain("CONCEDE");
    }

    @Test
    void untilClauseOfAPastNarrativeStaysCoded() {
        assertThat(code("Malian soldiers fought the rebels for hours until Algerian troops withdrew from the town.").events())
                .extracting(Event::event, event -> codes(event.actors()))
                .contains(tuple("RETREAT", "DZA"));
    }

    @Test
    void asLongAsClauseOfARefusalIsNotCoded() {
        CodingResult result = code("The militia's commander said his fighters would not hand over their rifles "
                + "as long as Rwanda occupies the hills of North Kivu.");
        assertThat(result.events())
                .extracting(Event::event, event -> codes(event.actors()))
                .doesNotContain(tuple("COERCE", "RWA"));
        assertThat(result.decisions()).extracting(Decision::reason).contains(DecisionReason.CONDITION);
    }

    @Test
    void asLongAsClauseOfAPastNarrativeStaysCoded() {
        assertThat(code("Villagers hid in the forest as long as Rwandan troops occupied the hills of North Kivu.").events())
                .extracting(Event::event, event -> codes(event.actors()))
                .contains(tuple("COERCE", "RWA"));
    }
}
