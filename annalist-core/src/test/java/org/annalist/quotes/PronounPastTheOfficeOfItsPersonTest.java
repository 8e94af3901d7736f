package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pronoun subjects that go on with the person or body already reporting. */
class PronounPastTheOfficeOfItsPersonTest {

    @Test
    void herOfficeDoesNotStandBetweenTheMinisterAndShe() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2026-04-21 MANILA (Reuters) - Chinese ships fired flares at a fishing boat "
                + "on Monday. Foreign Secretary Clara Reyes summoned the Chinese ambassador on Tuesday, her office said. She called "
                + "the incident \"reckless and wholly unacceptable.\"");
        assertThat(quotes).filteredOn(quote -> quote.text().startsWith("reckless"))
                .extracting(Quote::speakerName)
                .containsExactly("Clara Reyes");
    }

    @Test
    void itAfterAReportByNoActorIsNotTheLastBodyNamed() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2026-09-15 BAMAKO (Reuters) - The government seized a shipment of gold "
                + "last week. The miner said it rejected the tax claim and had asked the World Bank to arbitrate. It added that it "
                + "remained willing to talk to Bamako \"at any time and in good faith.\"");
        assertThat(quotes).filteredOn(quote -> quote.text().startsWith("at any time"))
                .extracting(Quote::speaker, Quote::attribution)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "partial-quote:governing-verb:it-after-unnamed-reporter"));
    }
}
