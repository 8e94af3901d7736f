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
    void itMayReferToAnOrganisationWhoseNameEndsInAPlural() {
        assertThat(CoderFixture.code("2025-03-04", "Reporters Without Borders said on Monday that nine journalists remained in jail in Caracas.\n\n"
                + "It urged the European Union to press Venezuela for their release.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("NGO", "EUR"));
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

    @Test
    void subjectOwnedByASentenceInitialItsBelongsToTheEarlierSubject() {
        assertThat(CoderFixture.code("2025-03-04", "Chile announced on Monday that it would give food to flood victims in Bolivia.\n\n"
                + "Its civil protection agency sent a team of 25 rescuers to Oruro on Tuesday.").events())
                .filteredOn(event -> event.evidence().trigger().text().startsWith("sent"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("CHL");
    }

    @Test
    void ownerPronounDoesNotTakeAnEarlierSubjectOfTheOtherNumber() {
        assertThat(CoderFixture.code("2025-03-04", "Chilean and Argentine officials met in Santiago on Monday to discuss the floods in Bolivia.\n\n"
                + "Its civil protection agency sent a team of 25 rescuers to Oruro on Tuesday.").events())
                .filteredOn(event -> event.evidence().trigger().text().startsWith("sent"))
                .extracting(event -> codes(event.actors()))
                .doesNotContain("CHL", "ARG", "ARG,CHL");
    }

    @Test
    void theyIsAnEarlierSubjectResolvedAsItsOwnSentenceResolvedIt() {
        assertThat(CoderFixture.code("2025-03-04", "Chilean President Ana Robles hosted Peruvian President Luis Marin in Santiago on Monday.\n\n"
                + "The two leaders also discussed Bolivia.\n\n"
                + "In a joint statement they urged Bolivia to reopen its border crossings.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("CHL,PER");
    }
}
