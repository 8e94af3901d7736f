package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An unnamed judge or bench ("the judge wrote in the order", "the three judges ruled") speaks for
 * the one court named before (frame-words.tsv roles court-member and court-word); a named judge
 * speaks as a person, and with two courts named nobody is guessed.
 */
class CourtBenchSpeaksTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2027-06-01 " + text);
    }

    @Test
    void theUnnamedJudgeSpeaksForTheCourt() {
        List<Quote> quotes = quotes("Malawi's High Court on Tuesday suspended the ban on opposition rallies.\n\n"
                + "“The right to assemble cannot be switched off by a police memo,” the judge wrote in the order.");
        assertThat(quotes).filteredOn(Quote::direct).extracting(Quote::speakerName).containsExactly("High Court");
    }

    @Test
    void aNamedJudgeSpeaksAsAPerson() {
        List<Quote> quotes = quotes("Malawi's High Court on Tuesday suspended the ban on opposition rallies.\n\n"
                + "“The right to assemble cannot be switched off by a police memo,” Justice Chifundo Banda wrote in the order.");
        assertThat(quotes).filteredOn(Quote::direct).extracting(Quote::speakerName).containsExactly("Chifundo Banda");
    }
}
