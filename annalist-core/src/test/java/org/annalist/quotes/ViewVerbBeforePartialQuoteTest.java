package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "X said Kabul was ready to talk “but not under threat”": a view or stance verb right before a
 * quotation, with no colon or comma, takes the words as its object or adjunct; its subject is the
 * party the reporter talks about, so the reporting verb above decides the speaker.
 */
class ViewVerbBeforePartialQuoteTest {

    private static List<String> speakersOf(String text, String start) {
        return QuoteFixture.quotes(" date 2027-05-02 " + text).stream()
                .filter(quote -> quote.direct() && quote.text().startsWith(start)).map(Quote::speakerName).toList();
    }

    @Test
    void stanceVerbOfTheReportedPartyDoesNotSpeak() {
        assertThat(speakersOf("Nepal's deputy foreign minister, Ram Prasad Adhikari, said Kathmandu was willing to talk "
                + "\"but not under threat.\"", "but not under threat")).containsExactly("Ram Prasad Adhikari");
    }

    @Test
    void viewVerbOfTheReportedPartyDoesNotSpeak() {
        assertThat(speakersOf("The ministry's spokesman, Arvind Mehra, told a briefing that New Delhi wished to see "
                + "\u201Cpeaceful and credible polls\u201D in the neighbourhood.", "peaceful and credible polls"))
                .containsExactly("Arvind Mehra");
    }
}
