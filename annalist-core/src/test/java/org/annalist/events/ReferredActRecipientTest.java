package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recipients the domestic fallback used to give the reacting side's own country: a bare noun that
 * refers back to another side's act or meeting ("condemned this act", "condemned the meeting",
 * "welcomed the loan"), and a kind of armed group killed in a story naming that group.
 */
class ReferredActRecipientTest {

    @Test
    void condemnedActPointsAtTheEarlierAttacker() {
        List<Event> events = CoderFixture.code("2026-03-10", "TALLINN, March 10 (Reuters) - Russian border guards fired water cannon at an "
                + "Estonian patrol boat on Lake Peipus on Monday, Estonia's government said. "
                + "\"We condemn this reckless and unlawful act,\" Estonian Foreign Minister Margus Tamm told reporters.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("EST", "RUS"));
    }

    @Test
    void condemnedMeetingPointsAtBothSidesThatMet() {
        List<Event> events = CoderFixture.code("2026-04-03", "Japan's defence minister met his Philippine counterpart in Manila on Friday. "
                + "China condemned the meeting.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("CHN", "JPN,PHL"));
    }

    @Test
    void welcomedLoanPointsAtTheLender() {
        List<Event> events = CoderFixture.code("2026-05-12", "Kuwait agreed a loan of 300 million dollars with Jordan's government on Monday. "
                + "Jordanian officials welcomed the loan.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("SUPPORT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("JOR", "KWT"));
    }

    @Test
    void holdingTheMeetingDoesNotReferBackToItself() {
        List<Event> events = CoderFixture.code("2026-06-02", "Indian and Pakistani officials will meet in Doha next week. "
                + "Qatar welcomed the decision of New Delhi and Islamabad to hold the meeting in its capital.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("CONSULT") && event.evidence().trigger().text().contains("hold"))
                .allSatisfy(event -> assertThat(codes(event.recipients())).doesNotContain("IND").doesNotContain("PAK"));
    }

    @Test
    void militantsKilledInAStoryNamingTheirGroupAreThatGroup() {
        List<Event> events = CoderFixture.code("2026-07-20", "MAIDUGURI, Nigeria, July 20 - Islamic State West Africa Province fighters "
                + "raided a village in Borno state on Saturday. Nigerian troops killed at least 12 militants in a gunfight near the "
                + "village, the army said.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("ASSAULT") && event.evidence().trigger().text().contains("killed"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("NGA", "IMG"));
    }

    @Test
    void actNamingItsOwnObjectTakesNoGuessFromTheLead() {
        // the first event with a foreign doer is Amnesty's accusation; "the release of 37 protesters" is not about it
        List<Event> events = CoderFixture.code("2026-07-08", "NAIROBI, July 8 (AFP) - Kenyan police fired tear gas and live rounds at thousands of protesters in Nairobi on Tuesday as demonstrations against a new finance bill spread to at least 12 counties, rights groups said.\n"
                + "\n"
                + "Amnesty International Kenya said at least four people were killed and dozens wounded. It accused the police of using \"excessive and lethal force\" and called for an independent investigation.\n"
                + "\n"
                + "Interior Minister Kipchumba Murkomen defended the officers, saying they had acted to protect lives and property. \"We will not allow criminals to hide behind peaceful protest,\" he told reporters.\n"
                + "\n"
                + "The main opposition coalition, led by former prime minister Raila Odinga, has called for a nationwide strike on Friday and urged supporters to stay away from work until the bill is withdrawn.\n"
                + "\n"
                + "President William Ruto said on Monday he was ready to meet opposition leaders but would not scrap the tax measures, which he said were needed to repay loans from the International Monetary Fund.\n"
                + "\n"
                + "The United States and Britain urged restraint. The British High Commission in Nairobi said in a statement it was \"deeply concerned by reports of deaths\" and called on all sides to engage in dialogue.\n"
                + "\n"
                + "A court in Nairobi on Wednesday ordered the release of 37 protesters arrested over the weekend, ruling that police had held them without charge for longer than the law permits.\n"
                + "").events();
        assertThat(events)
                .filteredOn(event -> event.rule().equals("request.order"))
                .allSatisfy(event -> assertThat(codes(event.recipients())).doesNotContain("NGO"));
    }
}
