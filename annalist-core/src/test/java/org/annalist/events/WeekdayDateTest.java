package org.annalist.events;

import static org.annalist.events.CoderFixture.eventsOfType;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A weekday name dates an event by the tense of the verb it belongs to (stories dated Wednesday 2026-03-11). */
class WeekdayDateTest {

    private static final String WEDNESDAY = "2026-03-11";

    private static LocalDate dateOf(String type, String text) {
        return eventsOfType(WEDNESDAY, type, text).get(0).date();
    }

    @Test
    void aWeekdayOfAPastVerbIsTheLatestSuchDay() {
        assertThat(dateOf("COERCE", "Ghanaian police arrested two Togolese smugglers on Monday, officials said."))
                .isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aWeekdayOfAFutureVerbIsTheNextSuchDay() {
        assertThat(dateOf("CONSULT", "The Ghanaian foreign minister will meet his Togolese counterpart in Accra on Monday."))
                .isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void aWeekdayOnANounFollowsTheEventsTense() {
        Event signing = CoderFixture.code(WEDNESDAY,
                "Ghana signed a fisheries agreement with Togo on Tuesday that will open its waters to Togolese boats.").events().get(0);

        assertThat(signing.evidence().trigger().text()).startsWith("signed");
        assertThat(signing.date()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void anInfinitiveTakesNoTenseOfItsOwn() {
        assertThat(dateOf("REJECT", "Ghana refused to receive a Togolese delegation on Monday, officials said."))
                .isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void lastAndNextSayTheirDirection() {
        assertThat(dateOf("COERCE", "Ghanaian police arrested two Togolese smugglers last Thursday.")).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(dateOf("CONSULT", "Ghana's president will visit Togo next Thursday.")).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void aWeekdayOfTheTalksAnInvitationPointsToDoesNotDateTheInvitation() {
        Event invitation = CoderFixture.eventsOfType(WEDNESDAY, "AGREE",
                "Ghana's labour minister invited union leaders to talks in Kumasi on Friday.").get(0);

        assertThat(invitation.date()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(invitation.aux()).doesNotContain(Modality.FUTURE);
    }

    @Test
    void aWeekdayOfTheTalksDoesNotMakeTheirRefusalAPlan() {
        Event refusal = CoderFixture.eventsOfType(WEDNESDAY, "REJECT",
                "Ghana's largest teachers' union had turned down an invitation from the labour ministry to talks on Friday, its leader said.").get(0);

        assertThat(refusal.date()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(refusal.aux()).doesNotContain(Modality.FUTURE);
    }

    @Test
    void aFutureInvitationToTalksKeepsTheTalksComingDay() {
        assertThat(dateOf("AGREE", "Ghana's labour minister said he would invite union leaders to talks in Kumasi on Friday."))
                .isEqualTo(LocalDate.of(2026, 3, 13));
    }
}
