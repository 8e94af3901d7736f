package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A "he"/"she" frame the actors stage left without a fitting person goes to the person last named outside quote marks. */
class PronounToNearestNamedPersonTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2025-10-03 " + text);
    }

    @Test
    void aNameInsideTheQuotationIsNotTheFramesPronoun() {
        List<Quote> quotes = quotes("Trade unions called a general strike for Monday.\n\n"
                + "Karim Haddad, a lawmaker who led the campaign against the reform, said he would ask parliament to vote again.\n\n"
                + "\u201CNadia Salem has betrayed every worker in this country,\u201D he told reporters.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("betrayed every worker"))
                .extracting(Quote::speakerName).containsExactly("Karim Haddad");
    }

    @Test
    void anUnresolvedPronounGoesToThePersonTheParagraphJustNamed() {
        List<Quote> quotes = quotes("Shops along the border have been shut since Monday.\n\n"
                + "Anita Sharma, who sells fruit near the bridge, said trade had collapsed. Sharma's son drives a truck for a trading firm. "
                + "\u201CHe has not been paid for two weeks,\u201D she said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("not been paid"))
                .extracting(Quote::speakerName).containsExactly("Anita Sharma");
    }

    @Test
    void anUnnamedReporterJustBeforeKeepsThePronounFromTheNamedPerson() {
        List<Quote> quotes = quotes("\u201CWe saw the boats at dawn,\u201D said Arif Rahman, a fisherman from the island.\n\n"
                + "A senior coast guard officer said the patrols would go on. \u201CWe will be there every night,\u201D he added.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("every night"))
                .extracting(Quote::speakerName).doesNotContain("Arif Rahman");
    }
}
