package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A violent verb whose object is a thing, no party ("beating the drums of war", "hit a snag"), is no attack. */
class ViolentVerbIdiomTest {

    @Test
    void beatingTheDrumsOfWarIsNoBeating() {
        assertThat(CoderFixture.eventsOfType("2025-04-02", "ASSAULT", "Armenia's foreign minister said on Tuesday that "
                + "Azerbaijan had been beating the drums of war along the border for weeks.")).isEmpty();
    }

    @Test
    void talksThatHitASnagAreNoAttack() {
        assertThat(CoderFixture.eventsOfType("2025-04-02", "ASSAULT", "Talks between Serbia and Kosovo hit a snag on Tuesday, "
                + "and Serbia struck a conciliatory note.")).isEmpty();
    }

    @Test
    void beatingOfProtestersIsStillAnAssault() {
        assertThat(CoderFixture.eventsOfType("2025-04-02", "ASSAULT", "Police in Nairobi beat protesters with batons on Tuesday."))
                .extracting(Event::rule).containsExactly("assault.beat");
    }
}
