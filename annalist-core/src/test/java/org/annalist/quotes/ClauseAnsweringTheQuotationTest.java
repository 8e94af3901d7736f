package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "…, “only military sites,” a claim Kyiv rejected": a clause after a quotation that answers it
 * — a relative clause, or a claim noun in apposition with a clause of its own — is another
 * party's reply, not the frame; the quotation keeps the reporting verb before it.
 */
class ClauseAnsweringTheQuotationTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2027-03-11 " + text);
    }

    private static List<String> speakersOf(List<Quote> quotes, String start) {
        return quotes.stream().filter(quote -> quote.direct() && quote.text().startsWith(start)).map(Quote::speakerName).toList();
    }

    @Test
    void claimNounWithItsOwnClauseIsNotTheFrame() {
        List<Quote> quotes = quotes("Chad's army said rebel fighters had attacked the convoy \"without any warning\", "
                + "an allegation Khartoum dismissed as baseless.");
        assertThat(speakersOf(quotes, "without any warning")).containsExactly("Chad's army");
    }

    @Test
    void chargeTheOtherSideDeniesIsNotTheFrame() {
        List<Quote> quotes = quotes("Serbia's defence ministry said its aircraft had struck \u201Cdepots only,\u201D "
                + "a charge Pristina rejected on Friday.");
        assertThat(speakersOf(quotes, "depots only")).containsExactly("Serbia's defence ministry");
    }

    @Test
    void relativeClauseAfterTheQuotationIsNotTheFrame() {
        List<Quote> quotes = quotes("Army spokesman Colonel Amos Lado said Bor was \u201Charbouring armed groups\u201D, "
                + "which Juba denies.");
        assertThat(speakersOf(quotes, "harbouring armed groups")).containsExactly("Amos Lado");
    }

    @Test
    void statementNamingItsSourceStillFrames() {
        List<Quote> quotes = quotes("\u201CThe border stays open,\u201D a statement from the Kenyan interior ministry said.");
        assertThat(quotes).filteredOn(Quote::direct).extracting(Quote::speakerName).doesNotContainNull();
    }
}
