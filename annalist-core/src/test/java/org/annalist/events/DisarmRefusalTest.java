package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** An armed group's refusal to give up its arms answers its own state, not the foreign side that struck it. */
class DisarmRefusalTest {

    private static final String STORY = "Israeli jets struck Hezbollah positions near Tyre on Sunday, the Lebanese army said. ";

    @Test
    void aRebelRefusalToDisarmIsAimedAtItsOwnCountry() {
        assertThat(CoderFixture.code("2026-04-12", STORY
                + "Hezbollah's deputy leader said on Monday that the group would not give up its weapons.").events())
                .filteredOn(event -> event.event().equals("REJECT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("LBN", "LBN"));
    }

    @Test
    void aStateRefusingToGiveUpItsArmsKeepsTheForeignRecipient() {
        assertThat(CoderFixture.code("2026-04-12", "Japan's defence minister urged Pyongyang on Sunday to dismantle its missile programme. "
                + "North Korea said it would never give up its nuclear weapons.").events())
                .filteredOn(event -> event.event().equals("REJECT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("PRK", "JPN"));
    }
}
