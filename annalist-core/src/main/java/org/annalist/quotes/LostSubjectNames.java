package org.annalist.quotes;

import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.actors.MentionKind;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * A subject the parser lost, read back from where the sentence's name stands: the name the parser
 * made the sentence's root, or the actor's name that opens the sentence right before a finite verb.
 */
final class LostSubjectNames {

    private final ActorAnalysis actors;

    LostSubjectNames(ActorAnalysis actors) {
        this.actors = actors;
    }

    /**
     * "Sami Jelassi, a spokesman for the Tunisian Forum for Economic and Social Rights, said …"
     * parsed with the name as the sentence's root and "said" hung inside the organisation's
     * name: a sentence whose root is a person's name, followed by its first verb, has lost its
     * main verb to the parser, and the name is that verb's subject.
     */
    Optional<Entity> nameAtRoot(Sentence sentence, int verb) {
        int root = -1;
        for (Token token : sentence.tokens()) {
            if (Syntax.head(sentence, token.index()) == Dependency.ROOT && !Syntax.isPunctuation(token)) {
                root = token.index();
            }
        }
        if (root < 0 || root >= verb || !sentence.token(root).isProperNoun() || !Syntax.subtree(sentence, root).get(verb)) {
            return Optional.empty();
        }
        for (int between = root + 1; between < verb; between++) {
            if (Syntax.isContentVerb(sentence, between)) {
                return Optional.empty();
            }
        }
        int offset = sentence.token(root).start();
        return actors.entityAt(offset).filter(entity -> entity.type().equals("PERSON") && PhraseEntities.mentionKindAt(entity, offset) == MentionKind.NAME);
    }

    /**
     * "Vucic accused … and said he would not …" tagged with "Vucic" as an adjective: the parse
     * then gives the reporting verb no subject at all. A sentence that opens with an actor's name
     * followed at once by a finite verb, with no other subject before the reporting verb, has that
     * actor for the subject of its verbs.
     */
    Optional<Entity> nameOpeningTheSentence(Sentence sentence, int verb) {
        if (sentence.tokens().isEmpty()) {
            return Optional.empty();
        }
        int offset = sentence.token(0).start();
        Optional<Entity> entity = actors.entityAt(offset)
                .filter(found -> Set.of("PERSON", "ORGANIZATION", "COUNTRY").contains(found.type()));
        Mention mention = entity.flatMap(found -> found.mentions().stream()
                .filter(candidate -> candidate.start() == offset && Set.of(MentionKind.NAME, MentionKind.ALIAS, MentionKind.METONYM)
                        .contains(candidate.kind()))
                .findFirst()).orElse(null);
        if (mention == null) {
            return Optional.empty();
        }
        int after = 0;
        while (after < sentence.tokens().size() && sentence.token(after).start() < mention.end()) {
            after++;
        }
        if (after >= verb || !Set.of("VBD", "VBZ", "VBN").contains(sentence.token(after).partOfSpeech())) {
            return Optional.empty();
        }
        for (int between = after; between < verb; between++) {
            if (Syntax.baseRelation(Syntax.relation(sentence, between)).startsWith("nsubj")) {
                return Optional.empty();
            }
            if (sentence.token(between).text().equals(",") && reporterAfterComma(sentence, between + 1, verb)) {
                return Optional.empty();
            }
        }
        return entity;
    }

    /**
     * "Ethiopia has moved tanks to the border, diplomats and residents said, …", "France offered
     * helicopters, a spokesperson for the embassy said, adding that …": a noun phrase after a comma
     * followed at once by a finite verb is that verb's own subject, lost by the parser; the name
     * opening the sentence is then the subject of the reported clause, not the speaker.
     */
    private static boolean reporterAfterComma(Sentence sentence, int from, int verb) {
        if (from >= verb || Set.of("CC", "WDT", "WP", "WP$", "IN", "TO").contains(sentence.token(from).partOfSpeech())) {
            return false;
        }
        boolean noun = false;
        for (int i = from; i <= verb; i++) {
            Token token = sentence.token(i);
            if (token.isVerb()) {
                return noun && Set.of("VBD", "VBZ", "VBP").contains(token.partOfSpeech());
            }
            if (Syntax.isPunctuation(token)) {
                return false;
            }
            noun |= token.partOfSpeech().startsWith("NN") || token.partOfSpeech().equals("PRP");
        }
        return false;
    }
}
