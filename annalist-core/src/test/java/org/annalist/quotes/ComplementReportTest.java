package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Indirect speech that is a verb's complement: a promise's infinitive, a demanded object, a charge in two gerunds. */
class ComplementReportTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2026-05-20 " + text);
    }

    @Test
    void aVowsInfinitiveIsWhatWasPromised() {
        List<Quote> quotes = quotes("Opposition leader Dana Petrescu vowed to block the budget until the finance minister resigns.");
        assertThat(quotes).filteredOn(quote -> !quote.direct())
                .extracting(Quote::text, Quote::speakerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("to block the budget until the finance minister resigns", "Dana Petrescu"));
    }

    @Test
    void aDemandsObjectThatNamesNoActorIsWhatWasDemanded() {
        List<Quote> quotes = quotes("Chile's Foreign Ministry demanded the immediate return of the fishing boat and its crew.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("immediate return of the fishing boat"))
                .extracting(Quote::speakerName).containsExactly("Foreign Ministry");
    }

    @Test
    void anAppealWhoseObjectIsTheHearerNeedsAnInfinitive() {
        List<Quote> quotes = quotes("Chile's Foreign Ministry urged Peru on Monday.");
        assertThat(quotes).isEmpty();
    }

    @Test
    void aSecondGerundJoinedToTheChargeIsPartOfTheCharge() {
        List<Quote> quotes = quotes("Iceland's coast guard boarded a foreign trawler on Monday, accusing its captain of catching undersized cod "
                + "and switching off the vessel's transponder.");
        assertThat(quotes).filteredOn(quote -> !quote.direct()).extracting(Quote::text)
                .anyMatch(text -> text.contains("catching undersized cod and switching off the vessel's transponder"));
    }
}
