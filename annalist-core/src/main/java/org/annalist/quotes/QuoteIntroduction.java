package org.annalist.quotes;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.annalist.actors.Entity;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * A person introduced in the sentence right before a quotation with no frame of its own is its
 * speaker:
 *
 * <pre>
 * Army spokesman Nabil Abdallah, speaking on state television, was confident. “The enemy has
 * been pushed back.”
 * </pre>
 *
 * <p>The wire writer sets the speaker up ("X was defiant.", "X, 52, walked for three days to
 * reach the city.") and lets the quotation follow, in the same paragraph or as a paragraph of its
 * own. The rule is narrow: the sentence before must have a person as the subject of its main
 * clause, name no other person, hold no reporting verb (a report there is handled by the
 * report's own speaker) and no quotation, and no quotation may come before it in its paragraph
 * (that quotation's speaker may still be talking); the quotation must open its sentence. A body as the
 * subject ("The army moved tanks into the city.") sets up no speaker: the words after it are as
 * often a witness's.
 */
final class QuoteIntroduction {

    private QuoteIntroduction() {}

    /** Gives each frameless quotation after a sentence introducing one person that person as speaker. */
    static void share(AnnotatedDocument document, List<QuotedPassage> passages, List<Optional<Attribution>> attributions,
            SpeakerFinder speakers, SpeechVerbs verbs) {
        for (int i = 0; i < passages.size(); i++) {
            QuotedPassage current = passages.get(i);
            int index = document.sentenceAt(current.openMark());
            if (attributions.get(i).isPresent() || current.continuesFromPrevious() || index <= 0
                    || document.sentences().get(index).start() < current.openMark()) {
                continue;
            }
            Sentence before = document.sentences().get(index - 1);
            Sentence own = document.sentences().get(index);
            // a quotation earlier in the introducing paragraph has its own speaker, who may still be talking
            boolean quotedBefore = passages.stream().anyMatch(other -> other.start() < before.end() && other.paragraph() == before.paragraph());
            boolean question = isQuestion(before);
            if (question) {
                // "Would he go back? “Tomorrow, if they let me.”": the narrator asks, the person answers
                Optional<Entity> asked = askedPerson(before, speakers, attributions, i);
                if (asked.isPresent() && own.paragraph() == before.paragraph()) {
                    attributions.set(i, Optional.of(new Attribution(asked.get(), "answer-to-question-before")));
                }
                continue;
            }
            if (quotedBefore || own.paragraph() - before.paragraph() > 1 || hasReportingVerb(before, verbs)) {
                continue;
            }
            Optional<Entity> person = introducedPerson(before, speakers);
            if (person.isPresent()) {
                attributions.set(i, Optional.of(new Attribution(person.get(), "introduced-in-sentence-before")));
            }
        }
    }

    /** A sentence of the narrator's that asks: its last word is a question mark, outside quote marks. */
    private static boolean isQuestion(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals("?") && !Syntax.isQuoted(sentence, tokens.size() - 1)
                && tokens.stream().noneMatch(token -> Syntax.isQuoted(sentence, token.index()));
    }

    /**
     * "Would Kabore appeal? “Of course.”", "Would he go back? “Tomorrow, if they let me.”": the
     * person the narrator's question asks about answers it. The subject of the question's main verb
     * is a person (a verb of speech there asks, it reports nothing), or a he/she the actors stage
     * left unresolved that goes on with the person who spoke last (the nearest earlier quotation
     * with a speaker, a person). Nobody otherwise.
     */
    private static Optional<Entity> askedPerson(Sentence sentence, SpeakerFinder speakers, List<Optional<Attribution>> attributions, int passage) {
        OptionalInt subject = mainClauseSubject(sentence);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        Optional<Entity> named = speakers.entityOf(sentence, subject.getAsInt());
        if (named.isPresent()) {
            return named.filter(entity -> entity.type().equals("PERSON"));
        }
        String word = sentence.token(subject.getAsInt()).text().toLowerCase(java.util.Locale.ROOT);
        if (!word.equals("he") && !word.equals("she")) {
            return Optional.empty();
        }
        for (int earlier = passage - 1; earlier >= 0; earlier--) {
            Optional<Attribution> attribution = attributions.get(earlier);
            if (attribution.isPresent() && attribution.get().speaker() != null) {
                Entity speaker = attribution.get().speaker();
                return speaker.type().equals("PERSON") ? Optional.of(speaker) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The main clause's own subject (not one inherited from another verb), if the parse has one. */
    private static OptionalInt mainClauseSubject(Sentence sentence) {
        int root = Syntax.root(sentence);
        if (root < 0) {
            return OptionalInt.empty();
        }
        Syntax.Subject subject = Syntax.subjectOf(sentence, root);
        return subject.found() && !subject.inherited() ? OptionalInt.of(subject.token()) : OptionalInt.empty();
    }

    /** The person subject of the sentence's main clause, when the sentence names no other person. */
    private static Optional<Entity> introducedPerson(Sentence sentence, SpeakerFinder speakers) {
        OptionalInt subject = mainClauseSubject(sentence);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        Optional<Entity> person = speakers.entityOf(sentence, subject.getAsInt()).filter(entity -> entity.type().equals("PERSON"));
        if (person.isEmpty()) {
            return Optional.empty();
        }
        for (Token token : sentence.tokens()) {
            Optional<Entity> named = speakers.firstActorNamed(sentence, token.index(), token.index() + 1);
            if (named.isPresent() && named.get().type().equals("PERSON") && !named.get().id().equals(person.get().id())) {
                return Optional.empty();
            }
        }
        return person;
    }

    /**
     * A reporting verb other than a participle set off as an aside ("speaking on state
     * television", "Asked whether …"), which frames the setting, not words.
     */
    private static boolean hasReportingVerb(Sentence sentence, SpeechVerbs verbs) {
        return sentence.tokens().stream().anyMatch(token -> token.isVerb() && verbs.quotingKindOf(token.lemma()).isPresent()
                && !isParticipleAside(sentence, token));
    }

    static boolean isParticipleAside(Sentence sentence, Token token) {
        String relation = Syntax.baseRelation(Syntax.relation(sentence, token.index()));
        return (token.partOfSpeech().equals("VBG") || token.partOfSpeech().equals("VBN"))
                && (relation.equals("advcl") || relation.equals("acl"));
    }
}
