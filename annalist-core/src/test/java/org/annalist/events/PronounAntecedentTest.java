package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An uncoded "it" or "they" that is its sentence's main subject refers to an earlier sentence's subject. */
class PronounAntecedentTest {

    @Test
    void itSaidItHadDeployedIsTheEarlierSubject() {
        assertThat(CoderFixture.code("2025-03-04", "Chile's army said on Monday that Peruvian drones had crossed the border.\n\n"
                + "It said it had deployed additional units along the frontier.").events())
                .filteredOn(event -> event.event().equals("MOBILIZE"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("CHL");
    }

    @Test
    void theyIsTheEarlierConjoinedSubject() {
        assertThat(CoderFixture.code("2025-03-04", "Britain, France and Germany criticised the decision on Monday.\n\n"
                + "In a joint statement, they urged Peru to reverse course.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("DEU,FRA,GBR", "PER"));
    }

    @Test
    void pronounOfASubordinateClauseIsNotLookedUpEarlier() {
        assertThat(CoderFixture.code("2025-03-04", "Peruvian rebels withdrew from the town of Tumbes on Saturday.\n\n"
                + "Peruvian troops did not attack the rebels as they pulled back.").events())
                .extracting(event -> event.evidence().trigger().text())
                .doesNotContain("pulled back", "pulled");
    }

    @Test
    void singularPronounDoesNotTakeAPluralSubject() {
        assertThat(CoderFixture.code("2025-03-04", "Peruvian officials met Chilean officials in Lima on Monday.\n\n"
                + "It urged both sides to reopen the border.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .isEmpty();
    }
}
