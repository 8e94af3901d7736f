package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Arce and Boric agreed to …, presidential spokesman Jorge Richter said. He said …": a personal
 * pronoun reporting right after a person's report continues that reporter, not a person the
 * report was about; a reporter of the other gender, or a body, leaves the pronoun alone.
 */
class PronounForTheReporterBeforeTest {

    private static List<Quote> indirect(String text) {
        return QuoteFixture.quotes(" date 2026-03-11 " + text).stream().filter(quote -> !quote.direct()).toList();
    }

    @Test
    void theNextHeIsTheSpokesmanWhoJustReported() {
        assertThat(indirect("President Luis Arce and Chile's leader, Gabriel Boric, agreed to reopen the crossing during a call on Sunday, "
                + "presidential spokesman Jorge Richter said in a statement. He said the two leaders would meet in La Paz in March."))
                .filteredOn(quote -> quote.text().startsWith("the two leaders"))
                .extracting(Quote::speakerName)
                .containsExactly("Jorge Richter");
    }

    @Test
    void aReporterOfTheOtherGenderLeavesThePronounToItsPerson() {
        assertThat(indirect("President Luis Arce met Chile's leader on Sunday. Spokeswoman Maria Quiroga said the talks went well. "
                + "He said the two leaders would meet again in March."))
                .filteredOn(quote -> quote.text().startsWith("the two leaders"))
                .extracting(Quote::speakerName)
                .doesNotContain("Maria Quiroga");
    }
}
