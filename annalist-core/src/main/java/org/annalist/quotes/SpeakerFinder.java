package org.annalist.quotes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.actors.MentionKind;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Turns a reporting verb into a speaker: the verb's subject, looked up among the actors stage's
 * mentions. A subject that is no actor's mention ("officials said"), or only an unnamed group
 * ("protesters chanted"), gives no speaker rather than a guess.
 */
final class SpeakerFinder {

    /** Entity types of places: a person-tagged token mentioning one is a clash, not a speaker. */
    private static final Set<String> PLACE_TYPES = Set.of("COUNTRY", "LOCATION", "CITY", "STATE_OR_PROVINCE");

    private final ActorAnalysis actors;

    SpeakerFinder(ActorAnalysis actors) {
        this.actors = actors;
    }

    /** The speaker of the verb, with the rule named {@code place + ":" + how the subject was found}. */
    Attribution speakerOfVerb(Sentence sentence, int verb, String place) {
        Syntax.Subject subject = Syntax.subjectOf(sentence, verb);
        if (!subject.found()) {
            return new Attribution(null, place + ":no-subject");
        }
        String how = subject.inherited() ? "governing-verb-nsubj" : "nsubj";
        Optional<Entity> entity = entityOf(sentence, subject.token());
        if (entity.isEmpty()) {
            return new Attribution(null, place + ":" + how + "-not-an-actor");
        }
        if (entity.get().type().equals("GROUP")) {
            return new Attribution(null, place + ":" + how + "-unnamed-group");
        }
        return new Attribution(entity.get(), place + ":" + how);
    }

    /**
     * The entity a phrase headed by the token refers to: the head's, else a name in apposition or
     * a compound part's; a name in apposition outranks a role noun. A nationality word
     * ("the Azeri general") names a country, not the speaker, so it is passed over unless it is a
     * plural noun heading the subject ("the Iranians said");
     * and a country or place found at a token the language layer tags as a person ("Santiago said"
     * for a Commodore Santiago) is taken for a clash, not a speaker.
     */
    Optional<Entity> entityOf(Sentence sentence, int head) {
        List<Integer> candidates = Syntax.speakerCandidates(sentence, head);
        Optional<Entity> appositive = appositiveName(sentence, head);
        if (appositive.isPresent()) {
            return appositive; // "Its spokesman, Khaing Min Aung, said": the name outranks the role
        }
        for (int candidate : candidates) {
            Token token = sentence.token(candidate);
            Optional<Entity> entity = actors.entityAt(token.start());
            if (entity.isEmpty()) {
                continue;
            }
            MentionKind kind = mentionKindAt(entity.get(), token.start());
            if (kind == MentionKind.DEMONYM && !(candidate == head && isPluralNoun(token))) {
                continue;
            }
            if (token.namedEntityTag().equals("PERSON") && PLACE_TYPES.contains(entity.get().type())) {
                return Optional.empty();
            }
            return entity;
        }
        return Optional.empty();
    }

    /**
     * The last actor named in apposition inside the subject ("The head of the EU mission in
     * Armenia, Markus Vogel, said" — wherever the parser hung the appositive).
     */
    private Optional<Entity> appositiveName(Sentence sentence, int head) {
        java.util.BitSet phrase = Syntax.subtree(sentence, head);
        Optional<Entity> last = Optional.empty();
        for (org.annalist.language.Dependency arc : sentence.dependencies()) {
            if (!arc.baseRelation().equals("appos") || !phrase.get(arc.dependent())) {
                continue;
            }
            int offset = sentence.token(arc.dependent()).start();
            Optional<Entity> named = actors.entityAt(offset)
                    .filter(entity -> !PLACE_TYPES.contains(entity.type()) && !entity.type().equals("GROUP")
                            && mentionKindAt(entity, offset) == MentionKind.NAME);
            if (named.isPresent()) {
                last = named;
            }
        }
        return last;
    }

    /** "the Iranians said": a nationality as a plural noun is the speaker; "the Azeri general" is not. */
    private static boolean isPluralNoun(Token token) {
        return token.partOfSpeech().equals("NNS") || token.partOfSpeech().equals("NNPS");
    }

    private static MentionKind mentionKindAt(Entity entity, int offset) {
        for (Mention mention : entity.mentions()) {
            if (offset >= mention.start() && offset < mention.end()) {
                return mention.kind();
            }
        }
        return null;
    }
}
