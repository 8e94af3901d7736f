package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A partial quotation under a verb whose subject is the reporter's own state, inside the
 * reporter's report ("spokeswoman X said China had asked Manila to “…”"), is the reporter's words;
 * under another party's verb it stays that party's.
 */
class ReporterForOwnSideTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2027-03-05 " + text);
    }

    @Test
    void theSpokespersonWordsHerOwnStatesAppeal() {
        List<Quote> quotes = quotes("Chinese foreign ministry spokeswoman Li Na said China had asked Manila to "
                + "“stop provoking trouble at sea and respect the facts.”");
        assertThat(quotes).filteredOn(Quote::direct).extracting(Quote::speakerName).containsExactly("Li Na");
    }

    @Test
    void anotherStatesWordsInsideAReportStayThatStates() {
        List<Quote> quotes = quotes("Nigerien government spokesman Abdou Garba said Benin had called the accusations "
                + "“a pure invention meant to hide failures at home.”");
        assertThat(quotes).filteredOn(Quote::direct).extracting(Quote::speakerName).doesNotContain("Abdou Garba");
    }
}
