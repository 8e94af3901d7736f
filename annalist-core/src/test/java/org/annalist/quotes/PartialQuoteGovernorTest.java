package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words quoted at the end of a sentence whose parse hides the reporting verb from them: after
 * "as" ("dismissed the report as “…”"), or with the quoted predicate made the sentence's head and
 * "said" hung from it.
 */
class PartialQuoteGovernorTest {

    private static List<Quote> direct(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text).stream().filter(Quote::direct).toList();
    }

    @Test
    void wordsQuotedAfterAsAreTheDismissersCharacterisation() {
        assertThat(direct("President William Ruto dismissed the report as \"lies spread by people who want chaos in Kenya.\""))
                .extracting(Quote::text, Quote::speakerName)
                .containsExactly(tuple("lies spread by people who want chaos in Kenya.", "William Ruto"));
    }

    @Test
    void aRejectionAsQuotedWordsIsTheRejectersCharacterisation() {
        assertThat(direct("Foreign Minister Ana Lopez rejected the criticism as \"hypocritical, coming from a country that tested its own missile last year.\""))
                .extracting(Quote::text, Quote::speakerName)
                .containsExactly(tuple("hypocritical, coming from a country that tested its own missile last year.", "Ana Lopez"));
    }

    @Test
    void aQuotedPredicateAfterSaidIsTheSpeakersEvenWhenItHeadsTheParse() {
        assertThat(direct("Trade Minister Maria Lopes said Brazil was \"a reliable partner that keeps its markets open.\""))
                .extracting(Quote::text, Quote::speakerName)
                .containsExactly(tuple("a reliable partner that keeps its markets open.", "Maria Lopes"));
    }
}
