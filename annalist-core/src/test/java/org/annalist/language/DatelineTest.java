package org.annalist.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {

    @Test
    void aDatelineEndsInAFullStopAndEveryOtherCharacterStays() {
        String text = "KYIV, June 12 (AP) — Russian forces launched an attack on Kyiv.";
        String separated = Dateline.asOwnSentence(text);

        assertThat(separated).isEqualTo("KYIV, June 12 (AP) . Russian forces launched an attack on Kyiv.");
        assertThat(separated).hasSameSizeAs(text);
    }

    @Test
    void recognisesTheCommonWireForms() {
        assertThat(Dateline.asOwnSentence("WASHINGTON (Reuters) - The United States imposed sanctions."))
                .isEqualTo("WASHINGTON (Reuters) . The United States imposed sanctions.");
        assertThat(Dateline.asOwnSentence("NEW DELHI, Nov. 18, 2024 -- India and China agreed to patrol."))
                .isEqualTo("NEW DELHI, Nov. 18, 2024 .  India and China agreed to patrol.");
        assertThat(Dateline.asOwnSentence("ISLAMABAD/NEW DELHI (Reuters) - Pakistan and India traded fire."))
                .isEqualTo("ISLAMABAD/NEW DELHI (Reuters) . Pakistan and India traded fire.");
        assertThat(Dateline.asOwnSentence("RIYADH: Saudi Arabia hosted the talks."))
                .isEqualTo("RIYADH. Saudi Arabia hosted the talks.");
        assertThat(Dateline.asOwnSentence("KHARTOUM, Sudan (AP) — Fighting resumed."))
                .isEqualTo("KHARTOUM, Sudan (AP) . Fighting resumed.");
        assertThat(Dateline.asOwnSentence("Tehran (IRNA) - Iran's foreign minister met his Omani counterpart."))
                .isEqualTo("Tehran (IRNA) . Iran's foreign minister met his Omani counterpart.");
    }

    @Test
    void leavesStoryOpeningsAlone() {
        for (String text : new String[] {
            "Deputy Chief of Staff of the Iranian Armed Forces, Brigadier General Ashtiani, said.",
            "US - China trade talks resumed on Monday.",
            "Tehran - the capital - was quiet.",
            "NATO said on Monday it would expand drills.",
            "Iran and Azerbaijan held talks: both sides said they were pleased."}) {
            assertThat(Dateline.asOwnSentence(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void endIsWhereTheStoryStarts() {
        String tunis = "TUNIS, July 20 (Reuters) - Tunisia's Interior Ministry said on Sunday.";
        assertThat(tunis.substring(Dateline.end(tunis))).startsWith("Tunisia's Interior Ministry");
        String delhi = "NEW DELHI, Sept. 11 (AP) \u2013 India said on Thursday.";
        assertThat(delhi.substring(Dateline.end(delhi))).startsWith("India said");
        String georgetown = "GEORGETOWN (AFP) - Guyana accused Venezuela.";
        assertThat(georgetown.substring(Dateline.end(georgetown))).startsWith("Guyana accused");
        assertThat(Dateline.end("Deputy Chief of Staff of the Iranian Armed Forces, Brigadier General X, spoke.")).isZero();
        assertThat(Dateline.end("Tunis - the capital - was quiet on Sunday.")).isZero();
    }
}
