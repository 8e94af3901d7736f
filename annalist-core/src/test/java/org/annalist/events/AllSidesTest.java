package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "All sides" are every party to a conflict, unnamed; "both sides" are the article's two main countries. */
class AllSidesTest {

    private static final String OPENING = "Ethiopian and Eritrean troops exchanged artillery fire along the border on Monday, "
            + "and Ethiopia accused Eritrea of starting the clash. ";

    @Test
    void allSidesNameNoRecipient() {
        assertThat(CoderFixture.code("2025-05-20", OPENING + "The U.N. envoy urged all sides to exercise restraint.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("UNO", ""));
    }

    @Test
    void bothSidesAreTheTwoMainCountries() {
        assertThat(CoderFixture.code("2025-05-20", OPENING + "The U.N. envoy urged both sides to exercise restraint.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("UNO", "ERI,ETH"));
    }
}
