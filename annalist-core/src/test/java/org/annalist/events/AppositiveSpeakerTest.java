package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The EU-led peacekeeping force EUFOR said it had increased patrols": the pronoun of a reported clause is the
 * speaker, and a speaker noun whose name stands in apposition to it ("force EUFOR") is that name.
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
}
