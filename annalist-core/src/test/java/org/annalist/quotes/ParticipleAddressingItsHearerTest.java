package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "wrote to President Arce urging him to …": a participle hung on a noun whose object is a
 * pronoun for that noun addresses it, so the appeal is made by the subject of the verb the noun
 * hangs from; a participle describing the noun's own doing is left to the other rules.
 */
class ParticipleAddressingItsHearerTest {

    private static List<Quote> indirect(String text) {
        return QuoteFixture.quotes(" date 2026-03-11 " + text).stream().filter(quote -> !quote.direct()).toList();
    }

    @Test
    void theWriterMakesTheAppealAddressedToTheRecipient() {
        assertThat(indirect("Governor Rafael Tan wrote to President Luis Arce urging him to raise the matter with Chile."))
                .extracting(Quote::speakerName, Quote::attribution)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rafael Tan", "indirect:appeal-complement:nsubj:participle-after-its-hearer"));
    }

    @Test
    void aParticipleWithoutAPronounHearerIsNotTheWriters() {
        assertThat(indirect("Governor Rafael Tan wrote to President Luis Arce urging Chile to reopen the border."))
                .extracting(Quote::attribution)
                .noneMatch(rule -> rule.endsWith("participle-after-its-hearer"));
    }
}
