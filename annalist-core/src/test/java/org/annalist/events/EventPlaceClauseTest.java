package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An event happens where its own clause says, not where another clause of the sentence does. */
class EventPlaceClauseTest {

    @Test
    void aClashNearOneCityAfterASigningInAnotherHappenedNearTheFirst() {
        List<Event> events = CoderFixture.code("2026-04-14",
                "Sudanese troops and RSF fighters clashed on Monday near the town of Kassala, two days after the "
                        + "army signed a truce in Jeddah, local officials said.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .extracting(event -> event.location().name())
                .containsExactly("Kassala");
    }

    @Test
    void aPlaceNounsOfPhraseIsTheVenueBeforeAPartysCapitalElsewhereInTheClause() {
        // "in the Saudi city of Jeddah" is where; "pressure from Washington" names a party
        List<Event> events = CoderFixture.code("2026-11-27",
                "Sudan's army and the Rapid Support Forces resumed indirect talks in the Saudi city of Jeddah on Thursday, "
                        + "under pressure from Washington to agree a truce.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("CONSULT"))
                .extracting(event -> event.location().name())
                .containsExactly("Jeddah");
    }

    @Test
    void anAttackNearATownOfItsOwnCountryTakesNoRecipientFromAVenueAbroad() {
        List<Event> events = CoderFixture.code("2026-04-14",
                "Sudanese troops and RSF fighters clashed on Monday near the town of Kassala, two days after the "
                        + "army signed a truce in Jeddah, local officials said.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .extracting(event -> CoderFixture.codes(event.recipients()))
                .doesNotContain("SAU");
    }

    @Test
    void aDealStruckAfterTalksInACapitalHappensWhereItsOwnClauseSays() {
        List<Event> events = CoderFixture.code("2026-04-14",
                "Iran will allow U.N. nuclear inspectors to return to the underground Fordo plant next month, "
                        + "a government spokesman said after talks in Vienna.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("RETREAT"))
                .extracting(event -> event.location() == null ? null : event.location().name())
                .containsExactly("Fordow");
    }
}
