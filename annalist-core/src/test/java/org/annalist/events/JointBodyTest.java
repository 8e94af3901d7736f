package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A body two states form ("a joint committee", "The commission" after a joint commission) stands for the article's two main countries. */
class JointBodyTest {

    private static List<Event> consultations(String text) {
        return CoderFixture.eventsOfType("2025-09-03", "CONSULT", text);
    }

    @Test
    void jointCommitteeAsSubjectIsTheTwoMainCountries() {
        assertThat(consultations("Armenia and Georgia agreed on Tuesday to reopen the Sadakhlo crossing to freight. "
                + "Armenian officials said a joint committee would meet in Tbilisi next month."))
                .extracting(event -> codes(event.actors()))
                .containsExactly("ARM,GEO");
    }

    @Test
    void bareDefiniteBodyRefersBackToTheJointBodyNamedFirst() {
        assertThat(consultations("Greek and Bulgarian interior officials held the first session of a new joint border commission in Sofia on Monday. "
                + "Police on both sides will share data on smuggling routes. "
                + "Regional governors welcomed the commission. "
                + "The commission will meet again in Athens in November, a Bulgarian official said."))
                .filteredOn(event -> event.evidence().trigger().text().equals("meet"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("BGR,GRC");
    }

    @Test
    void bodySetUpByAnAgreementDoesNotActThroughItsRelativeClause() {
        assertThat(consultations("Armenia and Georgia signed a transit accord on Tuesday. "
                + "The two ministers agreed to set up a joint committee that will meet every month to review freight volumes."))
                .filteredOn(event -> event.evidence().trigger().text().equals("meet"))
                .isEmpty();
    }

    @Test
    void bareCommissionWithNoJointBodyBeforeItStaysNobody() {
        assertThat(consultations("Armenia and Georgia signed a transit accord on Tuesday. "
                + "The commission will meet again in Yerevan in November, an official said."))
                .filteredOn(event -> event.evidence().trigger().text().equals("meet"))
                .isEmpty();
    }
}
