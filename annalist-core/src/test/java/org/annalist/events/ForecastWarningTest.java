package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Warned" with a reported clause about a thing forecasts; with a clause about a party, or about the
 * threatened act itself, it threatens.
 */
class ForecastWarningTest {

    private static List<Event> threats(String text) {
        return CoderFixture.eventsOfType("2025-05-20", "THREATEN", text);
    }

    @Test
    void warningThatFundsWouldRunOutIsNoThreat() {
        assertThat(threats("Sudan expelled two aid workers on Monday. The World Food Programme warned that its food stocks in Darfur would run out within weeks."))
                .isEmpty();
    }

    @Test
    void warningThatALawWouldDivideTheCountryIsNoThreat() {
        assertThat(threats("Kenya's parliament passed the security bill on Tuesday. The Law Society of Kenya warned that the law could become a tool of repression."))
                .isEmpty();
    }

    @Test
    void warningThatTougherMeasuresWouldFollowIsAThreat() {
        assertThat(threats("The European Union imposed sanctions on Belarus on Monday and warned that tougher measures would follow if Minsk did not release the prisoners."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("EUR", "BLR"));
    }

    @Test
    void warningThatACountryWouldActIsAThreat() {
        assertThat(threats("Turkey warned that Turkish troops would enter northern Syria if the attacks continued."))
                .extracting(event -> codes(event.actors()))
                .containsExactly("TUR");
    }
}
