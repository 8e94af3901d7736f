package org.annalist.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The country of a government office-holder or spokesperson the text gives no nationality, read
 * from what they report their state doing: "Foreign Minister X told reporters that Mali would
 * accept no lesson"; "“…,” Foreign Minister X wrote. He said Somalia would not accept unilateral
 * operations"; "An Australian Defence Force aircraft flew supplies to Wabag, Minister X said.
 * Canberra would also send 30 police advisers, he said." An official names their own state as the
 * doer of what they announce; a reader places them there, not in the capital the story is filed
 * from (Nairobi, Port Moresby).
 *
 * <p>The official, by name or by a pronoun that is theirs, is the subject of a reporting verb
 * (reference-words.tsv kind reporting: say, tell, add, write), and a country, its capital or a
 * state body (a coded organisation of a state sector) is the direct subject of a verb in that
 * same sentence: not within quotation marks, not the subject of a "to" infinitive ("called on
 * Nairobi to work through the AU" asks Kenya, it is not Somalia acting), and not a modifier of the
 * subject ("Ethiopia's filling of the dam" is no state acting). One state over all those sentences
 * decides; two leave the official to the dateline.
 *
 * <p>What it gets wrong: a minister announcing a foreign state's help ("Under the deal, Beijing
 * will send 20 police advisers to Port Vila, Police Minister X told parliament") is placed with
 * the helper. Local office-holders (a governor reporting "Ukrainian drones struck a refinery in
 * the region") are not read here: they report what is done to their province.
 */
final class ReportedOwnState {

    private final ReferenceWords referenceWords;

    ReportedOwnState(ReferenceWords referenceWords) {
        this.referenceWords = referenceWords;
    }

    /** The official's own state, with how it was read; empty when the official reports no single state acting. */
    Optional<SpeakingPlace.Found> of(AnnotatedDocument document, EntityDraft person, List<EntityDraft> drafts, boolean spokesperson) {
        boolean official = person.title != null && "GOV".equals(person.sector);
        if (!official && !spokesperson) {
            return Optional.empty();
        }
        SoleCode stateRead = new SoleCode();
        for (Mention speaker : person.mentions) {
            if (speaker.kind() != MentionKind.NAME && speaker.kind() != MentionKind.PRONOUN) {
                continue;
            }
            Sentence sentence = document.sentences().get(speaker.sentenceIndex());
            if (!reports(sentence, speaker) || QuotedMentions.quoted(document.text(), sentence, speaker)) {
                continue;
            }
            for (EntityDraft draft : drafts) {
                if (!isState(draft)) {
                    continue;
                }
                for (Mention mention : draft.mentions) {
                    if (mention.sentenceIndex() == speaker.sentenceIndex() && actsAsSubject(sentence, mention)
                            && !QuotedMentions.quoted(document.text(), sentence, mention)) {
                        stateRead.add(draft.code, mention.text());
                    }
                }
            }
        }
        return stateRead.found("an official reporting their own state's doing");
    }

    /** A country (by name, capital or alias) or a country's own institution with a state sector; their officials are coded by their body's own title rule. */
    private static boolean isState(EntityDraft draft) {
        return "COUNTRY".equals(draft.type) && draft.code != null && !ActorCodes.NON_STATE.contains(draft.code) || ActorCodes.isStateBody(draft);
    }

    /** Whether the mention is the subject of a reporting verb ("X said", "he told reporters"). */
    private boolean reports(Sentence sentence, Mention mention) {
        for (Token token : sentence.tokens()) {
            if (token.start() >= mention.start() && token.end() <= mention.end() && PersonReferences.isSubject(sentence, token.index())) {
                int verb = sentence.headArc(token.index()).map(arc -> arc.governor()).orElse(-1);
                if (verb >= 0 && referenceWords.is(ReferenceWords.Kind.REPORTING, sentence.token(verb).lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word of the mention is itself the subject of a verb, and not of a "to" infinitive. */
    private static boolean actsAsSubject(Sentence sentence, Mention mention) {
        for (Token token : sentence.tokens()) {
            if (token.start() >= mention.start() && token.end() <= mention.end() && PersonReferences.isSubject(sentence, token.index())
                    && !PersonReferences.isInfinitiveSubject(sentence, token.index())) {
                return true;
            }
        }
        return false;
    }
}
