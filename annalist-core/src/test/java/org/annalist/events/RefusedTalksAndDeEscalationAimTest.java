package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * More aims of event-aims.tsv: a refusal of talks or of an offer narrows REJECT 120 to 125 (reject a
 * proposal to meet or negotiate); an appeal to halt the fighting, pull back or stop provocations is
 * one for de-escalation (0256, the appeal twin of 1056); a threat to suspend visa-free travel is a
 * threat of sanctions (1312).
 */
class RefusedTalksAndDeEscalationAimTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-06", text).events();
    }

    @Test
    void rejectingTalksIsRejectingAProposalToNegotiate() {
        assertThat(code("Eritrea rejected on Monday any talks with Ethiopia."))
                .extracting(Event::event, Event::cameo)
                .containsExactly(tuple("REJECT", "125"));
    }

    @Test
    void refusingToDiscussIsRejectingAProposalToNegotiate() {
        assertThat(code("Tokyo refused to discuss the revised draft proposed by Seoul."))
                .extracting(Event::event, Event::cameo)
                .contains(tuple("REJECT", "125"));
    }

    @Test
    void urgingBothSidesToHaltTheFightingIsAnAppealForDeEscalation() {
        assertThat(code("The African Union urged Sudan and South Sudan to halt the fighting immediately."))
                .extracting(Event::event, Event::cameo)
                .containsOnly(tuple("REQUEST", "0256"));
    }

    @Test
    void urgingAStateToStopProvocationsIsAnAppealForDeEscalation() {
        assertThat(code("Vietnam urged China to stop its provocations in the South China Sea."))
                .extracting(Event::event, Event::cameo)
                .containsExactly(tuple("REQUEST", "0256"));
    }

    @Test
    void threateningToSuspendVisaFreeTravelIsAThreatOfSanctions() {
        assertThat(code("The European Union threatened on Monday to suspend visa-free travel for Georgian citizens."))
                .extracting(Event::event, Event::cameo)
                .containsExactly(tuple("THREATEN", "1312"));
    }
}
