package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A capital opening a paragraph ("In Yerevan, …") places the people quoted later in that paragraph, not in the next. */
class ParagraphPlaceTest {

    @Test
    void capitalOpeningTheParagraphPlacesAPersonQuotedInItsNextSentence() {
        ActorAnalysis analysis = resolve("BAKU, Azerbaijan (AP) — Azerbaijan's top court upheld the sentences of 14 former separatist leaders on Tuesday.\n\n"
                + "In Yerevan, several hundred relatives of the prisoners rallied outside the government building on Tuesday evening. "
                + "\"They are old men and they are dying,\" said Anahit Sargsyan, whose brother is among those convicted.");
        Entity relative = named(analysis, "Anahit Sargsyan");
        assertThat(relative.code()).isEqualTo("ARM");
        assertThat(relative.codedBy()).contains("In Yerevan");
    }

    @Test
    void capitalOpeningAnEarlierParagraphDoesNotPlaceTheNextOne() {
        ActorAnalysis analysis = resolve("BAKU, Azerbaijan (AP) — Azerbaijan's top court upheld the sentences of 14 former separatist leaders on Tuesday.\n\n"
                + "In Yerevan, several hundred relatives of the prisoners rallied outside the government building on Tuesday evening.\n\n"
                + "\"Justice was done,\" said Elnur Mammadli, a lawyer who watched the hearing.");
        assertThat(named(analysis, "Elnur Mammadli").code()).isEqualTo("AZE");
    }
}
