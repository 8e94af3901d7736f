package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "The service said" right after "Armenia's National Security Service said" is that body: a definite noun that is a word of its name. */
class NameWordOfABodyTest {

    private static List<Quote> indirect(String text) {
        return QuoteFixture.quotes(" date 2026-07-20 " + text).stream().filter(quote -> !quote.direct()).toList();
    }

    @Test
    void theServiceIsTheServiceJustNamed() {
        List<Quote> quotes = indirect("YEREVAN, Armenia (AP) — Azerbaijani troops detained two Armenian shepherds near the border village of "
                + "Tegh on Sunday, Armenia's National Security Service said.\n\n"
                + "The service said in a statement that the men had been grazing sheep on their own pastures when they were seized.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("grazing sheep")).extracting(Quote::speakerName)
                .containsExactly("National Security Service");
    }

    @Test
    void aNounNoNameOfTheBodiesJustNamedHoldsIsNobody() {
        List<Quote> quotes = indirect("YEREVAN, Armenia (AP) — Azerbaijani troops detained two Armenian shepherds near the border village of "
                + "Tegh on Sunday, Armenia's National Security Service said.\n\n"
                + "The office said in a statement that the men had been grazing sheep on their own pastures when they were seized.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("grazing sheep")).extracting(Quote::speakerName).containsOnlyNulls();
    }
}
