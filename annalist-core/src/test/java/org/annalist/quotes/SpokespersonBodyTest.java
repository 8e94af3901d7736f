package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An unnamed spokesperson speaks for the body the article ties it to. */
class SpokespersonBodyTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text);
    }

    @Test
    void aSpokespersonForANamedBodySpeaksForIt() {
        List<Quote> quotes = quotes("China accused the Philippines on Sunday of provoking trouble near the shoal.\n\n"
                + "\u201CThe Philippine side must stop its provocations immediately,\u201D a spokesperson for the Chinese embassy in Manila said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("stop its provocations"))
                .extracting(Quote::speakerName).containsExactly("Chinese embassy in Manila");
    }

    @Test
    void aBodyWordBeforeSpokespersonIsTheBodyNamedEarlier() {
        List<Quote> quotes = quotes("China's embassy in Nairobi said on Monday that two Chinese engineers had been kidnapped near the border. "
                + "\u201CWe are in close contact with the Kenyan authorities,\u201D an embassy spokesperson said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("in close contact"))
                .extracting(Quote::speakerName).containsExactly("China's embassy in Nairobi");
    }

    @Test
    void theSpokespersonLaterRepeatsTheBodyOfTheFirst() {
        List<Quote> quotes = quotes("Russia's defence ministry said its air defences shot down 40 drones overnight, "
                + "a spokesperson for Russia's defence ministry told reporters. "
                + "Moscow would respond to the attacks at a time of its choosing, the spokesperson added.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("respond to the attacks"))
                .extracting(Quote::speakerName).containsExactly("Russia's defence ministry");
    }

    @Test
    void aSpokespersonOfAnotherCountryIsNotTheBodyNamedEarlier() {
        List<Quote> quotes = quotes("China's embassy in Nairobi said on Monday that two Chinese workers had been kidnapped. "
                + "\u201CWe are in contact with the Kenyan authorities,\u201D a U.S. embassy spokesperson said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("in contact with the Kenyan"))
                .extracting(Quote::speakerName).containsExactly("U.S. embassy");
    }

    @Test
    void aNamedSpokesmanIsNoBodysMouthpiece() {
        List<Quote> quotes = quotes("Foreign ministry spokesman Lin Wei said the talks would continue. "
                + "Beijing hoped for an early agreement, the spokesman added.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("early agreement"))
                .extracting(Quote::speakerName).doesNotContain("foreign ministry");
    }

    @Test
    void aCountrysBodyBeforeSpokespersonIsABodyOfItsOwn() {
        List<Quote> quotes = quotes("Washington offered to share satellite images with the Kenyan police, a U.S. embassy spokesperson said on Friday. "
                + "Advisers would arrive in Nairobi next week, the spokesperson added.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("share satellite images"))
                .extracting(Quote::speakerName).containsExactly("U.S. embassy");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("Advisers would arrive"))
                .extracting(Quote::speakerName).containsExactly("U.S. embassy");
    }

    @Test
    void aBodyWordWithoutACountryMakesNoBody() {
        List<Quote> quotes = quotes("Production at the mine resumed on Monday after a two-week strike, a company spokesman said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("Production at the mine"))
                .extracting(Quote::speakerName).containsOnlyNulls();
    }

    @Test
    void aMinistryInACapitalIsThatCountry() {
        List<Quote> quotes = quotes("Latvia's foreign ministry protested to Minsk on Monday. "
                + "Estonia also summoned the Belarusian ambassador on Monday, the foreign ministry in Tallinn said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("summoned the Belarusian ambassador"))
                .extracting(Quote::speakerName).containsExactly("Estonia");
    }

    @Test
    void aStatementWithoutIssuerDoesNotHideTheReportsSpeaker() {
        List<Quote> quotes = quotes("Spain's foreign ministry said Madrid would detain the commander if he entered Spanish territory, "
                + "according to a statement.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("would detain the commander"))
                .extracting(Quote::speakerName).containsExactly("Spain's foreign ministry");
    }

    @Test
    void aBareSpokespersonRightAfterABodysSentenceSpeaksForThatBody() {
        List<Quote> quotes = quotes("Norway's Foreign Ministry rejected the Russian measures. "
                + "\u201CSvalbard's fisheries are managed under Norwegian law,\u201D a spokesperson said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("managed under Norwegian law"))
                .extracting(Quote::speakerName).containsExactly("Foreign Ministry");
    }

    @Test
    void aBareSpokespersonAfterAPersonsSentenceSpeaksForNobodyNamed() {
        List<Quote> quotes = quotes("Prime Minister Jonas Berg rejected the Russian measures. "
                + "\u201CSvalbard's fisheries are managed under Norwegian law,\u201D a spokesperson said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("managed under Norwegian law"))
                .extracting(Quote::speakerName).containsOnlyNulls();
    }

    @Test
    void aStatementWithABodyWordBeforeItIsThatBodys() {
        List<Quote> quotes = quotes("Chile's navy said it would hold live-fire drills off the southern coast from Friday. "
                + "A navy statement said the exercise was routine and had been planned months ago.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("exercise was routine"))
                .extracting(Quote::speakerName).containsExactly("Chile's navy");
    }

    @Test
    void aParticipleQualifyingANamedBodyIsThatBodysWords() {
        List<Quote> quotes = quotes("Venezuela did not comment at first. But state television on Tuesday carried a statement by "
                + "the Venezuelan Ministry of Defence describing the joint drills as a \u201Crehearsal for an invasion of our homeland\u201D.");
        assertThat(quotes).filteredOn(quote -> quote.direct() && quote.text().contains("rehearsal for an invasion"))
                .extracting(Quote::speakerName).singleElement().asString().contains("Ministry of Defence");
    }

    @Test
    void aParticipleWhoseObjectIsAPronounForTheNounIsNotTheNounsWords() {
        List<Quote> quotes = quotes("Kerala Chief Minister Anil Varghese wrote to Prime Minister Narendra Modi urging him to raise the arrests "
                + "with Sri Lanka \u201Cat the highest level\u201D.");
        assertThat(quotes).filteredOn(quote -> quote.direct() && quote.text().contains("highest level"))
                .extracting(Quote::speakerName).doesNotContain("Narendra Modi");
    }
}
