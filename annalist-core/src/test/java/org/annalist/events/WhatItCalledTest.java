package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Condemned what she called China's behaviour": the condemned thing is the one named, with its owner as recipient. */
class WhatItCalledTest {

    @Test
    void condemnationOfWhatWasCalledSomeonesConductTargetsItsOwner() {
        assertThat(CoderFixture.code("2025-08-20", "The Japanese ambassador condemned what he called Russia's dangerous behaviour "
                + "near the islands.").events())
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("JPN", "RUS"));
    }
}
