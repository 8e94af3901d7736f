package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "“Who will rebuild our homes?” Haddad asked. “Nobody answers.”": the splitter ends a sentence
 * at the quoted question mark, so the frame "Haddad asked." stands as a sentence of its own; it
 * still frames the question, and the quotation after it goes on with the same speaker.
 */
class QuestionFrameAfterTheMarkTest {

    @Test
    void quotationAfterACutOffQuestionFrameKeepsTheSpeaker() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2027-02-14 Residents of the valley waited for aid on Sunday.\n\n"
                + "Nurse Leila Haddad said the clinic had run out of insulin. \u201CWho will rebuild our homes?\u201D Haddad asked. "
                + "\u201CNobody answers our letters.\u201D");
        assertThat(quotes).filteredOn(Quote::direct).extracting(Quote::text, Quote::speakerName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Who will rebuild our homes?", "Leila Haddad"),
                org.assertj.core.groups.Tuple.tuple("Nobody answers our letters.", "Leila Haddad"));
    }
}
