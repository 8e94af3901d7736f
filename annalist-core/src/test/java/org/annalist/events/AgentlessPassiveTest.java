package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "60 people were detained": an agentless passive of a state's act is the country's where it happened, else the home country's. */
class AgentlessPassiveTest {

    @Test
    void agentlessArrestIsTheHomeCountrysAuthorities() {
        assertThat(CoderFixture.code("2025-05-14", "Tens of thousands of Georgians rallied in Tbilisi on Wednesday. "
                + "At least 60 people were detained, the interior ministry said.").events())
                .filteredOn(event -> event.event().equals("COERCE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("GEO", "GEO"));
    }

    @Test
    void agentlessArrestInAnotherCountryIsThatCountrysAuthorities() {
        assertThat(CoderFixture.code("2025-05-14", "A Canadian aid worker from Calgary was arrested in Lebanon on Tuesday, "
                + "his family said.").events())
                .filteredOn(event -> event.event().equals("COERCE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("LBN", "CAN"));
    }

    @Test
    void theAuthoritiesAreNamedAsTheArticleNamesTheirCountry() {
        assertThat(CoderFixture.code("2025-05-14", "A Canadian aid worker from Calgary was arrested in Lebanon on Tuesday, "
                + "his family said.").events())
                .filteredOn(event -> event.event().equals("COERCE"))
                .flatExtracting(Event::actors)
                .extracting(EventParty::name)
                .containsExactly("Lebanon");
    }

    @Test
    void agentlessDeploymentOfPoliceIsTheHomeCountrys() {
        assertThat(CoderFixture.code("2025-05-14", "Thousands of Peruvian farmers marched on Lima on Monday. "
                + "The interior minister said 5,000 police officers had been deployed to keep the marchers away from parliament.").events())
                .filteredOn(event -> event.event().equals("MOBILIZE"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("PER");
    }

    @Test
    void agentlessKillingKeepsNoActor() {
        assertThat(CoderFixture.code("2025-05-14", "Three Georgian soldiers were killed near the border with Azerbaijan on Sunday.").events())
                .extracting(Event::event)
                .doesNotContain("ASSAULT");
    }

    @Test
    void capitalNamedAsAnAgentIsNotWhereTheSentenceHappens() {
        assertThat(CoderFixture.code("2026-07-22", "PRISTINA, Kosovo, July 22 (AFP) - Gunmen fired on a police patrol in "
                + "northern Kosovo on Tuesday. Interior Minister Xhelal Svecla blamed groups directed by Belgrade for the "
                + "shooting and said special police units had been sent to the north.").events())
                .filteredOn(event -> event.event().equals("MOBILIZE"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("XKX");
    }
}
