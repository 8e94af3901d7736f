package org.annalist.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * national-offices.tsv, body-reference-words.tsv and state-nouns.tsv load like the other actor
 * dictionaries: the bundled file, then the user's files of the same columns, whose row for a key
 * replaces the bundled one and whose new rows add to it.
 */
class UserReferenceFilesTest {

    @Test
    void userStateNounRowReplacesTheBundledRowAndAddsNewNouns(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("my-state-nouns.tsv");
        Files.writeString(file, """
                # my nouns
                noun\tcountries\tnote
                emirate\tQAT|KWT|ARE\tthe federation's members counted too
                archipelago\tPHL|IDN\t
                """);
        StateNouns nouns = StateNouns.load(List.of(file));
        assertThat(nouns.states("emirate").orElseThrow().codes()).containsExactlyInAnyOrder("QAT", "KWT", "ARE");
        assertThat(nouns.states("emirate").orElseThrow().source()).isEqualTo(file + ":3");
        assertThat(nouns.states("archipelago").orElseThrow().codes()).containsExactlyInAnyOrder("PHL", "IDN");
        assertThat(nouns.states("sultanate").orElseThrow().source()).startsWith("actors/state-nouns.tsv:");
        assertThat(nouns.sources()).hasSize(2);
    }

    @Test
    void userBodyWordRowIsHonoured(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("my-body-words.tsv");
        Files.writeString(file, "word\tfits\tnote\nsyndicate\tLAB\tthe journalists' syndicate\n");
        BodyReferenceWords words = BodyReferenceWords.load(List.of(file));
        BodyReferenceWords.Fit fit = words.fit("Syndicate").orElseThrow();
        assertThat(fit.fits(null, "LAB")).isTrue();
        assertThat(fit.fits("NGO", "HRI")).isFalse();
        assertThat(BodyReferenceWords.bundled().fit("syndicate")).isEmpty();
    }

    @Test
    void userNationalOfficeRowReplacesTheBundledRowAndAddsNewOffices(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("my-offices.tsv");
        Files.writeString(file, "phrase\tcountry\tnote\nchancellor of the exchequer\tGBR\t\ntaoiseach\tIRE\trecoded for a test\n");
        NationalOffices offices = NationalOffices.load(List.of(file));
        assertThat(offices.in("the Chancellor of the Exchequer").orElseThrow().country()).isEqualTo("GBR");
        assertThat(offices.in("Taoiseach").orElseThrow().country()).isEqualTo("IRE");
        assertThat(offices.in("the secretary of state").orElseThrow().country()).isEqualTo("USA");
        assertThat(NationalOffices.bundled().in("Taoiseach").orElseThrow().country()).isEqualTo("IRL");
    }
}
