package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "A senior official, who asked not to be named, said …": a sentence opening with a common noun
 * phrase and an aside before the reporting verb. The parser often makes "said" a relative clause
 * of the noun and loses the report; the words still say what was reported and by whom (nobody
 * named, or the body the phrase names).
 */
class PhraseBeforeAsideTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text);
    }

    private static List<Quote> indirect(List<Quote> quotes) {
        return quotes.stream().filter(quote -> !quote.direct()).toList();
    }

    @Test
    void anAnonymousOfficialsReportIsFoundWithNoSpeaker() {
        List<Quote> quotes = quotes("Egypt rejected the plan on Monday. "
                + "A senior Egyptian official, who asked not to be named, said Cairo had also recalled its envoy from Addis Ababa.");
        assertThat(indirect(quotes)).extracting(Quote::text, Quote::speakerName)
                .contains(tuple("Cairo had also recalled its envoy from Addis Ababa", null));
    }

    @Test
    void anAnonymousDiplomatWhoDeclinedToBeIdentifiedIsNoSpeaker() {
        List<Quote> quotes = quotes("Talks resumed in Geneva on Tuesday. "
                + "A Western diplomat in Geneva, who declined to be identified, said the sanctions would stay in place until the summer.");
        assertThat(indirect(quotes)).extracting(Quote::text, Quote::speakerName)
                .contains(tuple("the sanctions would stay in place until the summer", null));
    }

    @Test
    void theReportEndsWhereAQuotationStarts() {
        List<Quote> quotes = quotes("A Saudi official, who asked not to be named, said Riyadh feared the ceasefire \"could collapse within days\".");
        assertThat(indirect(quotes)).extracting(Quote::text, Quote::speakerName)
                .contains(tuple("Riyadh feared the ceasefire", null));
        assertThat(quotes).filteredOn(Quote::direct).extracting(Quote::text).contains("could collapse within days");
    }

    @Test
    void aNamedBodyBeforeARelativeClauseSpeaks() {
        List<Quote> quotes = quotes("Hundreds of students marched to the parliament in Kathmandu on Monday. "
                + "The Nepal Student Union, which organised the march, said it would hold protests in every district on Friday.");
        assertThat(indirect(quotes)).extracting(Quote::text, Quote::speakerName)
                .contains(tuple("it would hold protests in every district on Friday", "Nepal Student Union"));
    }

    @Test
    void aPersonWhoseSubjectTheParserFoundIsNotReadFromAnObject() {
        List<Quote> quotes = quotes("Opposition leader Gabriela Rondon, who has been living in hiding since last year, "
                + "welcomed the deadline in a video message posted on social media.");
        assertThat(quotes).extracting(Quote::text).noneMatch(text -> text.contains("deadline"));
    }
}
