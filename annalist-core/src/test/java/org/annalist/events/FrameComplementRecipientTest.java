package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A frame event named without its own target ("pushed for language condemning Israeli incursions")
 * takes the recipient of the first complement event it absorbs, in text order: the condemnation's,
 * aimed at Israel. (In a development article the complements disagreed and a hash order flipped the
 * recipient between ISR and SYR from one JVM run to the next; the order is now the candidates' own.
 * One JVM cannot show that flip, so this test pins the behaviour, not the determinism.)
 */
class FrameComplementRecipientTest {

    @Test
    void frameTakesTheRecipientOfItsFirstComplementInTextOrder() {
        List<Event> events = CoderFixture.code("2026-06-25", "Israeli troops crossed into the Syrian side of the Golan "
                + "Heights on Monday, Syria's foreign ministry said. Damascus called the raid a violation of the 1974 "
                + "disengagement accord. A diplomat at the United Nations said Russia had pushed for language condemning "
                + "Israeli incursions but dropped it after American objections.").events();
        assertThat(events).filteredOn(event -> event.rule().equals("request.push-for"))
                .singleElement()
                .satisfies(event -> assertThat(event.recipients()).extracting(EventParty::code).containsExactly("ISR"));
    }
}
