package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A warning against something and a noted report are what the speaker said, with the verb. */
class ReportedPhraseTest {

    private static List<Quote> indirect(String text) {
        return QuoteFixture.quotes(" date 2026-06-03 " + text).stream().filter(quote -> !quote.direct()).toList();
    }

    @Test
    void aWarningAgainstAnActIsReportedWithItsVerb() {
        assertThat(indirect("Opposition leader Maria Kolesnikova welcomed the amnesty but warned against easing the sanctions on Minsk."))
                .extracting(Quote::text, Quote::speakerName)
                .containsExactly(tuple("warned against easing the sanctions on Minsk", "Maria Kolesnikova"));
    }

    @Test
    void notedReportsOfSomethingAreReportedWithTheVerb() {
        assertThat(indirect("The African Union mission praised the calm voting but noted reports of vote buying in three provinces."))
                .extracting(Quote::text, Quote::speakerName)
                .containsExactly(tuple("noted reports of vote buying in three provinces", "African Union mission"));
    }

    @Test
    void aBareReportNounOrAnotherPrepositionReportsNothing() {
        assertThat(indirect("Foreign Minister Ivan Petrov noted the reports. He warned about the weather on the coast.")).isEmpty();
    }
}
