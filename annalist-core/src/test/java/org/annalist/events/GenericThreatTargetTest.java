package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A threatened act aimed at a quantified noun that names no party ("any aggression", "any company
 * working there") is aimed at nobody named: no fallback (the event it answers, the article's other
 * country) may supply a recipient. A quantified noun that names a country keeps it.
 */
class GenericThreatTargetTest {

    private static List<Event> threats(String text) {
        return CoderFixture.eventsOfType("2025-05-20", "THREATEN", text);
    }

    @Test
    void responseToAnyAggressionNamesNoRecipient() {
        assertThat(threats("Pakistani troops shelled border posts in Kashmir on Monday. "
                + "\"We will respond firmly to every provocation,\" an Indian army spokesman said."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("IND", ""));
    }

    @Test
    void warningThatAnyCompanyWouldBeTargetedNamesNoRecipient() {
        assertThat(threats("Indonesian police arrested a separatist commander in Papua on Monday. "
                + "The separatist group warned that any company building the road would be treated as an enemy."))
                .extracting(event -> codes(event.recipients()))
                .containsExactly("");
    }

    @Test
    void warningThatOwnFightersWouldAttackAnyForeignSoldiersNamesNoRecipient() {
        assertThat(threats("The United States sent advisers to Haiti on Monday. "
                + "Haiti's gang leader warned that his fighters would attack any foreign soldiers who entered the capital."))
                .extracting(event -> codes(event.recipients()))
                .containsExactly("");
    }

    @Test
    void threatToAttackAnyNewspaperLendsNoRecipient() {
        assertThat(threats("Niger's junta suspended two radio stations on Monday. "
                + "Boko Haram threatened to attack any newspaper that published the army's statements."))
                .extracting(event -> codes(event.recipients()))
                .containsExactly("");
    }

    @Test
    void quantifiedTargetThatNamesACountryKeepsIt() {
        assertThat(threats("Russia's coast guard warned that any Norwegian trawler found in the zone would be detained."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("RUS", "NOR"));
    }
}
