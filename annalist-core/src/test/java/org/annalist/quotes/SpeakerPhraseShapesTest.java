package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who a subject phrase names: a titled person inside a body's name speaks, not the body; a body
 * that was only the audience ("told Reuters") is not the "group" that speaks next.
 */
class SpeakerPhraseShapesTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2026-07-15 " + text);
    }

    @Test
    void aTitledPersonAfterTheBodysNameIsTheSpeaker() {
        List<Quote> quotes = quotes("Organization of American States Secretary General Albert Ramdin said the ruling "
                + "strengthened the rule of law in Guatemala.");
        assertThat(quotes).extracting(Quote::speakerName).containsExactly("Albert Ramdin");
    }

    @Test
    void theAudienceOfTheSentenceBeforeIsNotTheGroupThatSpeaks() {
        List<Quote> quotes = quotes("Rebel spokesman Lawrence Kanyuka denied attacking first. “We did not break the calm,” he told Reuters. "
                + "The group said in a statement that government troops had tried to advance on its positions.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("government troops had tried"))
                .extracting(Quote::speakerName)
                .hasSize(1).doesNotContain("Reuters");
    }
}
