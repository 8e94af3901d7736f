package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The errand a diplomat is summoned for is the summoner's act, not the diplomat's. */
class SummonerSubjectTest {

    @Test
    void protestAfterSummoningTheAmbassadorIsTheSummoners() {
        assertThat(CoderFixture.code("2025-03-04", "Chile's foreign ministry summoned Peru's ambassador on Monday "
                + "to protest the arrest of two Chilean fishermen.").events())
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .isNotEmpty()
                .containsOnly(tuple("CHL", "PER"));
    }

    @Test
    void lodgedProtestAfterSummoningIsTheSummoners() {
        assertThat(CoderFixture.code("2025-03-04", "Chile's deputy foreign minister summoned the Peruvian ambassador, Luis Castro, "
                + "to lodge a protest over the fishing ban.").events())
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()))
                .isNotEmpty()
                .containsOnly("CHL");
    }

    @Test
    void helpByPeopleSentIsTheSendersAid() {
        assertThat(CoderFixture.code("2025-03-04", "Moldova's border police said on Tuesday that Romania would send "
                + "40 officers to help guard the frontier.").events())
                .filteredOn(event -> event.event().equals("AID"))
                .extracting(event -> codes(event.actors()))
                .isNotEmpty()
                .containsOnly("ROU");
    }
}
