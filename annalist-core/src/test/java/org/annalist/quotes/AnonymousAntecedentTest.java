package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "the officer said" after "A senior police officer, who asked not to be named" is that unnamed officer, not a named one. */
class AnonymousAntecedentTest {

    private static final String OPENING = " date 2025-10-03 NAIROBI (Agency) - Kenyan police officer Daniel Otieno said on Monday "
            + "the curfew in the town would stay in force.\n\n";

    @Test
    void aDefiniteNounAfterAnIndefiniteUnnamedOneHasNoNamedSpeaker() {
        List<Quote> quotes = QuoteFixture.quotes(OPENING
                + "A senior police officer, who asked not to be named, said arrests would continue through the week.\n\n"
                + "\u201CNobody will be spared,\u201D the officer said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("Nobody will be spared"))
                .extracting(Quote::speakerName).containsOnlyNulls();
    }

    @Test
    void aDefiniteNounAfterTheNamedPersonsOwnNounIsThatPerson() {
        List<Quote> quotes = QuoteFixture.quotes(OPENING
                + "Shops closed early and the streets were empty.\n\n"
                + "\u201CNobody will be spared,\u201D the officer said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("Nobody will be spared"))
                .extracting(Quote::speakerName).containsExactly("Daniel Otieno");
    }

    @Test
    void aDefiniteNounThatNamesItsPersonInAppositionIsThatPerson() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2026-03-11 One of the injured fishermen, a 40-year-old mechanic, said the wave "
                + "had thrown him across the deck.\n\n"
                + "\u201CIt hit us like a truck,\u201D said the mechanic, Jorge Salas. \u201CWe only came to fish.\u201D");
        assertThat(quotes).filteredOn(Quote::direct)
                .extracting(Quote::speakerName).containsExactly("Jorge Salas", "Jorge Salas");
    }
}
