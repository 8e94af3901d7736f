package org.annalist.events;

import static org.annalist.events.CoderFixture.eventsOfType;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a demand or appeal asks for narrows its CAMEO code (request-aims.tsv). */
class RequestAimTest {

    private static String cameoOf(String text) {
        return eventsOfType("2026-03-11", "REQUEST", text).get(0).cameo();
    }

    @Test
    void anAppealToReleasePeopleIsAnAppealForRelease() {
        assertThat(cameoOf("The opposition leader called on the Guinean government to free the detained activists.")).isEqualTo("0253");
    }

    @Test
    void aDemandForACeasefireIsADemandForDeEscalation() {
        assertThat(cameoOf("Egypt demanded an immediate ceasefire from Israel.")).isEqualTo("1056");
    }

    @Test
    void theAimIsSoughtThroughAChainOfComplements() {
        assertThat(cameoOf("Lebanon's president urged France to press Israel to halt its attacks.")).isEqualTo("0256");
    }

    @Test
    void aVerbAndItsObjectTogetherNameTheAim() {
        assertThat(cameoOf("Iran urged the European Union to lift the sanctions on its banks.")).isEqualTo("0254");
    }

    @Test
    void anAppealWithNoKnownAimKeepsTheGeneralCode() {
        assertThat(cameoOf("Ghana urged Togo to investigate the border incident.")).isEqualTo("020");
    }
}
