package org.annalist.quotes;

import java.util.Optional;
import java.util.Set;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * A quotation that is a sentence of its own, named by the sentence after it rather than by a
 * reporting verb: "“…” That was how X described it", "That was the message from X". Kept apart
 * from {@link DirectQuoteAttribution}, which reads the reporting verbs around the quote marks.
 */
final class VerdictSentence {

    /** Subjects of "That was how X put it", "This was the verdict of X". */
    private static final Set<String> DEMONSTRATIVES = Set.of("That", "This");
    /** "That was the blunt message from": the preposition comes within these tokens of the sentence start. */
    private static final int VERDICT_NOUN_REACH = 7;
    /** "from German Foreign Minister Johann Wadephul": the name comes within these tokens of the preposition. */
    private static final int TITLE_REACH = 7;

    private final AnnotatedDocument document;
    private final SpeakerFinder speakers;

    VerdictSentence(AnnotatedDocument document, SpeakerFinder speakers) {
        this.document = document;
        this.speakers = speakers;
    }

    /**
     * “We waited sixty years for this day.” That was how Halima Issoufou greeted the news — “…”
     * That was the message from the foreign minister: a quotation that is a sentence of its own,
     * with no reporting verb, whose next sentence in the paragraph opens with "That/This was"
     * names its speaker there: the first person or body that sentence names.
     */
    Optional<Attribution> attribute(QuotedPassage passage) {
        if (!passage.closed()) {
            return Optional.empty();
        }
        int index = document.sentenceAt(passage.closeMark());
        if (index < 0 || index + 1 >= document.sentences().size()) {
            return Optional.empty();
        }
        Sentence quoted = document.sentences().get(index);
        for (Token token : quoted.tokens()) {
            if (token.start() > passage.closeMark() && !Syntax.isPunctuation(token)) {
                return Optional.empty(); // the quotation's sentence goes on: its own words attribute it, or nothing does
            }
        }
        Sentence next = document.sentences().get(index + 1);
        if (next.paragraph() != quoted.paragraph() || next.tokens().size() < 3
                || !DEMONSTRATIVES.contains(next.token(0).text()) || !"be".equals(next.token(1).lemma())) {
            return Optional.empty();
        }
        String third = next.token(2).text().toLowerCase(java.util.Locale.ROOT);
        if (third.equals("how") || third.equals("what")) {
            return speakers.firstActorNamed(next, 3, next.tokens().size()).map(entity -> new Attribution(entity, "verdict-in-next-sentence"));
        }
        // "That was the message from …", "This was the verdict of …": the name follows the preposition
        for (int word = 3; word < Math.min(next.tokens().size(), VERDICT_NOUN_REACH); word++) {
            String text = next.token(word).text().toLowerCase(java.util.Locale.ROOT);
            if (text.equals("from") || text.equals("of")) {
                return speakers.firstActorNamed(next, word + 1, Math.min(next.tokens().size(), word + 1 + TITLE_REACH))
                        .map(entity -> new Attribution(entity, "verdict-in-next-sentence"));
            }
        }
        return messageTheyDelivered(next); // "That was a record for May, the agency said" names no speaker of the quotation
    }

    /**
     * "That was the message President Irfaan Ali delivered in a broadcast": the verdict noun
     * followed at once by a name (its titles aside) and the verb of the clause it opens. Anything
     * else between the noun and the name ("That was a record for May") names no speaker.
     */
    private Optional<Attribution> messageTheyDelivered(Sentence next) {
        if (next.tokens().size() < 6 || !next.token(2).text().equalsIgnoreCase("the") || !next.token(3).isNoun()
                || next.token(3).isProperNoun()) {
            return Optional.empty();
        }
        int name = 4;
        while (name < next.tokens().size() && next.token(name).namedEntityTag().equals("TITLE")) {
            name++;
        }
        if (name >= next.tokens().size() || !next.token(name).isProperNoun()) {
            return Optional.empty();
        }
        int afterName = name;
        while (afterName < next.tokens().size() && next.token(afterName).isProperNoun()) {
            afterName++;
        }
        if (afterName >= next.tokens().size() || !next.token(afterName).partOfSpeech().equals("VBD")) {
            return Optional.empty();
        }
        return speakers.firstActorNamed(next, name, afterName).map(entity -> new Attribution(entity, "verdict-in-next-sentence"));
    }
}
