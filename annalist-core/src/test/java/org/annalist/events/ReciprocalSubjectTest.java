package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "both governments" among three or more named codes: the two that are not the clause's subject. */
class ReciprocalSubjectTest {

    @Test
    void bothGovernmentsAfterTheSubjectAreTheTwoOthers() {
        assertThat(CoderFixture.code("2025-05-09", "Turkey's foreign minister spoke by telephone with his Somali and Ethiopian "
                + "counterparts on Thursday and urged both governments to avoid any escalation.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("TUR", "ETH,SOM"));
    }

    @Test
    void bothSidesBeforeTheSubjectAreStillTheFirstTwo() {
        assertThat(CoderFixture.code("2025-05-09", "Israel and Hamas traded accusations on Thursday, as Egyptian and Qatari "
                + "mediators urged both sides to extend the truce.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("EGY,QAT", "ISR,PSE"));
    }

    @Test
    void mediatorNamedInThePreviousSentenceIsNotOneOfBothCapitals() {
        assertThat(CoderFixture.code("2025-05-09", "Armenian and Azerbaijani troops exchanged fire on the border on Monday, and "
                + "Armenia accused Azerbaijan of shelling a village. Azerbaijan blamed Armenia for the clash. "
                + "Kazakhstan and Georgia offered to host talks. A Kazakh diplomat said Astana had been in contact with both capitals.")
                .events())
                .filteredOn(event -> event.event().equals("CONSULT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("KAZ", "ARM,AZE"));
    }
}
