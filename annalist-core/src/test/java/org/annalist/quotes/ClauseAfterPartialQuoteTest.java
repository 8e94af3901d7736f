package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A partial quotation followed by ", and <new clause>" is not framed by that clause's verb; a
 * quotation given as the reason of a speech act ("praised X for “…”") is the speaker's.
 */
class ClauseAfterPartialQuoteTest {

    private static List<Quote> direct(String text) {
        return QuoteFixture.quotes(" date 2026-05-06 " + text).stream().filter(Quote::direct).toList();
    }

    @Test
    void aClauseJoinedAfterThePartialQuoteIsNoFrame() {
        List<Quote> quotes = direct("Relations were already strained. Estonia on Wednesday expelled a Russian diplomat for activities "
                + "“incompatible with his diplomatic status,” and Moscow has promised a response.");
        assertThat(quotes).extracting(Quote::speakerName).containsOnlyNulls();
    }

    @Test
    void aReasonGivenForPraiseIsThePraisersWords() {
        List<Quote> quotes = direct("Amnesty International praised the judges for “finally hearing the voices of the victims,” "
                + "and urged the authorities to arrest the commander.");
        assertThat(quotes).extracting(Quote::speakerName).containsExactly("Amnesty International");
    }
}
