package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A frameless quotation opening its paragraph takes the source the next sentence names. */
class SourceAfterQuotationTest {

    private static List<Quote> direct(String text) {
        return QuoteFixture.quotes(" date 2026-04-02 " + text).stream().filter(Quote::direct).toList();
    }

    @Test
    void theNextSentencesReporterIsTheSpeaker() {
        List<Quote> quotes = direct("The convoy was shelled near Dilling on Tuesday, the United Nations said.\n\n"
                + "“They shot at the flour trucks first.” Yusuf Adam, one of the surviving drivers, said it by phone from a clinic.");
        assertThat(quotes).extracting(Quote::speakerName, Quote::attribution)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Yusuf Adam", "source-in-sentence-after:nsubj"));
    }

    @Test
    void anUtteranceNounPostedByABodyIsThatBodys() {
        List<Quote> quotes = direct("Police arrested three opposition leaders in Tbilisi overnight.\n\n"
                + "“We will not be frightened into silence.” The message, posted by Amnesty International shortly after the arrests, "
                + "was shared thousands of times.");
        assertThat(quotes).extracting(Quote::speakerName).containsExactly("Amnesty International");
    }

    @Test
    void aPersonNamedAfterTheQuotationWithoutReportingIsNoSpeaker() {
        List<Quote> quotes = direct("Police arrested three opposition leaders in Tbilisi overnight.\n\n"
                + "“We will not be frightened into silence.” Levan Abashidze was among those detained at dawn.");
        assertThat(quotes).extracting(Quote::speakerName).containsOnlyNulls();
    }

    @Test
    void aQuotationLaterInTheSourcesSentenceDoesNotHideTheSource() {
        List<Quote> quotes = direct("Bolivia annulled the decree on Monday.\n\n"
                + "“Those who attack the courts will pay a price.” The warning came from State Department spokeswoman Laura Mendez, "
                + "who said Washington would not accept “the dismantling of the courts.”");
        assertThat(quotes).filteredOn(quote -> quote.text().startsWith("Those who attack"))
                .extracting(Quote::speakerName).containsExactly("Laura Mendez");
    }
}
