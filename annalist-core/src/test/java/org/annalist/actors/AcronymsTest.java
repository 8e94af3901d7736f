package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which bracketed words are the initials of the body named before them. */
class AcronymsTest {

    @Test
    void initialsOfCapitalisedWordsAndHyphenPartsMatch() {
        assertThat(Acronyms.isInitialsOf("PTI", "Pakistan Tehreek-e-Insaf")).isTrue();
        assertThat(Acronyms.isInitialsOf("KDA", "Kenya Democratic Alliance")).isTrue();
        assertThat(Acronyms.isInitialsOf("NFF", "National Front for Freedom")).isTrue();
    }

    @Test
    void otherBracketedWordsAreNoAcronym() {
        assertThat(Acronyms.isInitialsOf("NATO", "Kenya Democratic Alliance")).isFalse();
        assertThat(Acronyms.isInitialsOf("Lagos", "Lagos Port Authority")).isFalse();
        assertThat(Acronyms.isInitialsOf("LP", "Lagos Port Authority")).isFalse();
    }

    @Test
    void aBracketedWordOfThreeCapitalsIsAnAcronymInAnyLanguage() {
        assertThat(Acronyms.isAcronym("TPNPB")).isTrue();
        assertThat(Acronyms.isAcronym("JNE")).isTrue();
        assertThat(Acronyms.isAcronym("Monday")).isFalse();
        assertThat(Acronyms.isAcronym("UN")).isFalse();
        assertThat(Acronyms.isAcronym("G7")).isFalse();
    }

    @Test
    void anAcronymMayAbbreviateTheLastCapitalisedWordsOfAName() {
        assertThat(Acronyms.isInitialsOfTrailingWords("JCS", "South Korea's Joint Chiefs of Staff")).isTrue();
        assertThat(Acronyms.isInitialsOfTrailingWords("JCS", "Joint Chiefs of Staff")).isTrue();
        assertThat(Acronyms.isInitialsOfTrailingWords("NSS", "Joint Chiefs of Staff")).isFalse();
        assertThat(Acronyms.isInitialsOfTrailingWords("CS", "Joint Chiefs of Staff")).isTrue();
    }
}
