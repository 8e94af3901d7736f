package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.language.AnnotatedDocument;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Persons the text names without a nationality take their code from actors/persons.tsv. */
class KnownPersonsTest {

    private static final DictionaryActorResolver RESOLVER = new DictionaryActorResolver(ActorDictionaries.load(List.of()));

    private static ActorAnalysis resolve(DictionaryActorResolver resolver, String text) {
        AnnotatedDocument document = SharedLanguage.annotate("test", text);
        return resolver.resolve(document);
    }

    private static Entity named(ActorAnalysis analysis, String name) {
        return analysis.entities().stream().filter(entity -> name.equals(entity.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + analysis.entities()));
    }

    @Test
    void codesAPresidentNamedWithoutNationalityFromTheDictionary() {
        Entity zelenskyy = named(resolve(RESOLVER, "President Volodymyr Zelenskyy condemned the strike."), "Volodymyr Zelenskyy");
        assertThat(zelenskyy.code()).isEqualTo("UKR");
        assertThat(zelenskyy.sector()).isEqualTo("GOV");
        assertThat(zelenskyy.codedBy()).matches("code: actors/persons\\.tsv:\\d+ Volodymyr Zelenskyy .*");
    }

    @Test
    void codesASpokesmanWhoseTitleGivesNoSector() {
        Entity peskov = named(resolve(RESOLVER, "Spokesman Dmitry Peskov said the talks would continue next week."), "Dmitry Peskov");
        assertThat(List.of(peskov.code(), peskov.sector())).containsExactly("RUS", "GOV");
    }

    @Test
    void laterSurnameJoinsTheListedPersonAndANationalityInTheTitleStillCodesTheOther() {
        ActorAnalysis analysis = resolve(RESOLVER, "Secretary of State Marco Rubio met Indian External Affairs Minister "
                + "Subrahmanyam Jaishankar in Washington on Tuesday. Rubio said the talks had been useful.");
        Entity rubio = named(analysis, "Marco Rubio");
        assertThat(List.of(rubio.code(), rubio.sector())).containsExactly("USA", "GOV");
        assertThat(rubio.mentions()).extracting(Mention::text).contains("Marco Rubio", "Rubio");
        Entity jaishankar = named(analysis, "Subrahmanyam Jaishankar");
        assertThat(jaishankar.code()).isEqualTo("IND");
        assertThat(jaishankar.codedBy()).startsWith("code: title:");
    }

    @Test
    void nationalityInThePersonsOwnTitleBeatsTheDictionary() {
        // Kaja Kallas is listed as EUR (EU foreign policy chief since 2024); an article from her
        // time as Estonia's prime minister says so, and the text wins.
        ActorAnalysis analysis = resolve(RESOLVER, "Estonian Prime Minister Kaja Kallas said on Monday that the border would stay open.");
        Entity kallas = named(analysis, "Kaja Kallas");
        assertThat(kallas.code()).isEqualTo("EST");
        assertThat(kallas.codedBy()).startsWith("code: title:");
    }

    @Test
    void nationalityAtALaterMentionReplacesTheDictionaryCode() {
        ActorAnalysis analysis = resolve(RESOLVER, "Kaja Kallas arrived in Tallinn on Monday. "
                + "Later that day, Estonian Prime Minister Kaja Kallas said the border would stay open.");
        assertThat(named(analysis, "Kaja Kallas").code()).isEqualTo("EST");
    }

    @Test
    void bareSurnameWithoutTheFullNameMatchesNobody() {
        ActorAnalysis analysis = resolve(RESOLVER, "Rubio told reporters on Tuesday that the talks had been useful.");
        assertThat(analysis.entities()).filteredOn(entity -> entity.name().equals("Rubio"))
                .singleElement().satisfies(rubio -> assertThat(rubio.code()).isNull());
    }

    @Test
    void userActorFileTakesPrecedenceOverTheBundledPersons(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("my-actors.tsv");
        Files.writeString(file, "name\taliases\tcode\tsector\tkind\tnotes\nHakan Fidan\t\tTUR\tSPY\tperson\tas intelligence chief\n");
        DictionaryActorResolver resolver = new DictionaryActorResolver(ActorDictionaries.load(List.of(file)));
        Entity fidan = named(resolve(resolver, "Hakan Fidan said the meeting had been constructive."), "Hakan Fidan");
        assertThat(List.of(fidan.code(), fidan.sector())).containsExactly("TUR", "SPY");
        assertThat(fidan.codedBy()).contains(file.toString());
    }
}
