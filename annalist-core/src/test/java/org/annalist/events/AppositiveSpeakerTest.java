package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The EU-led peacekeeping force EUFOR said it had increased patrols": the pronoun of a reported clause is the
 * speaker, and a speaker noun whose name stands in apposition to it ("force EUFOR") is that name; so is a subject
 * noun with a person in apposition ("An army delegate, Brig. Gen. Hassan Idris Osman, accused …").
 */
class AppositiveSpeakerTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-10-02", text).events();
    }

    @Test
    void pronounOfAReportedClauseIsTheNameInAppositionToTheSpeakerNoun() {
        assertThat(code("SARAJEVO (Reuters) - Tensions rose in northern Bosnia on Wednesday after a bridge was blown up near Brcko. "
                + "The EU-led peacekeeping force EUFOR said it had increased patrols in the north."))
                .filteredOn(event -> event.event().equals("MOBILIZE"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("EUR");
    }

    @Test
    void aSubjectNounWithAPersonInAppositionIsThatPerson() {
        // "delegate" names no one; the general beside it does
        assertThat(code("KHARTOUM (AP) - An army delegate, Brig. Gen. Hassan Idris Osman, accused the Rapid Support Forces "
                + "on Wednesday of shelling a hospital in Omdurman."))
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()) + "->" + codes(event.recipients()))
                .containsExactly("SDN->SDN");
    }

    @Test
    void aPlaceInAppositionIsNoActor() {
        assertThat(code("KYIV (Reuters) - The capital, Kyiv, came under a heavy drone attack overnight, the city's mayor said."))
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .extracting(event -> codes(event.actors()))
                .noneMatch(actor -> actor.equals("UKR"));
    }
}
