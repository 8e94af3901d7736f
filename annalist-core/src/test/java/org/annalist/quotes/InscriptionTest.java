package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "…, holding banners that read “…” and “…,” police said": words a banner, placard or sign
 * carries are nobody's speech; the reporting verb after them reports the rally, and a person's
 * own quotation next to them keeps its speaker.
 */
class InscriptionTest {

    private static List<Quote> direct(String text) {
        return QuoteFixture.quotes(" date 2026-05-04 " + text).stream().filter(Quote::direct).toList();
    }

    @Test
    void slogansOnBannersBeforeAPoliceReportHaveNoSpeaker() {
        List<Quote> quotes = direct("About 200 people rallied outside the Serbian embassy in Skopje on Monday evening, holding banners "
                + "that read \"Macedonia is not for sale\" and \"Respect our borders,\" police said.");
        assertThat(quotes).extracting(Quote::text).contains("Macedonia is not for sale", "Respect our borders,");
        assertThat(quotes).extracting(Quote::speakerName).containsOnlyNulls();
        assertThat(quotes).extracting(Quote::attribution).allMatch(rule -> rule.startsWith("inscription"));
    }

    @Test
    void aPlacardReadingWordsIsNoSpeakerButTheSpeakerAfterItIs() {
        List<Quote> quotes = direct("Relatives waited outside the police station in Tirana with placards reading \"Free our fathers now.\" "
                + "\"They are fishermen, not smugglers,\" Prime Minister Edi Rama said.");
        assertThat(quotes).filteredOn(quote -> quote.text().startsWith("Free our fathers")).extracting(Quote::speakerName).containsOnlyNulls();
        assertThat(quotes).filteredOn(quote -> quote.text().startsWith("They are fishermen")).extracting(Quote::speakerName)
                .containsExactly("Edi Rama");
    }

    @Test
    void aMinisterReadingOutWordsIsStillTheSpeaker() {
        assertThat(direct("Foreign Minister Ivica Dacic read from a prepared text: \"Serbia will not recognise the vote.\""))
                .extracting(Quote::speakerName)
                .containsExactly("Ivica Dacic");
    }
}
