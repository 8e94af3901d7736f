package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/**
 * A crowd named only by its size ("thousands marched", "hundreds blocked the road") and lawyers
 * acting as a body are the home country's own people (domestic-participant), as "protesters" are.
 */
class CrowdSizeActorTest {

    @Test
    void thousandsWhoMarchAreTheHomeCountrysPeople() {
        assertThat(CoderFixture.code("2026-03-04", "Thousands marched through the centre of Lusaka on Tuesday to demand lower "
                + "maize prices, a week after the government ended a subsidy.").events())
                .filteredOn(event -> event.event().equals("PROTEST"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("ZMB");
    }

    @Test
    void lawyersWhoBoycottCourtsAreTheHomeCountrys() {
        assertThat(CoderFixture.code("2026-03-04", "The president of the Malawi Law Society said lawyers in Lilongwe "
                + "would boycott the magistrates' courts on Monday.").events())
                .filteredOn(event -> event.event().equals("PROTEST"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("MWI");
    }

    @Test
    void hundredsWhoBlockAHighwayAreThePlacesCountrys() {
        assertThat(CoderFixture.code("2026-03-04", "Hundreds blocked the main highway outside Cochabamba on Friday.").events())
                .filteredOn(event -> event.event().equals("PROTEST"))
                .extracting(event -> codes(event.actors()), event -> event.rule())
                .containsExactly(tuple("BOL", "protest.block"));
    }
}
