package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.MentionKind;
import org.annalist.language.AnnotatedDocument;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

/**
 * A body the actors stage names (a bar association, a department of a foreign government) is the
 * speaker of what its name or its later "the society" reports, through the ordinary subject rule,
 * whatever its code; the quotes stage creates no entity of its own.
 */
class BodyNotYetCodedTest {

    private static final SpeechVerbQuoteAttributor ATTRIBUTOR = new SpeechVerbQuoteAttributor(SpeechVerbs.bundled());

    private static List<Quote> quotes(String text, java.util.function.Function<HandBuiltActors, HandBuiltActors> actors) {
        AnnotatedDocument document = SharedLanguage.annotate("t", text);
        ActorAnalysis analysis = actors.apply(new HandBuiltActors(document.text())).build();
        return ATTRIBUTOR.attribute(document, analysis);
    }

    private static final String TEXT = "Border officers at the airport turned back two Ugandan lawyers who had come to watch the trial, "
            + "the Uganda Law Society said. The society called the expulsions “an affront to the regional court” "
            + "and urged Kampala to summon Rwanda's envoy.\n\n"
            + "The Indonesian Ministry of Manpower thanked Qatar and said the workers would be home by Sunday.";

    @Test
    void aBodyTheActorsStageNamesSpeaksThroughItsNameAndItsNoun() {
        List<Quote> quotes = quotes(TEXT, actors -> actors
                .entity("Uganda Law Society", "ORGANIZATION", MentionKind.NAME, "Uganda Law Society")
                .entity("Uganda Law Society", "ORGANIZATION", MentionKind.NOMINAL, "The society")
                .entity("Indonesian Ministry of Manpower", "ORGANIZATION", MentionKind.NAME, "Indonesian Ministry of Manpower"));
        assertThat(quotes).extracting(Quote::speakerName).containsOnly("Uganda Law Society", "Indonesian Ministry of Manpower");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("workers would be home")).extracting(Quote::speakerName)
                .containsExactly("Indonesian Ministry of Manpower");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("urged Kampala")).extracting(Quote::speakerName)
                .containsExactly("Uganda Law Society");
    }

    @Test
    void withoutTheEntityTheWordsKeepNoSpeaker() {
        List<Quote> quotes = quotes(TEXT, actors -> actors.entity("Qatar", "COUNTRY", MentionKind.NAME, "Qatar"));
        assertThat(quotes).extracting(Quote::speakerName).containsOnlyNulls();
    }
}
