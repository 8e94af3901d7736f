package org.annalist.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionariesTest {

    private static final ActorDictionaries BUNDLED = ActorDictionaries.load(List.of());

    @Test
    void findsCountriesByNameAliasAndDemonymWithOptionalThe() {
        assertThat(BUNDLED.countries().find("the Islamic Republic")).get()
                .satisfies(name -> {
                    assertThat(name.code()).isEqualTo("IRN");
                    assertThat(name.form()).isEqualTo(CountryName.Form.ALIAS);
                    assertThat(name.source()).startsWith("actors/countries.tsv:");
                });
        assertThat(BUNDLED.countries().find("Republic of Azerbaijan")).get().extracting(CountryName::code).isEqualTo("AZE");
        assertThat(BUNDLED.countries().find("Azeri")).get().extracting(CountryName::form).isEqualTo(CountryName.Form.DEMONYM);
        assertThat(BUNDLED.countries().find("Azeris")).get().extracting(CountryName::code).isEqualTo("AZE");
    }

    @Test
    void matchesAcronymsOnlyAsWritten() {
        assertThat(BUNDLED.countries().find("US")).get().extracting(CountryName::code).isEqualTo("USA");
        assertThat(BUNDLED.countries().find("us")).isEmpty();
        assertThat(BUNDLED.knownActors().find("UN")).get().extracting(KnownActor::code).isEqualTo("UNO");
        assertThat(BUNDLED.knownActors().find("the Kremlin")).get()
                .satisfies(kremlin -> assertThat(List.of(kremlin.code(), kremlin.sector())).containsExactly("RUS", "GOV"));
    }

    @Test
    void readsSectorKeywordsWithTheirKind() {
        assertThat(BUNDLED.sectors().find("Brigadier General")).get()
                .satisfies(phrase -> {
                    assertThat(phrase.sector()).isEqualTo("MIL");
                    assertThat(phrase.kind()).isEqualTo(SectorPhrase.Kind.TITLE);
                });
        assertThat(BUNDLED.sectors().find("troops")).get().extracting(SectorPhrase::kind).isEqualTo(SectorPhrase.Kind.GROUP);
        assertThat(BUNDLED.sectors().find("official")).get().extracting(SectorPhrase::sector).isNull();
    }

    @Test
    void userActorFileAddsPersonsAndTakesPrecedenceOverBundledRows(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("my-actors.tsv");
        Files.writeString(file, """
                # my actors
                name\taliases\tcode\tsector\tkind\tnotes
                Mohammad-Reza Ashtiani\tAshtiani\tIRN\tMIL\tperson\t
                Kremlin\t\tRUS\tSPY\tstate-body\trecoded for a test
                """);
        ActorDictionaries dictionaries = ActorDictionaries.load(List.of(file));
        assertThat(dictionaries.knownActors().find("Ashtiani")).get()
                .satisfies(person -> {
                    assertThat(person.isPerson()).isTrue();
                    assertThat(person.code()).isEqualTo("IRN");
                    assertThat(person.source()).isEqualTo(file + ":3");
                });
        assertThat(dictionaries.knownActors().find("Kremlin")).get().extracting(KnownActor::sector).isEqualTo("SPY");
    }

    @Test
    void malformedUserFileFailsWithFileAndLine(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("bad.tsv");
        Files.writeString(file, "name\taliases\tcode\tsector\tkind\tnotes\nSomeone\t\tIran\tMIL\tperson\t\n");
        assertThatThrownBy(() -> ActorDictionaries.load(List.of(file)))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining(file + ":2")
                .hasMessageContaining("code");
    }
}
