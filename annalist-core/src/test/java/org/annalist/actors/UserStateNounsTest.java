package org.annalist.actors;

import static org.annalist.actors.ResolvedText.mentionTexts;
import static org.annalist.actors.ResolvedText.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.StateNouns;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolver reads state nouns from its dictionaries, so a user's state-nouns file is honoured. */
class UserStateNounsTest {

    private static final String TEXT = "Oman and the United Arab Emirates signed a port agreement on Sunday. "
            + "The emirate will also fund a new terminal in Sohar.";

    @Test
    void userStateNounRowLetsTheEmirateNameTheEmirates(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("my-state-nouns.tsv");
        Files.writeString(file, "noun\tcountries\tnote\nemirate\tQAT|KWT|ARE\t\n");
        ActorDictionaries bundled = ActorDictionaries.load(List.of());
        ActorDictionaries withUserNouns = new ActorDictionaries(bundled.countries(), bundled.knownActors(), bundled.sectors(), bundled.places(),
                bundled.referenceWords(), bundled.placeNames(), bundled.persons(), bundled.nationalOffices(), bundled.bodyReferenceWords(),
                StateNouns.load(List.of(file)), bundled.nameTables());
        ActorAnalysis analysis = new DictionaryActorResolver(withUserNouns).resolve(SharedLanguage.annotate("test", TEXT));
        assertThat(mentionTexts(named(analysis, "United Arab Emirates"))).contains("The emirate");
        assertThat(mentionTexts(named(analysis, "Oman"))).containsExactly("Oman");
    }

    @Test
    void withoutTheUserRowTheEmirateIsNobody() {
        ActorAnalysis analysis = ResolvedText.resolve(TEXT);
        assertThat(analysis.entities()).noneMatch(entity -> mentionTexts(entity).contains("The emirate"));
    }
}
