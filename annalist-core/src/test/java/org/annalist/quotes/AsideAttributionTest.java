package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "NAME, <aside>, said …": the name the sentence opens with speaks, whatever the aside does to the parse. */
class AsideAttributionTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text);
    }

    @Test
    void aRelativeClauseNamingAnotherPersonDoesNotTakeTheSpeakersPlace() {
        List<Quote> quotes = quotes("Vice President Rosario Murillo, who shares power with her husband, President Daniel Ortega, "
                + "said the priests had conspired with foreign powers.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("conspired with foreign powers"))
                .extracting(Quote::speakerName).containsExactly("Rosario Murillo");
    }

    @Test
    void aNameInAppositionAfterCoordinatedRolesSpeaks() {
        List<Quote> quotes = quotes("Nicaragua expelled two more priests on Thursday. "
                + "Ortega's spokeswoman and daughter, Camila Ortega, said the decision was final.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("decision was final"))
                .extracting(Quote::speakerName).containsExactly("Camila Ortega");
    }

    @Test
    void aRoleThenANameThenARelativeClauseIsTheNamesReport() {
        List<Quote> quotes = quotes("The mayor of Leon, Roberto Sanchez, who visited the church on Friday, said the building had been sealed.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("building had been sealed"))
                .extracting(Quote::speakerName).containsExactly("Roberto Sanchez");
    }

    @Test
    void aNameAfterOtherWordsIsNoSpeakerBeforeAnAside() {
        List<Quote> quotes = quotes("Sources close to Roberto Sanchez, who resigned as mayor of Leon last month, said the building had been sealed.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("building had been sealed"))
                .extracting(Quote::speakerName).doesNotContain("Roberto Sanchez");
    }

    @Test
    void aCountryBeforeARelativeClauseSpeaksAndTheNextReportIsItsOwn() {
        List<Quote> quotes = quotes("Chile, which borders both countries, said it was ready to host talks between the two governments, "
                + "and its navy said two frigates had been sent to the area as a precaution.");
        assertThat(quotes).filteredOn(quote -> quote.text().startsWith("it was ready to host talks"))
                .extracting(Quote::speakerName, Quote::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Chile", "it was ready to host talks between the two governments"));
    }

    @Test
    void theObjectOfAVerbBeforeAnotherReportIsNoReport() {
        List<Quote> quotes = quotes("The EU's foreign policy chief, Kaja Kallas, condemned the violence and said the bloc "
                + "would review Georgia's visa-free status.");
        assertThat(quotes).extracting(Quote::text)
                .noneMatch(text -> text.contains("the violence"))
                .anyMatch(text -> text.startsWith("the bloc would review"));
    }
}
