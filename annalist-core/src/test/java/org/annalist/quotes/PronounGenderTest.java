package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A "he" or "she" goes to a person of its gender, and to the paragraph's subject before a name in an aside. */
class PronounGenderTest {

    private static List<Quote> direct(String text) {
        return QuoteFixture.quotes(" date 2026-05-12 " + text).stream().filter(Quote::direct).toList();
    }

    @Test
    void sheIsNotTheSonNamedInTheMothersRelativeClause() {
        List<Quote> quotes = direct("Eleven sailors freed by the rebels landed in Doha on Monday.\n\n"
                + "In Cebu, Analyn Reyes, whose son Paolo was among those freed, said she had barely slept for weeks. "
                + "“When he phoned me from Doha, I could not speak,” she said.");
        assertThat(quotes).extracting(Quote::speakerName).containsExactly("Analyn Reyes");
    }

    @Test
    void heIsTheParagraphsSubjectNotTheFounderNamedInAnAside() {
        List<Quote> quotes = direct("Prime Minister Tamaz Gelashvili called the arrests a provocation and said Tbilisi would raise them in Geneva.\n\n"
                + "Opposition parties accuse the ruling Unity party, founded by tycoon Levan Chkheidze, of steering the country toward Moscow.\n\n"
                + "“We will not let anyone turn this suffering into a show,” he told reporters after a cabinet meeting.");
        assertThat(quotes).extracting(Quote::speakerName).containsExactly("Tamaz Gelashvili");
    }

    @Test
    void sheIsNoManTheTextCallsASpokesman() {
        List<Quote> quotes = direct("The army's spokesman, Colonel Tun Aung, said on state television that the raid had been repelled. "
                + "He denied that the air force had bombed the market.\n\n"
                + "“Her daughter was killed in front of the stall,” she said.");
        assertThat(quotes).extracting(Quote::speakerName).containsOnlyNulls();
    }

    @Test
    void sheIsTheMinisterWhenTheLastNamedManIsABrother() {
        List<Quote> quotes = direct("In London, the government froze the assets of three militia commanders, including Hemedti's brother Abdulkarim, "
                + "over what Foreign Secretary Helen Marsh called “a campaign of ethnic killing.”\n\n"
                + "Abdulkarim Hemedti, the force's deputy commander, is already under U.S. sanctions.\n\n"
                + "“Those who order the murder of civilians will find that their money is not safe here,” she told Parliament.");
        assertThat(quotes).extracting(Quote::speakerName).containsExactly("Helen Marsh", "Helen Marsh");
    }
}
