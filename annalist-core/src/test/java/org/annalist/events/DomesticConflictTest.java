package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "both sides" of a fight within one country are that country, not the article's second country. */
class DomesticConflictTest {

    @Test
    void bothSidesOfADomesticClashAreTheOneCountry() {
        assertThat(CoderFixture.code("2025-05-14", "LIMA (Reuters) - Peruvian police fired tear gas at farmers blocking a highway "
                + "in the Apurimac region on Monday.\n\nThe Chinese-owned mine has been closed for a week.\n\n"
                + "The ombudsman's office called on both sides to return to dialogue.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("PER", "PER"));
    }
}
