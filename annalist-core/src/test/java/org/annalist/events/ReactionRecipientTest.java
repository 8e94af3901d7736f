package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The recipient of a reaction to an act reported earlier ("condemned the strike", "welcomed the
 * decision") is the act's doer: through an earlier reaction that named the act by the same noun,
 * and, for a party outside the state, its own government when that government did the act.
 */
class ReactionRecipientTest {

    @Test
    void secondCondemnationOfTheStrikeIsAimedAtTheStriker() {
        // "called the strike" shares the noun; the strike itself was the Americans', not Colombia's
        List<Event> events = CoderFixture.code("2026-09-14", "BOGOTA, Sept 14 (Reuters) - U.S. warplanes destroyed a fishing boat "
                + "off Colombia's Caribbean coast on Sunday, killing six people on board, the Pentagon said. "
                + "Colombian Foreign Minister Laura Ospina called the strike \"a massacre of fishermen\". "
                + "Ecuador's foreign ministry condemned the strike in a statement on Monday.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("ACCUSE") && event.evidence().trigger().text().startsWith("condemned"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ECU", "USA"));
    }

    @Test
    void oppositionWelcomesItsOwnGovernmentsDecision() {
        // the EU's call is not what the opposition welcomed: the government's lifting of the ban is
        List<Event> events = CoderFixture.code("2026-10-06", "LUSAKA, Oct 6 (AFP) - Zambia's government lifted a ban on opposition "
                + "rallies on Tuesday. The European Union had urged Lusaka last month to respect freedom of assembly. "
                + "The leader of the opposition United Party for National Development welcomed the decision.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("SUPPORT") && event.evidence().trigger().text().startsWith("welcomed"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ZMB", "ZMB"));
    }
}
