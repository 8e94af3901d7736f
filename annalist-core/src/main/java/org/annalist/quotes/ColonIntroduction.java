package org.annalist.quotes;

import java.util.Optional;
import org.annalist.actors.Entity;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The place for a quotation opened right after a colon that ends a clause with no reporting verb
 * ({@code Karua was defiant: “…”}): the clause's subject, or the owner of an utterance noun.
 */
final class ColonIntroduction {

    private final PassagePosition position;
    private final SpeakerFinder speakers;
    private final FrameWords frames;

    ColonIntroduction(PassagePosition position, SpeakerFinder speakers, FrameWords frames) {
        this.position = position;
        this.speakers = speakers;
        this.frames = frames;
    }

    /**
     * {@code Karua was defiant: “We will see them in court.”}, {@code Her message to the protesters
     * was blunt: “Go home.”}: a quotation opened right after a colon that ends a clause with no
     * reporting verb is what the clause's subject said — when the subject names an actor, or is a
     * noun for something said (frame-words.tsv, utterance-noun) owned by one ("her message",
     * "Karua's reply"). Only with a speaker: a sign that "read:" or "the mood was grim:" names
     * none, and then nothing is claimed.
     */
    Optional<Attribution> attribute(QuotedPassage passage) {
        Sentence sentence = position.introducingSentence(passage);
        if (sentence == null || !position.precededBy(passage.openMark(), ':')) {
            return Optional.empty();
        }
        int colon = -1;
        for (Token token : sentence.tokens()) {
            if (token.end() <= passage.openMark() && token.text().equals(":")) {
                colon = token.index();
            }
        }
        int clause = colon < 2 ? -1 : introducingClause(sentence, colon);
        if (clause < 0) {
            return Optional.empty();
        }
        Syntax.Subject subject = Syntax.subjectOf(sentence, clause);
        if (!subject.found() || subject.inherited() || subject.token() >= colon) {
            return Optional.empty();
        }
        Optional<Entity> owner = ownerOfUtterance(sentence, subject.token());
        if (owner.isPresent()) {
            return Optional.of(new Attribution(owner.get(), "colon-introduction:owner-of-utterance"));
        }
        Attribution found = speakers.speakerOfVerb(sentence, clause, "colon-introduction");
        return found.speaker() == null ? Optional.empty() : Optional.of(found);
    }

    /**
     * The head of the clause before the colon: its one word whose governor lies outside it (the
     * root, or a word of the quotation the parser made the root); -1 when there is not exactly one.
     */
    private static int introducingClause(Sentence sentence, int colon) {
        int head = -1;
        for (int i = 0; i < colon; i++) {
            int governor = Syntax.head(sentence, i);
            if (Syntax.isPunctuation(sentence.token(i)) || (governor != Dependency.ROOT && governor < colon)) {
                continue;
            }
            if (head >= 0) {
                return -1;
            }
            head = i;
        }
        return head;
    }

    /** "Her message", "Karua's reply": the actor owning an utterance noun at the token, if any. */
    private Optional<Entity> ownerOfUtterance(Sentence sentence, int noun) {
        Token token = sentence.token(noun);
        if (!token.isNoun() || token.isProperNoun() || !frames.is(FrameWords.Role.UTTERANCE_NOUN, token.lemma() == null ? token.text() : token.lemma())) {
            return Optional.empty();
        }
        for (Dependency arc : sentence.dependentArcs(noun)) {
            if (arc.relation().equals("nmod:poss")) {
                return speakers.entityOf(sentence, arc.dependent()).filter(entity -> !entity.type().equals("GROUP"));
            }
        }
        return Optional.empty();
    }
}
