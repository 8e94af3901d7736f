package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "…, accusing X of …" closing a sentence: the accusation is the clause subject's own act
 * ({@link ParticipleSubject}), and a pronoun object stands for the party the clause acted on
 * ({@link ParticipleObject}).
 */
class ClosingParticipleTest {

    @Test
    void closingAccusationIsTheClauseSubjectsAct() {
        assertThat(CoderFixture.code("2025-06-02", "Mali's foreign ministry recalled its ambassador from Denmark on Monday, "
                + "accusing Copenhagen of meddling in the election.").events())
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("MLI", "DNK"));
    }

    @Test
    void closingAccusationReadAsAModifierOfItsObjectKeepsBothRoles() {
        // the parser makes "accusing" an adjective of "Copenhagen", the object of "expelled"
        assertThat(CoderFixture.code("2025-06-02", "Mali's military government expelled the Danish ambassador on Monday, "
                + "accusing Copenhagen of meddling in its affairs.").events())
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("MLI", "DNK"));
    }

    @Test
    void pronounObjectOfClosingAccusationIsTheClausesTarget() {
        assertThat(CoderFixture.code("2025-06-02", "Ecuador cut diplomatic relations with Peru on Friday, "
                + "accusing it of sheltering a fugitive former minister.").events())
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ECU", "PER"));
    }

    @Test
    void participleAfterATimeSubordinatorIsTheClauseSubjectsAct() {
        assertThat(CoderFixture.code("2025-06-02", "Japan's foreign minister announced the pledge after meeting Philippine "
                + "Foreign Secretary Teresita Lazaro in Manila on Tuesday.").events())
                .filteredOn(event -> event.event().equals("CONSULT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("JPN", "PHL"));
    }

    @Test
    void closingParticipleOfAnotherKindGetsNoActorOfItsOwn() {
        // "vowing" is not a participle-act: the pledge restates the main clause, no AGREE of its own
        assertThat(CoderFixture.code("2025-06-02", "The Kenyan government closed the border with Somalia on Monday, "
                + "vowing to keep it shut until the attacks stopped.").events())
                .extracting(Event::event)
                .doesNotContain("AGREE");
    }

    @Test
    void closingAppealIsTheClauseSubjectsAct() {
        assertThat(CoderFixture.code("2025-06-02", "Estonia's prime minister addressed parliament on Tuesday, "
                + "urging the European Union to tighten its sanctions on Russian shipping.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("EST", "EUR"));
    }

    @Test
    void closingWelcomeIsTheClauseSubjectsAct() {
        assertThat(CoderFixture.code("2025-06-02", "Ghana's foreign minister issued a statement on Friday, "
                + "welcoming Togo's decision to reopen the border.").events())
                .filteredOn(event -> event.event().equals("SUPPORT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("GHA", "TGO"));
    }

    @Test
    void closingThanksReadAsAModifierOfASecondSubjectKeepBothRoles() {
        // the parser may make "thanking" an adjective of "Berlin" and "Berlin" a second subject of "said"
        assertThat(CoderFixture.code("2025-06-02", "“These systems will protect our cities,” Ukrainian Defence Minister "
                + "Oleh Marchenko said, thanking Berlin.").events())
                .filteredOn(event -> event.event().equals("SUPPORT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("UKR", "DEU"));
    }

    @Test
    void closingAccusationHungOnTheLastNounIsTheClauseSubjectsAct() {
        // "accusing" hung as a clause on "drivers", inside the prepositional phrase of the main clause
        assertThat(CoderFixture.code("2025-06-02", "Chile's government recalled its ambassador after the detention of two "
                + "Chilean truck drivers in Bolivia, accusing La Paz of harassing its citizens.").events())
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("CHL", "BOL"));
    }

    @Test
    void closingAccusationAfterATimedParticipleClimbsToTheMainClause() {
        // "accusing" hung on "journalist", the object of "arresting", itself a clause on "day"
        assertThat(CoderFixture.code("2025-06-02", "Mali's junta suspended two French radio stations a day after arresting "
                + "a local journalist, accusing France of spreading propaganda.").events())
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("MLI", "FRA"));
    }

    @Test
    void closingRejectionIsTheClauseSubjectsAct() {
        assertThat(CoderFixture.code("2025-06-02", "Burkina Faso's foreign minister spoke on state television on Monday, "
                + "rejecting the ECOWAS appeal to release the detained officers.").events())
                .filteredOn(event -> event.event().equals("REJECT"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("BFA");
    }

    @Test
    void personPronounObjectIsThePersonTheClauseActedOn() {
        assertThat(CoderFixture.code("2025-06-02", "BISHKEK (Reuters) - An officer of Kyrgyzstan's border service said his unit had "
                + "stopped several herders at the crossing. Kyrgyzstan's security service said it had detained a Kazakh citizen near "
                + "the checkpoint on Sunday, accusing him of spying for a foreign state.").events())
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("KGZ", "KAZ"));
    }
}
