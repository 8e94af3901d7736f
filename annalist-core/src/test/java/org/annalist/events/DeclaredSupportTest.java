package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Declarations of backing ("stands fully behind Latvia", SUPPORT 052) and solidarity expressed with a country ("expressed solidarity with Ecuador", SUPPORT 051) and acceptance of another's decision ("respects
 * the court's decision", SUPPORT 051).
 */
class DeclaredSupportTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-06", text).events();
    }

    @Test
    void standingBehindACountryIsBacking() {
        assertThat(code("Estonia stands fully behind Latvia."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SUPPORT", "052", "EST", "LVA"));
    }

    @Test
    void respectingADecisionEndorsesIt() {
        assertThat(code("Poland respects the decision of the Lithuanian government, the Polish foreign minister said."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SUPPORT", "051", "POL", "LTU"));
    }

    @Test
    void solidarityExpressedWithACountryIsSupport() {
        assertThat(code("Chile expressed solidarity with Ecuador on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SUPPORT", "051", "CHL", "ECU"));
    }
    @Test
    void solidarityShownWithACountryIsSupport() {
        assertThat(code("Peru showed solidarity with Bolivia after the floods."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SUPPORT", "051", "PER", "BOL"));
    }

    @Test
    void standingInSolidarityWithACountryIsSupport() {
        assertThat(code("Ghana stands in solidarity with Togo, the Ghanaian foreign ministry said on Friday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("SUPPORT", "051", "GHA", "TGO"));
    }

    @Test
    void solidarityACountryCanCountOnIsTheSpeakersBacking() {
        assertThat(code("\u201cLatvia can count on our full solidarity,\u201d Danish Foreign Minister Lars Lokke Rasmussen said on Tuesday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SUPPORT", "051", "DNK", "LVA"));
    }
    @Test
    void standingInFullSolidarityWithACountryIsSupportThoughWithHangsOnSolidarity() {
        // the parser hangs "with Malawi" on "solidarity", not on "stood"
        assertThat(code("The Zambian government said Zambia stood \"in full solidarity with Malawi.\""))
                .extracting(Event::event, Event::cameo, event -> codes(event.recipients()))
                .contains(tuple("SUPPORT", "051", "MWI"));
    }

    @Test
    void standingInFullSolidarityAfterQuotationMarkIsSupport() {
        assertThat(code("The European Commission said it stood \u201cin full solidarity with Portugal and Spain\u201d after the fires."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("SUPPORT", "EUR", "ESP,PRT"));
    }
}
