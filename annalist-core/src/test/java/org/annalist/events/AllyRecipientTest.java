package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** A foreign actor's ally named only by a pronoun ("stood with its ally") is the article's country. */
class AllyRecipientTest {

    private static final String STORY = "Venezuelan navy boats ordered a Guyanese survey vessel out of disputed waters "
            + "on Sunday, Guyana's government said. Guyana said it would raise the matter at the United Nations. ";

    @Test
    void foreignActorStandingWithItsAllySupportsTheArticlesCountry() {
        assertThat(CoderFixture.code("2026-05-04", STORY + "The British Foreign Office said London stood with its ally.").events())
                .filteredOn(event -> event.event().equals("SUPPORT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("GBR", "GUY"));
    }

    @Test
    void pluralAlliesOwnedByThePronounAreNotTheSpeakersOwnCountry() {
        assertThat(CoderFixture.code("2026-05-04", STORY + "The British Foreign Office said Britain stands with our allies.").events())
                .filteredOn(event -> event.event().equals("SUPPORT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("GBR", "GUY"));
    }
}
