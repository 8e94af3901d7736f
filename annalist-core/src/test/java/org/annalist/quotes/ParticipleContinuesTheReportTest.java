package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ", adding that …", ", noting that …" after a report goes on with that report's speaker, even where
 * the parser hangs the participle from the reported clause or from the quotation's verb and so gives
 * it a subject that is no actor.
 */
class ParticipleContinuesTheReportTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2027-02-10 " + text);
    }

    @Test
    void addingAfterAParentheticalSaidIsTheReportersWords() {
        List<Quote> quotes = quotes("Kenyan Agriculture Minister Ruth Wambui said on Monday that grain stocks were sufficient.\n\n"
                + "Heavy rain had delayed the harvest in the Rift Valley, she said, adding that exports would recover by June.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("exports would recover by June"))
                .extracting(Quote::speakerName).containsOnly("Ruth Wambui");
    }

    @Test
    void addingAfterAQuotationIsTheNamedSpeakersWords() {
        List<Quote> quotes = quotes("“We will not retreat from the border towns,” army spokesman Colonel Idris Musa said, "
                + "adding that the operation would last several weeks.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("the operation would last several weeks"))
                .extracting(Quote::speakerName).containsOnly("Idris Musa");
    }
}
