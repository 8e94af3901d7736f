package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/**
 * "the two" after a meeting of two parties stands for both of them, also where the parser joined it to the
 * noun before ("spoke with X's president, and the two agreed"); a counted "two" ("two of its frigates", "the two,
 * a teacher and an engineer,") stays a count; a controlling verb misread as an auxiliary keeps its subject.
 */
class TheTwoAsPartiesTest {

    @Test
    void theTwoAfterATelephoneCallAreBothCallers() {
        assertThat(CoderFixture.code("2025-03-04", "Kenyan President William Ruto spoke by telephone on Sunday with Tanzania's "
                + "president, Samia Suluhu Hassan, and the two agreed to reopen the Namanga border crossing.").events())
                .filteredOn(event -> event.event().equals("AGREE"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("KEN,TZA");
    }

    @Test
    void theTwoAsPlainSubjectAreTheCallersOfTheSameSentence() {
        assertThat(CoderFixture.code("2025-03-04", "Chile's foreign minister met his Argentine counterpart in Santiago on Monday. "
                + "The two agreed that a joint commission should survey the glacier.").events())
                .filteredOn(event -> event.event().equals("AGREE"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("ARG,CHL");
    }

    @Test
    void twoOfItsShipsAreNotThePairOfCountries() {
        assertThat(CoderFixture.code("2025-03-04", "Chile's foreign minister met his Argentine counterpart in Santiago on Monday. "
                + "Two of the navy's frigates agreed to escort the convoy.").events())
                .filteredOn(event -> event.event().equals("AGREE"))
                .allSatisfy(event -> assertThat(codes(event.actors())).isNotEqualTo("ARG,CHL"));
    }

    @Test
    void aControllingVerbReadAsAnAuxiliaryKeepsItsSubject() {
        assertThat(CoderFixture.code("2025-03-04", "Iran seized a tanker in the Strait of Hormuz on Tuesday. Oman, which has long "
                + "carried messages between Iran and the West, offered to help resolve the matter, a diplomat in Muscat said.").events())
                .filteredOn(event -> event.event().equals("AGREE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("OMN", ""));
    }
}
