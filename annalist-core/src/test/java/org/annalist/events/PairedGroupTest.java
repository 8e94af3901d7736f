package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** Groups placed only by a pair ("the two ministers", "commanders from both countries") and pairs a sentence names itself. */
class PairedGroupTest {

    @Test
    void theTwoMinistersAreBothMinistersCountries() {
        assertThat(CoderFixture.code("2026-03-02", "ASTANA, Kazakhstan (AP) — Kyrgyzstan's foreign minister, Temir Asanov, held "
                + "talks in Astana on Monday with his Kazakh counterpart, Yerlan Nurpeisov, over a new dam on the Syr Darya. "
                + "The two ministers agreed to set up a joint commission on water sharing, according to a statement.").events())
                .filteredOn(event -> event.event().equals("AGREE"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("KAZ,KGZ");
    }

    @Test
    void commandersFromTheTwoCountriesAreOfBoth() {
        assertThat(CoderFixture.code("2026-03-02", "DUSHANBE, Tajikistan (AP) — Tajik and Kyrgyz border guards traded fire near a "
                + "disputed canal on Sunday, the border services of both countries said. "
                + "Border officers from the two countries met at a crossing point on Monday evening and agreed to pull back their patrols.")
                .events())
                .filteredOn(event -> event.event().equals("CONSULT") || event.event().equals("AGREE"))
                .extracting(event -> event.event(), event -> codes(event.actors()))
                .containsExactly(tuple("CONSULT", "KGZ,TJK"), tuple("AGREE", "KGZ,TJK"));
    }

    @Test
    void twoMinistersWithoutTheCountPeople() {
        assertThat(CoderFixture.code("2026-03-02", "ASTANA, Kazakhstan (AP) — Kyrgyzstan's foreign minister held talks in Astana "
                + "on Monday with his Kazakh counterpart over a new dam. Two ministers resigned on Tuesday.").events())
                .filteredOn(event -> event.actors().stream().anyMatch(party -> party.mention().text().contains("ministers")))
                .extracting(event -> codes(event.actors()))
                .doesNotContain("KAZ,KGZ");
    }

    @Test
    void theTwoSidesAreTheConjoinedSubjectBeforeThem() {
        assertThat(CoderFixture.code("2026-03-02", "Sudan accused Chad of arming the rebels, and Chad denied it. "
                + "Sudanese soldiers and rebel fighters of the Sudan Liberation Movement clashed near El Fasher on Saturday, "
                + "a week after the two sides signed a ceasefire.").events())
                .filteredOn(event -> event.rule().startsWith("support.sign"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("SDN,SDN");
    }

    @Test
    void mediatorsActingOnAPairAreNotThePair() {
        assertThat(CoderFixture.code("2026-03-02", "Armenia and Azerbaijan traded accusations over the shelling. "
                + "Georgia and Kazakhstan urged both sides to show restraint, and the shelling stopped on Sunday after the two "
                + "neighbours agreed to a truce.").events())
                .filteredOn(event -> event.event().equals("AGREE"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("ARM,AZE");
    }
}
