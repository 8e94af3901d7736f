package org.annalist.quotes;

import java.util.List;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.DictionaryActorResolver;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.language.AnnotatedDocument;
import org.annalist.testing.SharedLanguage;

/** The bundled actors and quotes stages, built once, for quote tests on sentences written for them. */
final class QuoteFixture {

    static final DictionaryActorResolver ACTORS = new DictionaryActorResolver(ActorDictionaries.load(List.of()));
    static final SpeechVerbQuoteAttributor QUOTES = new SpeechVerbQuoteAttributor(SpeechVerbs.bundled());

    private QuoteFixture() {}

    /** The quotes of the text (as the plain-text reader gets it: a leading " date YYYY-MM-DD " is the article date), with its actors resolved first, as the pipeline does. */
    static List<Quote> quotes(String text) {
        AnnotatedDocument document = SharedLanguage.annotate("t", text);
        ActorAnalysis actors = ACTORS.resolve(document);
        return QUOTES.attribute(document, actors);
    }
}
