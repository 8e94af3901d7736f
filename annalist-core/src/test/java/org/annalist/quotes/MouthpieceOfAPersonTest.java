package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Japarov's office said … it added": a person's office speaks for the person, and "it" goes on with it. */
class MouthpieceOfAPersonTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text);
    }

    @Test
    void aPersonsOfficeSpeaksForThePersonAndItGoesOn() {
        List<Quote> quotes = quotes("President Nikos Andreou spoke by telephone with the Turkish leader late on Monday, "
                + "and the two men agreed to reopen the crossing by Friday, Andreou's office said. "
                + "Engineers from both sides will inspect the road on Thursday, it added.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("agreed to reopen the crossing"))
                .extracting(Quote::speakerName).containsExactly("Nikos Andreou");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("Engineers from both sides"))
                .extracting(Quote::speakerName).containsExactly("Nikos Andreou");
    }

    @Test
    void hisMinistryAfterAMinisterIsTheMinisters() {
        List<Quote> quotes = quotes("Foreign Minister Hana Novakova spoke with her Hungarian counterpart on Thursday, "
                + "her ministry said, and urged Budapest to lift its veto.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("Hungarian counterpart"))
                .extracting(Quote::speakerName).containsExactly("Hana Novakova");
    }

    @Test
    void aLeadersPressServiceSpeaksForTheLeader() {
        List<Quote> quotes = quotes("President Viktor Marenko received the American envoy in Minsk on Friday. "
                + "Marenko's press service said he had freed twelve prisoners as a gesture of goodwill.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("freed twelve prisoners"))
                .extracting(Quote::speakerName).containsExactly("Viktor Marenko");
    }

    @Test
    void itAfterAPersonsOwnReportIsNotThatPerson() {
        List<Quote> quotes = quotes("President Nikos Andreou said the crossing would reopen by Friday. "
                + "It was closed in March after a shooting, the police said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("closed in March"))
                .extracting(Quote::speakerName).doesNotContain("Nikos Andreou");
    }
}
