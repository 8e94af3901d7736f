package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names the parse or the tagger put in odd places: a name hung from its title, "the Horn" tagged a person. */
class NameBesideTitleTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text);
    }

    @Test
    void aHeAfterAQuotationIsNotAOneWordNameAfterThe() {
        List<Quote> quotes = quotes("IGAD chairman Workneh Gebeyehu urged Asmara and Addis Ababa to resume talks. "
                + "\u201CNobody can afford another war in the Horn,\u201D he wrote on X.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("another war"))
                .extracting(Quote::speakerName).containsExactly("Workneh Gebeyehu");
    }

    @Test
    void aNameAfterACountrysTitleIsTheSubjectsName() {
        List<Quote> quotes = quotes("Finland's Foreign Minister Anna Liisa Korpela wrote on X that Helsinki "
                + "\u201Cstands fully behind Estonia\u201D and its right to patrol the gulf.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("stands fully behind Estonia"))
                .extracting(Quote::speakerName).containsOnly("Anna Liisa Korpela");
    }

    @Test
    void aSecondMinistersNameWinsOverTheTitleLinkedToTheFirst() {
        List<Quote> quotes = quotes("Finland's Foreign Minister Anna Liisa Korpela wrote on X that Helsinki "
                + "\u201Cstands fully behind Estonia\u201D and its right to patrol the gulf.\n\n"
                + "Poland's Defence Minister Jan Marek Zielinski wrote on X that Warsaw \u201Cstands fully behind Vilnius\u201D "
                + "and its right to close the border.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("stands fully behind Vilnius"))
                .extracting(Quote::speakerName).containsOnly("Jan Marek Zielinski");
    }
}
