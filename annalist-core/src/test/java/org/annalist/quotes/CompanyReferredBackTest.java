package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "the company said" right after a named company is that company (actors stage: BusinessReference). */
class CompanyReferredBackTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text);
    }

    @Test
    void theCompanyAfterANamedCompanyIsThatCompany() {
        List<Quote> quotes = quotes("Zambian authorities ordered Kafue Copper Holdings to halt work at its smelter on Monday. "
                + "Kafue Copper Holdings said the leak had been contained. "
                + "\u201CNo one living downstream is at risk,\u201D the company said in a statement.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("downstream is at risk"))
                .extracting(Quote::speakerName).containsExactly("Kafue Copper Holdings");
    }

    @Test
    void theCompanyWithTwoCompaniesNamedIsNeither() {
        List<Quote> quotes = quotes("Kafue Copper Holdings and Lusaka Smelting Corporation both halted work on Monday. "
                + "\u201CNo one living downstream is at risk,\u201D the company said in a statement.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("downstream is at risk"))
                .extracting(Quote::speakerName).doesNotContain("Kafue Copper Holdings", "Lusaka Smelting Corporation");
    }
}
