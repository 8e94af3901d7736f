package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** A government's refusal named without its target does not answer a rights group's report just before it. */
class RightsGroupNotAnsweredTest {

    @Test
    void refusalAfterRightsGroupCriticismIsNotAimedAtTheGroup() {
        assertThat(CoderFixture.code("2025-07-02", "NAIROBI, July 2 - Kenyan police fired tear gas at protesters in Nairobi on Tuesday. "
                + "Amnesty International accused the police of beating demonstrators. "
                + "The government refused to withdraw the tax increases.").events())
                .filteredOn(event -> event.event().equals("REJECT"))
                .isNotEmpty()
                .allSatisfy(event -> assertThat(codes(event.recipients())).doesNotContain("NGO"));
    }
}
