package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/**
 * A noun said to come from abroad ("European cognac", "Western reporters") is not the actor's own
 * country's, as the domestic convention would make it; a modifier that names whose it is
 * ("European": EUR) is the recipient.
 */
class ForeignOriginRecipientTest {

    @Test
    void dutiesOnEuropeanGoodsAreAimedAtEuropeNotTheActor() {
        assertThat(CoderFixture.code("2026-03-10", "BEIJING (Reuters) - China imposed anti-dumping duties on European cognac "
                + "on Monday, widening a trade row over subsidies.").events())
                .filteredOn(event -> event.event().equals("SANCTION"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()), event -> event.provenance().derivation().recipientSource())
                .containsExactly(tuple("CHN", "EUR", "the origin its modifier names on"));
    }

    @Test
    void westernPeopleAreNotTheActorsOwnCountry() {
        assertThat(CoderFixture.code("2026-03-10", "MINSK (Reuters) - Belarusian police detained three Western reporters "
                + "outside a court in Minsk on Tuesday.").events())
                .filteredOn(event -> event.event().equals("COERCE"))
                .extracting(event -> codes(event.recipients()))
                .doesNotContain("BLR");
    }
}
