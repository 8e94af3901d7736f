package org.annalist.quotes;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import org.annalist.actors.Entity;
import org.annalist.language.Sentence;

/**
 * Whose doing a participle with no subject of its own is, for {@link SpeakerFinder}:
 * <ul>
 *   <li>a reporting participle set off by a comma (adding, noting, saying, stressing) goes on
 *       with the report before it: "Low lake levels had slowed deliveries, he said, adding that
 *       full flows would resume …", "X told lawmakers the forces were ready, adding that …". The
 *       parser hangs it from the reported clause (or from the quotation's verb) and so hands it
 *       that clause's subject, which is no actor; the speaker is the one of the nearest reporting
 *       verb before the comma that has a subject of its own outside quote marks;</li>
 *   <li>a participle qualifying a statement or body noun is that body's or the statement
 *       issuer's doing ("a statement from the army saying that …"), and one whose object is
 *       "him" or "her" addresses the noun, so it is the doing of the verb the noun hangs from
 *       ("wrote to Prime Minister Modi urging him to …").</li>
 * </ul>
 *
 * <p>Why a class of its own: these rules read a participle's place in the sentence, not its
 * subject, which is the job of {@link SpeakerFinder#speakerOfVerb}; that method is passed in
 * where a rule needs the speaker of an earlier verb. Stateless over one article's actors.
 */
final class ParticipleSpeakers {

    private final SpeechVerbs verbs;
    private final PhraseEntities phrases;

    ParticipleSpeakers(SpeechVerbs verbs, PhraseEntities phrases) {
        this.verbs = verbs;
        this.phrases = phrases;
    }

    /**
     * The reporting verb with its own subject between an inherited subject and a reporting
     * participle set off by a comma, when that verb is not the one the subject belongs to: its
     * speaker, or no speaker when it names none ("aid workers said, adding …").
     */
    Optional<Attribution> reporterAfterInheritedSubject(Sentence sentence, int verb, int inheritedSubject,
            BiFunction<Sentence, Integer, Attribution> speakerOfVerb) {
        if (!Syntax.isParticipleAfterComma(sentence, verb)
                || verbs.kindOf(sentence.token(verb).lemma()).filter(kind -> kind == SpeechVerbKind.SPEECH).isEmpty()) {
            return Optional.empty();
        }
        for (int index = verb - 2; index > inheritedSubject; index--) {
            if (Syntax.isQuoted(sentence, index) || !Syntax.isContentVerb(sentence, index)
                    || verbs.kindOf(sentence.token(index).lemma()).filter(kind -> kind == SpeechVerbKind.SPEECH).isEmpty()) {
                continue;
            }
            Syntax.Subject own = Syntax.subjectOf(sentence, index);
            if (!own.found() || own.inherited() || Syntax.isQuoted(sentence, own.token()) || own.token() <= inheritedSubject) {
                return Optional.empty();
            }
            Attribution reporter = speakerOfVerb.apply(sentence, index);
            return Optional.of(reporter.withRule(reporter.rule() + ":participle-after-report"));
        }
        return Optional.empty();
    }

    /**
     * The speaker of the nearest reporting verb before a reporting participle set off by a comma
     * that has a subject of its own outside quote marks; empty when there is none or it names no
     * speaker.
     */
    Optional<Attribution> reporterBeforeParticiple(Sentence sentence, int verb,
            BiFunction<Sentence, Integer, Attribution> speakerOfVerb) {
        if (!Syntax.isParticipleAfterComma(sentence, verb)
                || verbs.kindOf(sentence.token(verb).lemma()).filter(kind -> kind == SpeechVerbKind.SPEECH).isEmpty()) {
            return Optional.empty(); // "…, accusing X of …" may be the clause subject's own act, not more of a report
        }
        for (int index = verb - 2; index >= 0; index--) {
            if (Syntax.isQuoted(sentence, index) || !Syntax.isContentVerb(sentence, index)
                    || verbs.kindOf(sentence.token(index).lemma()).filter(kind -> kind == SpeechVerbKind.SPEECH).isEmpty()) {
                continue;
            }
            Syntax.Subject own = Syntax.subjectOf(sentence, index);
            if (!own.found() || own.inherited() || Syntax.isQuoted(sentence, own.token())) {
                continue;
            }
            Attribution reporter = speakerOfVerb.apply(sentence, index);
            return reporter.speaker() == null ? Optional.empty()
                    : Optional.of(reporter.withRule(reporter.rule() + ":participle-after-report"));
        }
        return Optional.empty();
    }

    /**
     * "carried a statement by the Ministry of National Defence describing the meeting as a “…”",
     * "a statement from the army saying that …": a participle that qualifies a noun (acl) is that
     * noun's doing — a named body's, or a statement's issuer's; empty when the verb is no such
     * participle, the noun names no body, or the participle's object is a pronoun (then the noun is
     * its object, not its doer).
     */
    Optional<Entity> issuerOfTheStatementDoing(Sentence sentence, int verb) {
        if (!Syntax.baseRelation(Syntax.relation(sentence, verb)).equals("acl") || !sentence.token(verb).partOfSpeech().equals("VBG")) {
            return Optional.empty();
        }
        int noun = Syntax.head(sentence, verb);
        boolean pronounObject = sentence.dependentArcs(verb).stream()
                .anyMatch(arc -> Set.of("obj", "iobj").contains(arc.baseRelation()) && sentence.token(arc.dependent()).isPronoun());
        if (noun < 0 || !sentence.token(noun).isNoun() || Syntax.isQuoted(sentence, noun) || pronounObject) {
            // "wrote to Prime Minister Modi urging him to …": the pronoun is the noun, so the noun is not the doer
            return Optional.empty();
        }
        return phrases.issuerOfStatement(sentence, noun).or(() -> phrases.entityOf(sentence, noun)
                .filter(entity -> entity.type().equals("ORGANIZATION")));
    }

    /**
     * "wrote to Prime Minister Modi urging him to …", "sent a letter to the governor asking her to
     * …": a participle hung on a noun (acl) whose object is a personal pronoun addresses that noun,
     * so it is the doing of the verb the noun hangs from (through obl, obj or nmod); empty when the
     * verb is no such participle or no verb is found within three steps.
     */
    static OptionalInt verbBeforeTheHearer(Sentence sentence, int verb) {
        if (!Syntax.baseRelation(Syntax.relation(sentence, verb)).equals("acl") || !sentence.token(verb).partOfSpeech().equals("VBG")) {
            return OptionalInt.empty();
        }
        boolean pronounObject = sentence.dependentArcs(verb).stream()
                .anyMatch(arc -> arc.baseRelation().equals("obj") && sentence.token(arc.dependent()).isPronoun()
                        && Set.of("him", "her", "them").contains(sentence.token(arc.dependent()).text().toLowerCase(java.util.Locale.ROOT)));
        if (!pronounObject) {
            return OptionalInt.empty();
        }
        int current = Syntax.head(sentence, verb);
        for (int step = 0; step < 3 && current >= 0; step++) {
            if (!sentence.token(current).isNoun() || !Set.of("obl", "obj", "iobj", "nmod").contains(Syntax.baseRelation(Syntax.relation(sentence, current)))) {
                return OptionalInt.empty();
            }
            current = Syntax.head(sentence, current);
            if (current >= 0 && Syntax.isContentVerb(sentence, current)) {
                return OptionalInt.of(current);
            }
        }
        return OptionalInt.empty();
    }
}
