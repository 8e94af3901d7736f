package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When the speaker's own side would carry out a warned act, the threat is aimed at whom the act is
 * done to (the warned clause's passive subject, object, the object's owner, or its to/against
 * phrase), not at the speaker's own country named as the clause's subject.
 */
class ThreatenedPartyTest {

    private static List<Event> threats(String text) {
        return CoderFixture.eventsOfType("2025-05-20", "THREATEN", text);
    }

    @Test
    void ownCountryStrikingAnotherCountrysSitesThreatensThatCountry() {
        assertThat(threats("Turkish President Recep Tayyip Erdogan warned that Turkey would bomb Syria's border posts again if the attacks continued."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("TUR", "SYR"));
    }

    @Test
    void passiveWarnedClauseThreatensItsSubject() {
        assertThat(threats("African Union leaders warned in Addis Ababa on Sunday that Sudan could be expelled from the bloc."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("IGO", "SDN"));
    }

    @Test
    void threatenedBlowsToNamedCountriesThreatenBoth() {
        assertThat(threats("Iran's Revolutionary Guards threatened to deliver heavy blows to France and Germany, a Lebanese weekly reports."))
                .extracting(event -> codes(event.recipients()))
                .containsExactly("DEU,FRA");
    }

    @Test
    void warnedClauseWithAThirdPartySubjectKeepsThatSubject() {
        assertThat(threats("Israel's defence minister warned that Hezbollah would pay a heavy price for the rocket fire."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ISR", "LBN"));
    }
}
