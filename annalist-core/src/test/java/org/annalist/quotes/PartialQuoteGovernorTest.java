package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words quoted at the end of a sentence whose parse hides the reporting verb from them: after
 * "as" ("dismissed the report as “…”"), with the quoted predicate made the sentence's head and
 * "said" hung from it, or framed by a parenthetical "she said" earlier in the sentence.
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
    void aParentheticalReportingVerbFramesTheQuotationInItsSentence() {
        assertThat(direct("Trade Minister Ana Lopez spoke to reporters in Lima on Monday. "
                + "Any new tariffs, she said, would prove that Washington \"never wanted a deal in the first place.\""))
                .extracting(Quote::text, Quote::speakerName)
                .containsExactly(tuple("never wanted a deal in the first place.", "Ana Lopez"));
    }

    @Test
    void aQuotedPredicateAfterSaidIsTheSpeakersEvenWhenItHeadsTheParse() {
        assertThat(direct("Trade Minister Maria Lopes said Brazil was \"a reliable partner that keeps its markets open.\""))
                .extracting(Quote::text, Quote::speakerName)
                .containsExactly(tuple("a reliable partner that keeps its markets open.", "Maria Lopes"));
    }
}
