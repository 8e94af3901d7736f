package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A group named only by its kind carries the code of that kind (word-lists.tsv
 * unnamed-group-code): unnamed rights groups are NGO and unnamed militants are the armed group the
 * story names, not the country the sentence happens in.
 */
class UnnamedGroupActorTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-09-16", text).events();
    }

    @Test
    void unnamedRightsGroupsWelcomingARulingAreNonGovernmental() {
        assertThat(code("THE HAGUE (AP) - Judges at the International Criminal Court on Monday issued an arrest warrant for a "
                + "Sudanese militia commander. Human rights groups welcomed the decision."))
                .filteredOn(event -> event.event().equals("SUPPORT"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("NGO");
    }

    @Test
    void unnamedJihadistsAreTheArmedGroupTheStoryNames() {
        assertThat(code("NIAMEY (AFP) - Jihadists killed nine Nigerien soldiers near the border with Mali on Friday, the army said. "
                + "The Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) claimed the attack."))
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("IMG", "NER"));
    }

    @Test
    void unnamedMilitantsKeepTheStorysCountryWhenNoArmedGroupIsNamed() {
        assertThat(code("NIAMEY (AFP) - Militants killed nine soldiers near the town of Tillaberi in Niger on Friday, the army said."))
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("NER");
    }
}
