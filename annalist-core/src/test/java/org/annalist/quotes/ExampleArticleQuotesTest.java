package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.DictionaryActorResolver;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.language.AnnotatedDocument;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

/** The reference article: three full quotes and one partial quote, with hand-built and with real actors. */
class ExampleArticleQuotesTest {

    @Test
    void attributesTheExampleQuotesThroughTheRealActorsStage() {
        AnnotatedDocument document = SharedLanguage.annotateFile(SharedLanguage.exampleArticle());
        ActorAnalysis actors = new DictionaryActorResolver(ActorDictionaries.load(List.of())).resolve(document);
        List<Quote> quotes = new SpeechVerbQuoteAttributor(SpeechVerbs.bundled()).attribute(document, actors);

        assertThat(quotes).filteredOn(Quote::direct)
                .extracting(quote -> quote.text().substring(0, 12), Quote::speakerName)
                .containsExactly(
                        tuple("The [ongoing", "Mohammad-Reza Ashtiani"),
                        tuple("important an", "Mohammad-Reza Ashtiani"),
                        tuple("The developm", "Mohammad-Reza Ashtiani"),
                        tuple("We are certa", "Farid Aliyef"));
        assertThat(quotes).filteredOn(quote -> !quote.direct())
                .extracting(Quote::speakerName)
                .containsOnly("Mohammad-Reza Ashtiani", "Farid Aliyef");
    }

    @Test
    void attributesTheThreeFullQuotesAndThePartialQuoteOfTheExample() {
        AnnotatedDocument document = SharedLanguage.annotateFile(SharedLanguage.exampleArticle());
        ActorAnalysis actors = new HandBuiltActors(document.text())
                .entity("Mohammad-Reza Ashtiani", "Mohammad-Reza Ashtiani", "Ashtiani", "he", "He", "The Iranian official")
                .entity("Farid Aliyef", "Farid Aliyef", "Aliyef", "the Azeri official")
                .build();
        List<Quote> quotes = new SpeechVerbQuoteAttributor(SpeechVerbs.bundled()).attribute(document, actors);

        List<Quote> direct = quotes.stream().filter(Quote::direct).toList();
        assertThat(direct).extracting(Quote::speakerName)
                .containsExactly("Mohammad-Reza Ashtiani", "Mohammad-Reza Ashtiani", "Mohammad-Reza Ashtiani", "Farid Aliyef");
        assertThat(direct.get(0).text()).startsWith("The [ongoing] trend").endsWith("national interests,");
        assertThat(direct.get(1).text()).isEqualTo("important and effective position");
        assertThat(direct.get(2).text()).startsWith("The developments and processes").endsWith("security,");
        assertThat(direct.get(3).text()).startsWith("We are certain").endsWith("each other,");
        for (Quote quote : quotes) {
            assertThat(document.text().substring(quote.start(), quote.end())).isEqualTo(quote.text());
        }
        assertThat(quotes).filteredOn(quote -> !quote.direct()).extracting(Quote::text)
                .contains("Azerbaijan served an important role in the region");
    }
}
