package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A group the text names with a proper noun speaks; an unnamed one ("protesters said") does not. */
class NamedGroupSpeaksTest {

    @Test
    void namedArmedGroupIsTheSpeakerAndUnnamedGroupIsNot() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2026-08-11 YAOUNDE (Reuters) - Gunmen abducted nine nurses near Bamenda on "
                + "Sunday. In a video posted online, the Southern Cameroons Defence Forces said the nurses had \"ignored the lockdown "
                + "of our people\". Villagers said the gunmen came at night.");
        assertThat(quotes).filteredOn(quote -> quote.text().startsWith("ignored the lockdown"))
                .extracting(Quote::speakerName)
                .containsExactly("Southern Cameroons Defence Forces");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("came at night"))
                .extracting(Quote::speaker)
                .containsOnlyNulls();
    }
}
