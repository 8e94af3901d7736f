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

    @Test
    void bothSidesInAOneCountryStoryAreThatCountrysOwn() {
        assertThat(CoderFixture.code("2025-05-09", "Gunmen loyal to Libya's eastern government surrounded a bank in Benghazi on "
                + "Wednesday. Libya's rival government in Tripoli condemned the move, and Libya's parliament backed the eastern "
                + "government. Turkey, which backs the Tripoli government, made no comment. "
                + "Libya's central bank governor, Omar Salem, urged both sides to keep the bank out of their quarrel.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("LBY", "LBY"));
    }
}
