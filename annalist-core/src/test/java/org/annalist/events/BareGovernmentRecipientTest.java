package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A demand on "the government" or "the authorities" named bare addresses the article's country. */
class BareGovernmentRecipientTest {

    @Test
    void foreignDemandOnTheGovernmentIsOnTheStoryCountry() {
        assertThat(CoderFixture.code("2025-03-04", "Tonga signed a fisheries agreement with China on Monday.\n\n"
                + "Tonga's prime minister defended the deal in parliament.\n\n"
                + "New Zealand urged the government to publish the agreement.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("NZL", "TON"));
    }

    @Test
    void theCountrysOwnOppositionAddressesItsOwnGovernment() {
        assertThat(CoderFixture.code("2025-03-04", "Tonga signed a fisheries agreement with China on Monday.\n\n"
                + "Tonga's opposition leader urged the government to publish the agreement.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("TON", "TON"));
    }

    @Test
    void theOwnGovernmentStaysOwnWhenTheSentenceNamesAnotherCountry() {
        assertThat(CoderFixture.code("2025-03-04", "Tonga signed a fisheries agreement with China on Monday.\n\n"
                + "Tonga's prime minister defended the deal in parliament.\n\n"
                + "Tonga's opposition leader urged the government to resign, saying China had too much influence.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("TON", "TON"));
    }
}
