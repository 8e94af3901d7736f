package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "“…,” he went on": a verb and particle of frame-words.tsv (phrasal-speech-verb) frame a quotation. */
class PhrasalSpeechVerbTest {

    @Test
    void wentOnFramesTheQuotationLikeAReportingVerb() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2025-10-03 Prime Minister Karim Haddad defended the budget. "
                + "\u201CThe money belongs to everyone,\u201D he said in a televised address.\n\n"
                + "\u201CThe money of the north and the south is one,\u201D he went on. \u201CWhoever closes a school closes a future.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("north and the south") || quote.text().contains("closes a future"))
                .extracting(Quote::speakerName).containsExactly("Karim Haddad", "Karim Haddad");
    }

    @Test
    void theParticleListedIsNeeded() {
        assertThat(FrameWords.bundled().is(FrameWords.Role.PHRASAL_SPEECH_VERB, "go on")).isTrue();
        assertThat(FrameWords.bundled().is(FrameWords.Role.PHRASAL_SPEECH_VERB, "go")).isFalse();
    }
}
