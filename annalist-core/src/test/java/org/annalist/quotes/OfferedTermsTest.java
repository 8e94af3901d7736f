package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words quoted inside an offer or an invitation are the terms the offerer or host set, in
 * their own words (speech-verbs.tsv: offer, invite as stance verbs); but words a speech verb
 * further down reported stay that verb's, not the offer's above it.
 */
class OfferedTermsTest {

    private static List<Quote> direct(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text).stream().filter(Quote::direct).toList();
    }

    @Test
    void wordsQuotedInsideAnOfferAreTheOfferersTerms() {
        assertThat(direct("Interior Minister Sofia Rendon offered on Tuesday to meet the strike leaders in Quito "
                + "\u201cwithout conditions and without a deadline.\u201d The leaders did not reply."))
                .extracting(Quote::text, Quote::speakerName)
                .containsExactly(tuple("without conditions and without a deadline.", "Sofia Rendon"));
    }

    @Test
    void wordsQuotedInsideAnInvitationAreTheHostsTerms() {
        assertThat(direct("Prime Minister Tomas Berhanu invited President Luka Hadzic to visit the capital "
                + "\u201cat any moment, on any day\u201d to discuss the dispute."))
                .extracting(Quote::text, Quote::speakerName)
                .containsExactly(tuple("at any moment, on any day", "Tomas Berhanu"));
    }

    @Test
    void wordsTheSpokespersonAddedAreNotTheOfferingCountrys() {
        List<Quote> quotes = direct("Germany offered to send field hospitals for the wounded, a spokesperson for the German embassy "
                + "in Tunis said, adding that Berlin had \"no intention at present\" to send soldiers.");
        assertThat(quotes).extracting(Quote::text).containsExactly("no intention at present");
        assertThat(quotes.get(0).speakerName()).isNotEqualTo("Germany");
    }
}
