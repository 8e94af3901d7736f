package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {

    @Test
    void endsAfterTheDashOfAWireDateline() {
        String text = "TUNIS, July 20 (Reuters) - Tunisia's Interior Ministry said on Sunday.";
        assertThat(text.substring(Dateline.end(text))).startsWith("Tunisia's Interior Ministry");
    }

    @Test
    void acceptsTwoWordPlacesAbbreviatedMonthsEnDashesAndNoDate() {
        String delhi = "NEW DELHI, Sept. 11 (AP) \u2013 India said on Thursday.";
        assertThat(delhi.substring(Dateline.end(delhi))).startsWith("India said");
        String georgetown = "GEORGETOWN (AFP) - Guyana accused Venezuela.";
        assertThat(georgetown.substring(Dateline.end(georgetown))).startsWith("Guyana accused");
    }

    @Test
    void findsNoDatelineInAnOrdinaryFirstSentence() {
        assertThat(Dateline.end("Deputy Chief of Staff of the Iranian Armed Forces, Brigadier General X, spoke.")).isZero();
        assertThat(Dateline.end("Tunis - the capital - was quiet on Sunday.")).isZero();
    }
}
