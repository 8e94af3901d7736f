package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers whose name stands beside a role the parser hangs it on, or after adjectives of nationality. */
class SpeakerNamedBesideItsRoleTest {

    @Test
    void nameOnARoleNounInAppositionIsTheSpeaker() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2026-06-02 CHISINAU (Reuters) - Police searched the offices of the opposition "
                + "Renewal bloc on Tuesday. Its leader, the exiled tycoon Viktor Ralenko, called the searches \"a political vendetta\" "
                + "in a video posted online.");
        assertThat(quotes).filteredOn(quote -> quote.text().startsWith("a political vendetta"))
                .extracting(Quote::speakerName)
                .containsExactly("Viktor Ralenko");
    }

    @Test
    void nameAfterNationalityAndTitleBeforeAnAsideIsTheSpeaker() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2026-07-09 SANTIAGO (Reuters) - Chilean President Marta Ibanez, who has pushed "
                + "for closer trade ties with Lima since taking office last year, urged Peru to \"return to the negotiating table.\"");
        assertThat(quotes).filteredOn(quote -> quote.direct() && quote.text().startsWith("return to the negotiating table"))
                .extracting(Quote::speakerName)
                .containsExactly("Marta Ibanez");
    }
}
