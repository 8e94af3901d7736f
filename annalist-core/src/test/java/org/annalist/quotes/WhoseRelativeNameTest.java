package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "said Rosa Mendes, whose daughter Ana is among the detained": the name after "whose daughter" is another person. */
class WhoseRelativeNameTest {

    private static List<Quote> direct(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text).stream().filter(Quote::direct).toList();
    }

    @Test
    void aNameOwnedByWhoseIsNotTheSpeaker() {
        assertThat(direct("Relatives gathered outside the police station on Tuesday. \"My daughter did nothing wrong,\" "
                + "said Rosa Mendes, whose daughter Ana is among the detained students."))
                .extracting(Quote::text, Quote::speakerName)
                .containsExactly(tuple("My daughter did nothing wrong,", "Rosa Mendes"));
    }

    @Test
    void aNameTheSpeakerGivesInARelativeClauseIsTheSpeakers() {
        assertThat(direct("\"We have not heard from him in a week,\" said the sister of one of the detained priests, "
                + "who gave only her first name, Marta."))
                .extracting(Quote::text, Quote::speakerName)
                .containsExactly(tuple("We have not heard from him in a week,", "Marta"));
    }
}
