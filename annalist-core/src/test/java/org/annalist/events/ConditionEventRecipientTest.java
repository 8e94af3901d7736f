package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A threat conditioned on an act named again by its noun ("if the exercises continued") is aimed at
 * whoever does that act, not at a country the noun happens to be near nor the article's other country.
 */
class ConditionEventRecipientTest {

    @Test
    void threatConditionedOnExercisesIsAimedAtTheirHolder() {
        List<Event> events = CoderFixture.code("2025-04-10", "NATO began large naval exercises in the Baltic Sea on Monday, "
                + "with ships from twelve member states. "
                + "Russia warned on Tuesday that it would take military countermeasures if the exercises near its border with Estonia continued.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("THREATEN"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("RUS", "NATO"));
    }

    @Test
    void threatConditionedOnNamedPartyStillTakesIt() {
        List<Event> events = CoderFixture.code("2025-04-10", "Pyongyang warned on Friday that it would respond with force "
                + "if Washington and Seoul staged any provocation.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("THREATEN"))
                .extracting(event -> codes(event.recipients()))
                .containsExactly("KOR,USA");
    }

    @Test
    void threatOfTheActorsOwnSideTakesThePartiesItsConditionNames() {
        // the complement's subject is the actor's own country; the condition says whom the warning is aimed at
        List<Event> events = CoderFixture.code("2025-04-10", "Kenyan cattle raiders attacked a Ugandan army post near the lake on Sunday. "
                + "Uganda's defence minister warned on Monday that Uganda would withdraw its battalions from the regional force "
                + "if Kenya and Tanzania did not deploy more troops to the border.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("THREATEN"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("UGA", "KEN,TZA"));
    }
}
