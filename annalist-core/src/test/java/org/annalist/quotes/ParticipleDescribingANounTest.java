package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reporting verb's participle that describes a noun inside a report ("a resolution condemning
 * the strikes", "warning shots") is a word of the report, not a report of its own cut out of it;
 * a conjunct with an object ("and denied any wrongdoing") is the reporter's next act and stays out.
 */
class ParticipleDescribingANounTest {

    private static List<String> indirect(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text).stream().filter(quote -> !quote.direct()).map(Quote::text).toList();
    }

    @Test
    void aParticipleQualifyingANounStaysInTheReport() {
        assertThat(indirect("A diplomat at the United Nations said France had pushed for a resolution condemning the strikes on Monday."))
                .contains("France had pushed for a resolution condemning the strikes on Monday");
    }

    @Test
    void warningShotsAreWordsOfTheReport() {
        assertThat(indirect("In Basra, the fishermen's union said Kuwaiti patrol boats had fired warning shots at three trawlers last week."))
                .contains("Kuwaiti patrol boats had fired warning shots at three trawlers last week");
    }

    @Test
    void aConjoinedDenialIsNotPartOfTheReport() {
        assertThat(indirect("Police arrested two union members on Tuesday. The union said the two men had been arrested at home and denied any wrongdoing."))
                .contains("the two men had been arrested at home")
                .noneMatch(text -> text.contains("the two men") && text.contains("wrongdoing"));
    }
}
