package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "said X and would not accept Y": a predicate joined to the reporting verb whose tense is that of
 * reported speech (a modal, "had") goes on with the report; "and has met" is the reporter's own act.
 */
class BackshiftedPredicateTest {

    private static List<Quote> indirect(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text).stream().filter(quote -> !quote.direct()).toList();
    }

    @Test
    void aModalPredicateAfterAPartialQuotationIsReported() {
        assertThat(indirect("Egypt's foreign ministry said Cairo \"fully backs the sovereignty of Sudan\" and would not accept "
                + "foreign bases on the Red Sea coast."))
                .extracting(Quote::text)
                .contains("would not accept foreign bases on the Red Sea coast");
    }

    @Test
    void aModalPredicateAfterButIsReportedWithTheSameSpeaker() {
        assertThat(indirect("Foreign Minister Ana Lopez said Chile remained committed to the talks but would not accept new conditions."))
                .extracting(Quote::text, Quote::speakerName)
                .contains(tuple("Chile remained committed to the talks", "Ana Lopez"), tuple("would not accept new conditions", "Ana Lopez"));
    }

    @Test
    void aPastPerfectPredicateAfterAQuotedComplementIsReported() {
        assertThat(indirect("A U.S. State Department spokesperson said Washington was \"troubled by reports of arbitrary arrests\" "
                + "and had raised its concerns with the Ugandan government."))
                .extracting(Quote::text)
                .contains("had raised its concerns with the Ugandan government");
    }

    @Test
    void aPresentPerfectPredicateIsTheReportersOwnAct() {
        assertThat(indirect("Prime Minister Mark Rutte said the deal was fair and has met opposition leaders twice this week."))
                .extracting(Quote::text).noneMatch(text -> text.contains("has met") || text.startsWith("met opposition"));
    }
}
