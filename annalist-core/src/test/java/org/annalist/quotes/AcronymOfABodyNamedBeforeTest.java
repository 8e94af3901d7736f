package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "South Korea's Joint Chiefs of Staff said … the JCS said": news abbreviates a body it spelled
 * out before without announcing the acronym in brackets; the acronym is that body, so its words
 * are the body's, under the body's name.
 */
class AcronymOfABodyNamedBeforeTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2026-03-12 " + text);
    }

    @Test
    void anUnbracketedAcronymSpeaksForTheBodySpelledOutBefore() {
        List<Quote> quotes = quotes("SEOUL (AP) \u2014 North Korea fired two ballistic missiles into the sea on Monday, "
                + "South Korea's Joint Chiefs of Staff said.\n\n"
                + "Hours later, U.S. bombers flew a joint drill with South Korean jets, the JCS said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("U.S. bombers flew a joint drill"))
                .extracting(Quote::speakerName).containsExactly("Joint Chiefs of Staff");
    }

    @Test
    void anAcronymNoBodyBeforeSpellsOutStaysItsOwnName() {
        List<Quote> quotes = quotes("NAIROBI (Reuters) - Poachers killed two rhinos in a national park on Monday, police said.\n\n"
                + "Rangers had arrested three men near the park, the KWS said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("Rangers had arrested three men"))
                .extracting(Quote::speakerName).containsExactly("KWS");
    }
}
