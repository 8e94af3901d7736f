package org.annalist.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PersonDictionaryTest {

    private static final CountryDictionary COUNTRIES = CountryDictionary.load(List.of());
    private static final PersonDictionary BUNDLED = PersonDictionary.load(COUNTRIES);

    @Test
    void bundledFileLoadsWithSeveralHundredPersons() {
        assertThat(BUNDLED.persons()).hasSizeGreaterThan(500);
        assertThat(BUNDLED.source().name()).isEqualTo("actors/persons.tsv");
    }

    @Test
    void everyCodeIsACountryOrAnInternationalCode() {
        assertThat(BUNDLED.persons()).allSatisfy(person -> assertThat(
                PersonDictionary.NON_STATE_CODES.contains(person.code()) || COUNTRIES.nameOf(person.code()).isPresent())
                .as(person.source() + " " + person.name() + " " + person.code()).isTrue());
    }

    @Test
    void everySectorIsOneTheSectorKeywordsUse() {
        Set<String> sectors = TsvTable.bundled("actors/sectors.tsv", SectorDictionary.COLUMNS).rows().stream()
                .map(row -> row.get("sector")).filter(sector -> !sector.isEmpty()).collect(Collectors.toSet());
        assertThat(BUNDLED.persons()).allSatisfy(person ->
                assertThat(sectors).as(person.source() + " " + person.name()).contains(person.sector()));
    }

    @Test
    void everyPersonHasARoleAndNoNameIsOnTwoRows() {
        Set<String> seen = new HashSet<>();
        for (KnownPerson person : BUNDLED.persons()) {
            assertThat(person.role()).as(person.source()).isNotBlank();
            for (String name : concat(person.name(), person.aliases())) {
                String key = PersonDictionary.withoutAccents(name).toLowerCase(java.util.Locale.ROOT);
                assertThat(seen.add(key)).as(person.source() + " repeats \"" + name + "\"").isTrue();
            }
        }
    }

    @Test
    void findsFullNamesAndAliasesWithOrWithoutAccents() {
        assertThat(BUNDLED.find("Volodymyr Zelensky")).get()
                .satisfies(person -> assertThat(List.of(person.name(), person.code(), person.sector()))
                        .containsExactly("Volodymyr Zelenskyy", "UKR", "GOV"));
        assertThat(BUNDLED.find("Recep Tayyip Erdogan")).get().extracting(KnownPerson::code).isEqualTo("TUR");
        assertThat(BUNDLED.find("Erdoğan")).get().extracting(KnownPerson::code).isEqualTo("TUR");
        assertThat(BUNDLED.find("Binali Yildirim")).get().extracting(KnownPerson::code).isEqualTo("TUR");
        assertThat(BUNDLED.find("Antonio Guterres")).get().extracting(KnownPerson::code).isEqualTo("UNO");
        assertThat(BUNDLED.find("Jonas Gahr Store")).get().extracting(KnownPerson::code).isEqualTo("NOR");
        assertThat(BUNDLED.find("Dmitry Peskov")).get().extracting(KnownPerson::source).asString().startsWith("actors/persons.tsv:");
    }

    @Test
    void ordinarySurnamesAndGivenNamesAreNotNames() {
        assertThat(BUNDLED.find("Rubio")).isEmpty();
        assertThat(BUNDLED.find("Sharif")).isEmpty();
        assertThat(BUNDLED.find("Marco")).isEmpty();
        assertThat(BUNDLED.find("Kim")).isEmpty();
    }

    @Test
    void nameOnTwoRowsFailsWithFileAndLine() {
        TsvTable table = TsvTable.parse("my-persons.tsv", """
                name\taliases\tcode\tsector\trole\tnote
                Ali Hassan\t\tIRQ\tGOV\tMinister\t
                Ali Hasan\tAli Hassan\tEGY\tGOV\tMinister\t
                """.getBytes(StandardCharsets.UTF_8), PersonDictionary.COLUMNS);
        assertThatThrownBy(() -> PersonDictionary.fromTable(table, COUNTRIES))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining("my-persons.tsv:3")
                .hasMessageContaining("my-persons.tsv:2");
    }

    @Test
    void unknownCountryCodeFailsWithFileAndLine() {
        TsvTable table = TsvTable.parse("my-persons.tsv", """
                name\taliases\tcode\tsector\trole\tnote
                Jane Roe\t\tXYZ\tGOV\tMinister\t
                """.getBytes(StandardCharsets.UTF_8), PersonDictionary.COLUMNS);
        assertThatThrownBy(() -> PersonDictionary.fromTable(table, COUNTRIES))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining("my-persons.tsv:2")
                .hasMessageContaining("XYZ");
    }

    private static List<String> concat(String name, List<String> aliases) {
        List<String> all = new java.util.ArrayList<>(aliases);
        all.add(0, name);
        return all;
    }
}
