package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "X thanked A for its help and called on B to …": the parser may hang the second, reporting
 * predicate on a noun, adjective or gerund of the first clause, leaving it no subject; it shares
 * the subject of the sentence's main verb. Inside a report ("said the ministry would … and …")
 * the second predicate is the report's, so no speaker is borrowed from the clause above it.
 */
class PredicateConjoinedToANounTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2026-03-12 " + text);
    }

    @Test
    void reportingPredicateAfterAnObjectSharesTheSubjectOfTheMainVerb() {
        List<Quote> quotes = quotes("Secretary-General António Guterres thanked Qatar for its efforts and again called on the rebels "
                + "to free all aid workers \u201Cwithout any further delay.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("without any further delay"))
                .extracting(Quote::speakerName).containsOnly("António Guterres");
    }

    @Test
    void reportingPredicateAfterAQuotedCharacterisationSharesTheSubjectOfTheMainVerb() {
        List<Quote> quotes = quotes("Kenya's foreign ministry called the report \u201Cfalse, reckless and politically driven\u201D "
                + "and said Nairobi had not sent troops across the border.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("had not sent troops across the border"))
                .extracting(Quote::speakerName).containsExactly("Kenya's foreign ministry");
    }

    @Test
    void reportingPredicateAfterAGerundSharesTheSubjectOfTheMainVerb() {
        List<Quote> quotes = quotes("Polish Foreign Minister Radoslaw Sikorski praised the Czech police for \"uncovering a ring that endangers "
                + "everyone\" and called on the European Union to add the ring's organisers to its sanctions list.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("the European Union to add"))
                .extracting(Quote::speakerName).containsExactly("Radoslaw Sikorski");
    }
}
