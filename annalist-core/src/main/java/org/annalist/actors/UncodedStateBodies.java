package org.annalist.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.PhraseIndex;
import org.annalist.dictionary.Place;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Codes, once the whole article is read, the state bodies named by a body word alone ("Police
 * said", "the Interior Ministry", "the Constitutional Court", "the Election Commission",
 * "Daejeon District Court"): every country has such bodies, and wire copy names its own
 * country's without a country word. A reader takes them to be of the place inside their name
 * ("Daejeon District Court" sits in South Korea), else of the country the story is filed from (its
 * dateline: "SEOUL (Reuters) - … The Joint Chiefs of Staff said"). Without either they stay
 * uncoded: the article's most mentioned country was tried and misplaced bodies (events own
 * 0.684 -> 0.681, wire 0.571 -> 0.562) without coding one more right.
 *
 * <p>Only bodies whose sector is a state's (government, police, courts, legislature, armed
 * forces, intelligence) from a sectors.tsv body word, written as a name, the police, or a
 * common noun acting as a subject ("The presidency said"), with no owner word and not international: a company or a rights
 * group named this way belongs to no country by its word.
 */
final class UncodedStateBodies {

    private static final Set<String> STATE_SECTORS = Set.of("GOV", "COP", "JUD", "LEG", "MIL", "SPY");
    /** Possessive words that give a body an owner of its own. */
    private static final Set<String> OWNERS = Set.of("our", "my", "your", "his", "her", "its", "their");

    private final PhraseIndex<Place> placeNames;

    UncodedStateBodies(ActorDictionaries dictionaries) {
        this.placeNames = dictionaries.placeNames();
    }

    /** Codes the uncoded state bodies among the drafts; other drafts are left as they are. */
    void place(AnnotatedDocument document, List<EntityDraft> drafts) {
        Optional<Place> dateline = DatelinePlace.of(document, placeNames);
        for (EntityDraft draft : drafts) {
            if (!"ORGANIZATION".equals(draft.type) || draft.code != null || draft.sector == null || !STATE_SECTORS.contains(draft.sector)
                    || draft.sectorBy == null || !draft.sectorBy.contains("sectors.tsv") || draft.mentions.isEmpty()
                    || !namedOrPolice(draft) && !actsAsSubject(document, draft)
                    || possessorOnly(draft, drafts) || ownedOrInternational(draft)) {
                continue;
            }
            Optional<Place> inName = placeInName(document, draft.mentions.get(0));
            if (inName.isPresent()) {
                draft.code(inName.get().country(), "a state body named with a place, " + inName.get().name()
                        + " (places/gazetteer.tsv, " + inName.get().country() + ")");
            } else if (dateline.isPresent()) {
                draft.code(dateline.get().country(), "a state body the text gives no country, in a story filed from "
                        + dateline.get().name() + " (places/gazetteer.tsv, " + dateline.get().country() + ")");
            }
        }
    }

    /**
     * "The ombudsman" inside "The ombudsman's office": a body met only as the possessor inside
     * another body's name is that body's owner, a word of its name, not a speaker of its own;
     * coding it would give the sentence two bodies where the reader sees one.
     */
    private static boolean possessorOnly(EntityDraft draft, List<EntityDraft> drafts) {
        for (Mention mention : draft.mentions) {
            boolean inside = drafts.stream().anyMatch(other -> other != draft && other.mentions.stream().anyMatch(
                    outer -> outer.start() <= mention.start() && mention.end() <= outer.end() && outer.end() - outer.start() > mention.end() - mention.start()));
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    /**
     * A body named as a proper name ("the Election Commission", "Police said") or the police,
     * which are always local. A common noun for another body ("the army", "the government") is
     * taken only as a subject ({@link #actsAsSubject}).
     */
    private static boolean namedOrPolice(EntityDraft draft) {
        if ("COP".equals(draft.sector)) {
            return true;
        }
        String text = draft.mentions.get(0).text();
        String[] words = text.split("\\s+");
        return Character.isUpperCase(words[words.length - 1].codePointAt(0));
    }

    /**
     * "The presidency said …", "the army launched a sweep": a common noun for a state body that
     * is a clause's subject speaks or acts for the state of the story; as an object it is often
     * another's ("Defence Minister Israel Katz said he had ordered the army").
     */
    private static boolean actsAsSubject(AnnotatedDocument document, EntityDraft draft) {
        for (Mention mention : draft.mentions) {
            Sentence sentence = document.sentences().get(mention.sentenceIndex());
            for (Token token : sentence.tokens()) {
                if (token.start() >= mention.start() && token.end() <= mention.end() && PersonReferences.isSubject(sentence, token.index())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Our naval forces" in a quote, "his government", "its army": a body owned by its speaker or
     * by a person or body named before, whichever country the story is filed from; "an
     * international arbitration tribunal" is no state's.
     */
    private static boolean ownedOrInternational(EntityDraft draft) {
        return draft.mentions.stream().allMatch(mention -> {
            String text = mention.text().toLowerCase(Locale.ROOT);
            return OWNERS.contains(text.split("\\s+")[0]) || text.contains("international");
        });
    }

    private Optional<Place> placeInName(AnnotatedDocument document, Mention mention) {
        Sentence sentence = document.sentences().get(mention.sentenceIndex());
        List<Token> tokens = sentence.tokens();
        for (Token token : tokens) {
            if (token.start() < mention.start() || token.end() > mention.end() || !token.isProperNoun()) {
                continue;
            }
            Optional<PhraseIndex.Match<Place>> place = placeNames.longestAt(document.text(), tokens, token.index(), tokens.size());
            if (place.isPresent() && tokens.get(place.get().endToken() - 1).end() <= mention.end()) {
                return Optional.of(place.get().value());
            }
        }
        return Optional.empty();
    }
}
