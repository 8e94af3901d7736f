package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose words: the reporter's, not a person or country named inside the subject or the report. */
class SpeakerBoundaryTest {

    private static List<String> speakersOf(List<Quote> quotes, String words) {
        return quotes.stream().filter(quote -> quote.text().contains(words)).map(Quote::speakerName).toList();
    }

    @Test
    void countryNamingAnUnnamedOfficialIsNotTheSpeaker() {
        List<Quote> quotes = QuoteFixture.quotes("A senior U.S. official, speaking on condition of anonymity, said the meeting would go ahead next week.");
        assertThat(speakersOf(quotes, "the meeting would go ahead")).containsOnlyNulls().isNotEmpty();
    }

    @Test
    void nameInAppositionToAnotherTitleInsideTheSubjectIsNotTheSpeaker() {
        List<Quote> quotes = QuoteFixture.quotes("An aide to the movement's leader, Ibrahim Tahir, said on Telegram that the bases were now targets.");
        assertThat(speakersOf(quotes, "the bases were now targets")).containsOnlyNulls().isNotEmpty();
    }

    @Test
    void appealJoinedToADidNotReportIsTheReportersSecondAct() {
        List<Quote> quotes = QuoteFixture.quotes("Kovacs said Hungary did not seek any confrontation with its neighbours and urged Romania to withdraw "
                + "its troops from the border zone that they entered in May.");
        assertThat(speakersOf(quotes, "Romania to withdraw its troops")).containsExactly("Kovacs");
    }

    @Test
    void secondReporterAfterAnAsideAboutTheCountryKeepsHisOwnWords() {
        List<Quote> quotes = QuoteFixture.quotes("Poland, which has often threatened to block the deal, did not vote against it but Deputy Minister "
                + "Anna Kowal said Warsaw would not back any quota that \"punishes frontline states.\"");
        assertThat(quotes.stream().filter(quote -> quote.text().contains("would not back any quota")).findFirst().orElseThrow().speakerName())
                .isEqualTo("Anna Kowal");
    }
}
