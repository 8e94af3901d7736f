package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quotation's trailing frame the parse did not tie to it is read from its words when it is plain. */
class SurfaceFrameTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2025-09-14 " + text);
    }

    @Test
    void readsTheSpeakerPastAnAsideTheParseTookForTheFrame() {
        List<Quote> quotes = quotes("Opposition leader Imran Baig vowed on Sunday to keep up street protests against a new election law.\n\n"
                + "\u201CWe will not give up until this law is withdrawn,\u201D Baig, who leads the Pakistan Justice Movement, "
                + "told thousands of supporters in Lahore.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("will not give up"))
                .extracting(Quote::speakerName, Quote::attribution)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Imran Baig", "surface-frame:name-before-verb"));
    }

    @Test
    void givesNoSpeakerWhenTheFrameNamesTwoPersons() {
        List<Quote> quotes = quotes("\u201CThe deal is dead,\u201D Baig, who met Rana Tariq on Sunday, told reporters in Lahore.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("deal is dead"))
                .extracting(Quote::speakerName).doesNotContain("Rana Tariq");
    }

    @Test
    void readsAnInvertedFrameWithAParticipleAsideBeforeTheNextQuotation() {
        List<Quote> quotes = quotes("Hundreds of students marched to the embassy.\n\n"
                + "\"Our grandfathers grazed goats at Kalapani. Are we now foreigners there?\" asked Rajan Thapa, a union leader, "
                + "speaking through a megaphone. \"The government must answer.\"");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("grazed goats"))
                .extracting(Quote::speakerName, Quote::attribution)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rajan Thapa", "surface-frame:name-after-verb"));
    }
}
