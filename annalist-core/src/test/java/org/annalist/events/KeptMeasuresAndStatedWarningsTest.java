package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 13 trigger classes: a measure said to stay in force ("its sanctions would remain in place") is the
 * speaker's refusal to ease it (REJECT 1244, {@code reject.remain-in-*}); a measure called unjustified is a
 * criticism, and "will meet the same fate", "will receive a crushing response", "our response will not be long
 * in coming" are warnings (statement-words.tsv).
 */
class KeptMeasuresAndStatedWarningsTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2025-09-15", text).events();
    }

    private static List<Event> statementEvents(String text) {
        return events(text).stream().filter(event -> event.rule().endsWith("-statement")).toList();
    }

    @Test
    void sanctionsSaidToRemainInPlaceAreTheSpeakersRefusalToEaseThem() {
        List<Event> events = events("Venezuela freed six opposition activists on Monday. "
                + "The Canadian foreign minister said Canada's sanctions on Venezuela would remain in place.");

        assertThat(events).filteredOn(event -> event.rule().equals("reject.remain-in-place")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("REJECT");
                    assertThat(event.cameo()).isEqualTo("1244");
                    assertThat(codes(event.actors())).isEqualTo("CAN");
                    assertThat(event.aux()).isEmpty();
                });
    }

    @Test
    void dutiesSaidToRemainInForceAreARefusalToo() {
        assertThat(events("Mexico cut its tariffs on Guatemalan sugar. "
                + "The Guatemalan economy minister said Guatemala's duties on Mexican steel would remain in force until next year."))
                .extracting(Event::rule).contains("reject.remain-in-force");
    }

    @Test
    void measuresThatRemainedInPlaceInThePastAreNoRefusal() {
        assertThat(events("The Canadian foreign minister said Canada's sanctions on Venezuela remained in place last year."))
                .extracting(Event::rule).noneMatch(rule -> rule.startsWith("reject.remain-in"));
    }

    @Test
    void aMeasureCalledUnjustifiedIsACriticismOfWhoeverTookIt() {
        assertThat(statementEvents("India raised tariffs on Bangladeshi garments on Monday. "
                + "“These tariffs are completely unjustified,” Bangladesh's commerce minister Salma Haque said."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()), Event::rule)
                .containsExactly(tuple("ACCUSE", "BGD", "IND", "accuse.critical-statement"));
    }

    @Test
    void theSameFateIsAWarning() {
        assertThat(statementEvents("Venezuela seized a Guyanese fishing boat on Monday. "
                + "“Any boat from Guyana that enters our waters will meet the same fate,” Venezuelan navy commander Luis Pardo said."))
                .extracting(Event::event, event -> codes(event.actors()), Event::cameo)
                .containsExactly(tuple("THREATEN", "VEN", "130"));
    }

    @Test
    void aResponseNotLongInComingIsAWarning() {
        assertThat(statementEvents("Estonia expelled two Russian diplomats on Tuesday. "
                + "“Our response will not be long in coming,” Russian Foreign Ministry spokeswoman Irina Volkova said."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("THREATEN", "RUS", "EST"));
    }

    @Test
    void anAttackThatWillReceiveAResponseIsAWarning() {
        assertThat(statementEvents("Israel struck targets near Beirut on Sunday. "
                + "“Any attack on Lebanon will receive a crushing response,” Hezbollah commander Ali Haidar said."))
                .extracting(Event::event, Event::rule)
                .containsExactly(tuple("THREATEN", "threaten.warning-statement"));
    }

    @Test
    void aResponseThatWasReceivedIsNoWarning() {
        assertThat(statementEvents("“Our letter received a polite response from Lima,” the Chilean foreign minister said."))
                .filteredOn(event -> event.event().equals("THREATEN"))
                .isEmpty();
    }
}
