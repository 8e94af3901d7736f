package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "…, drawing a rebuke from Peru, which called the raid “…”": when the parser hangs the relative
 * clause on the wrong noun or makes it a complement, "which" is left as the reporting verb's only
 * subject; the noun right before the comma is the one that spoke.
 */
class RelativePronounSpeakerTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2026-03-11 " + text);
    }

    @Test
    void theAntecedentSpeaksWhenTheClauseWasMadeAComplement() {
        assertThat(quotes("Colombia drew a rebuke from Peru, which called the raid \"reckless and dangerous.\""))
                .extracting(Quote::text, Quote::speakerName, Quote::attribution)
                .containsExactly(tuple("reckless and dangerous.", "Peru", "partial-quote:governing-verb:relative-pronoun-antecedent"));
    }

    @Test
    void theAntecedentSpeaksWhenTheClauseHangsOnAnotherNoun() {
        assertThat(quotes("Ecuador expelled two diplomats, drawing an angry response from Peru, which called the decision \"an insult.\""))
                .extracting(Quote::text, Quote::speakerName)
                .containsExactly(tuple("an insult.", "Peru"));
    }

    @Test
    void aRelativeClauseUnderItsBodyStillNamesTheBody() {
        assertThat(quotes("Two men were shot dead in the square, according to Amnesty International, which said it was investigating the shooting."))
                .filteredOn(quote -> quote.text().equals("it was investigating the shooting"))
                .extracting(Quote::speakerName)
                .containsExactly("Amnesty International");
    }
}
