package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mutual blame between the two parties of a story, in its three news forms ("each side blamed the
 * other", "the two sides accused each other", "both governments traded accusations"): one ACCUSE
 * in each direction, as the gold sets code "accused each other".
 */
class EachAgainstTheOtherTest {

    private static List<Event> accusations(String text) {
        return CoderFixture.code("2025-03-12", text).events().stream().filter(event -> event.event().equals("ACCUSE")).toList();
    }

    @Test
    void eachSideBlamedTheOtherIsAnAccusationEachWay() {
        assertThat(accusations("Djibouti and Eritrea ended two days of border talks in Doha on Wednesday without a deal. "
                + "Each side blamed the other for the breakdown."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactlyInAnyOrder(tuple("DJI", "ERI"), tuple("ERI", "DJI"));
    }

    @Test
    void eachAloneAccusedTheOtherIsAnAccusationEachWay() {
        assertThat(accusations("Talks between Djibouti and Eritrea on the disputed headland collapsed on Tuesday. "
                + "Each accused the other of moving troops closer to the frontier."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactlyInAnyOrder(tuple("DJI", "ERI"), tuple("ERI", "DJI"));
    }

    @Test
    void theTwoSidesAccusedEachOtherIsAnAccusationEachWay() {
        assertThat(accusations("Kyrgyz and Tajik border guards clashed near a disputed canal on Monday. "
                + "The two sides accused each other of breaking a truce agreed last spring."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactlyInAnyOrder(tuple("KGZ", "TJK"), tuple("TJK", "KGZ"));
    }

    @Test
    void bothGovernmentsTradedAccusationsIsAnAccusationEachWay() {
        assertThat(accusations("A Venezuelan patrol boat approached a Guyanese oil platform on Monday. "
                + "Both governments traded accusations over the incident on Tuesday."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactlyInAnyOrder(tuple("VEN", "GUY"), tuple("GUY", "VEN"));
    }

    @Test
    void eachSideHasAccusedTheOtherIsTheStandingChargeNotAnAct() {
        assertThat(accusations("Djibouti and Eritrea fought a brief border war in 2008. "
                + "Each side has accused the other of violating the truce since then."))
                .isEmpty();
    }
}
