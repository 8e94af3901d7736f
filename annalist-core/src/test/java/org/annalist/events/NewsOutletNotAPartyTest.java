package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "…, a local official told AFP": the news agency's country does not make a domestic event foreign. */
class NewsOutletNotAPartyTest {

    @Test
    void arrestsReportedToAForeignAgencyStayDomestic() {
        assertThat(CoderFixture.code("2025-03-04", "Kenyan police imposed a night curfew across Garissa county and arrested "
                + "40 young men suspected of links to the attackers, a local official told AFP.").events())
                .filteredOn(event -> event.event().equals("COERCE"))
                .extracting(event -> codes(event.recipients()))
                .isNotEmpty()
                .containsOnly("KEN");
    }

    @Test
    void whatSomeoneToldANewsAgencyIsNoDemandOnTheAgencysCountry() {
        // Written for this test.
        assertThat(CoderFixture.eventsOfType("2025-06-02", "REQUEST", "DAMASCUS, June 2 (Reuters) - Syrian Foreign Minister "
                + "Asaad al-Shaibani told Reuters on Monday that the region must not slide into another war."))
                .extracting(event -> codes(event.recipients()))
                .doesNotContain("GBR");
        assertThat(CoderFixture.eventsOfType("2025-06-02", "REQUEST", "DAMASCUS, June 2 (Reuters) - Syrian Foreign Minister "
                + "Asaad al-Shaibani told Reuters on Monday that Israel must withdraw from the buffer zone."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SYR", "ISR"));
    }
}
