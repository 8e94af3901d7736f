package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Condemned the attack": the recipient is the actor of the earlier event of the kind the noun names, not of the article's first event. */
class AnaphoricKindTest {

    @Test
    void condemnedAttackPointsAtTheAttacker() {
        List<Event> events = CoderFixture.code("2025-02-11", "Eritrea and Ethiopia agreed on Monday to reopen their border crossings. "
                + "On Tuesday Sudanese forces shelled Ethiopian army positions near the border. "
                + "Egypt condemned the attack.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("EGY", "SDN"));
    }

    @Test
    void attackNamingItsTargetWithNoAttackCodedIsNotTheLeadsFirstEvent() {
        List<Event> events = CoderFixture.code("2026-07-22", "Kosovo police closed two crossings with Serbia on Tuesday "
                + "after unknown gunmen fired on a patrol near the border. Serbia denied any role, and its president "
                + "accused Kosovo of harassing ethnic Serbs. "
                + "The French embassy condemned the attack on the patrol.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SRB", "XKX"), tuple("FRA", ""));
    }
}
