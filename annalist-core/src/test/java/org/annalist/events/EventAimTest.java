package org.annalist.events;

import static org.annalist.events.CoderFixture.eventsOfType;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a demand, appeal or accusation is about narrows its CAMEO code (event-aims.tsv). */
class EventAimTest {

    private static String cameoOf(String text) {
        return cameoOf("REQUEST", text);
    }

    private static String cameoOf(String type, String text) {
        return eventsOfType("2026-03-11", type, text).get(0).cameo();
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

    @Test
    void anAccusationOfShellingIsAnAccusationOfAggression() {
        assertThat(cameoOf("ACCUSE", "Armenia accused Azerbaijan of shelling border villages.")).isEqualTo("1123");
    }

    @Test
    void aModifierAndItsNounNameTheAim() {
        assertThat(cameoOf("ACCUSE", "Kyiv accused Russian forces of war crimes in the occupied south.")).isEqualTo("1124");
    }

    @Test
    void aSpecificCodeIsNeverNarrowedFurther() {
        assertThat(EventAims.narrows("1053", "1053")).isFalse();
        assertThat(EventAims.narrows("111", "1123")).isFalse();
        assertThat(EventAims.narrows("112", "1123")).isTrue();
        assertThat(EventAims.narrows("020", "0253")).isTrue();
        assertThat(EventAims.narrows("023", "0233")).isTrue();
    }

    @Test
    void theExplanationNamesTheAimThatNarrowedTheCode() {
        CodingResult result = CoderFixture.code("2026-03-11",
                "The opposition leader called on the Guinean government to free the detained activists.");

        assertThat(result.decisions()).anySatisfy(decision ->
                assertThat(decision.detail()).contains("CAMEO 0253 for \"free\" (events/event-aims.tsv)"));
    }

    @Test
    void anAttackFromTheAirIsAnAerialAssault() {
        assertThat(cameoOf("ASSAULT", "Turkish jets carried out air strikes on Kurdish militia positions in northern Syria.")).isEqualTo("195");
        assertThat(cameoOf("ASSAULT", "Russia launched a drone strike on a Ukrainian power station on Tuesday.")).isEqualTo("195");
    }

    @Test
    void aNounTriggerIsReadWithItsOwnModifier() {
        Event strike = eventsOfType("2026-03-11", "ASSAULT",
                "Kabul said its forces shelled Pakistani border posts in retaliation for Pakistani air strikes on Kabul last week.")
                .stream().filter(event -> event.evidence().trigger().text().contains("strikes")).findFirst().orElseThrow();

        assertThat(strike.cameo()).isEqualTo("195");
    }

    @Test
    void aConsultationByTelephoneIsCameoDiscussByTelephoneInPhoneMode() {
        Event call = eventsOfType("2026-03-11", "CONSULT",
                "Kenya's foreign minister discussed the border dispute by telephone with his Ugandan counterpart on Tuesday.").get(0);

        assertThat(call.cameo()).isEqualTo("041");
        assertThat(call.mode()).isEqualTo("phone");
        assertThat(cameoOf("CONSULT", "The Ghanaian president met his Togolese counterpart in Accra on Tuesday.")).isEqualTo("040");
    }

    @Test
    void aThreatSaysWhatItThreatensWith() {
        assertThat(cameoOf("THREATEN", "Tehran warned that its forces would strike the militants' bases in Iraq.")).isEqualTo("138");
        assertThat(cameoOf("THREATEN", "Nigeria's main labour union threatened to call a general strike over fuel prices.")).isEqualTo("133");
        assertThat(cameoOf("THREATEN", "Washington threatened new sanctions on Venezuelan oil exports.")).isEqualTo("1312");
    }
}
