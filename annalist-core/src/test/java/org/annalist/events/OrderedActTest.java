package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A command to one's own side is the act it orders, coded as the commander's; an order to another country's party stays a demand. */
class OrderedActTest {

    @Test
    void orderToOwnBankBranchesToFreezeTransfersIsTheFreeze() {
        List<Event> events = CoderFixture.code("2025-03-04",
                "Tanzania's finance minister on Tuesday ordered the central bank's northern branches to freeze transfers to the rebel-held region.").events();
        assertThat(events).extracting(event -> event.event() + " " + event.cameo() + " " + codes(event.actors()))
                .containsExactly("SANCTION 162 TZA");
    }

    @Test
    void orderToACommitteeToInvestigateIsTheInvestigationNotWhatItIsAbout() {
        List<Event> events = CoderFixture.code("2025-03-04",
                "Ghana's president ordered a committee of police officials to investigate the killing of three traders.").events();
        assertThat(events).extracting(event -> event.event() + " " + event.cameo() + " " + codes(event.actors()))
                .containsExactly("ACCUSE 090 GHA");
    }

    @Test
    void orderToAForeignCompanyStaysADemand() {
        List<Event> events = CoderFixture.code("2025-03-04",
                "Peru's foreign ministry ordered the Chilean mining company to hand over the site within 30 days.").events();
        assertThat(events).extracting(event -> event.event() + " " + codes(event.actors()) + "->" + codes(event.recipients()))
                .containsExactly("REQUEST PER->CHL");
    }
}
