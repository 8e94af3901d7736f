package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.actors.ActorAnalysis;
import org.annalist.dictionary.DictionaryException;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.AnnotatedDocument;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's statement-words file adds evaluative words without recompiling, and a bad row is reported with its file and line. */
class StatementWordsFileTest {

    private static final String HEADER = "words\trule\tcameo\ttense\tnote\n";

    @Test
    void userWordMakesAQuotedStatementACriticism(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("my-words.tsv");
        Files.writeString(file, "# my own words\n" + HEADER + "skulduggery\taccuse.my-word\t111\tany\tan analyst's word\n");
        DependencyEventCoder coder = new DependencyEventCoder(CoderFixture.ONTOLOGY, PatternDictionary.load(List.of(), CoderFixture.ONTOLOGY),
                WordLists.bundled(CoderFixture.ONTOLOGY), CoderFixture.DICTIONARIES.places(), CoderFixture.DICTIONARIES.sectors(),
                StatementLexicon.load(List.of(file), CoderFixture.ONTOLOGY), "test");
        AnnotatedDocument document = SharedLanguage.annotate("t", " date 2025-03-10 “Moscow is guilty of skulduggery at the border,” "
                + "Estonian Foreign Minister Margus Tsahkna said on Monday.");
        ActorAnalysis actors = CoderFixture.ACTORS.resolve(document);
        List<Event> events = coder.code(document, actors, CoderFixture.QUOTES.attribute(document, actors));
        assertThat(events)
                .filteredOn(event -> event.rule().equals("accuse.my-word"))
                .extracting(Event::event, event -> event.actors().get(0).code(), event -> event.recipients().get(0).code(),
                        event -> event.provenance().ruleFile())
                .containsExactly(tuple("ACCUSE", "EST", "RUS", file.toString()));
    }

    @Test
    void rowWhoseCodeIsNotACriticismAWarningOrARefusalIsRejectedWithItsLine(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("bad-words.tsv");
        Files.writeString(file, HEADER + "praise\tsupport.praise-statement\t051\tany\t\n");
        assertThatThrownBy(() -> StatementLexicon.load(List.of(file), CoderFixture.ONTOLOGY))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining(file + ":2")
                .hasMessageContaining("ACCUSE, THREATEN or REJECT");
    }
}
