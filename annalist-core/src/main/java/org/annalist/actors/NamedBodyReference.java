package org.annalist.actors;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annalist.dictionary.BodyReferenceWords;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * A definite body word ("the commission", "the group") that refers back to a named body: the one
 * whose name holds its words, else the nearest one of a kind the word fits.
 */
final class NamedBodyReference {

    private NamedBodyReference() {}

    /**
     * "the commission said" after "the Election Commission of Pakistan", "The Joint Chiefs
     * said" after "South Korea's Joint Chiefs of Staff": a definite body word without a
     * country of its own is the one earlier organisation whose name holds (or is) its words. Two
     * such organisations (a Ministry of Justice and a Ministry of Interior) leave it alone. A
     * lowercase body counts when its name ends in the words ("their association", then "the
     * association").
     */
    static EntityDraft referent(Collection<EntityDraft> drafts, Sentence sentence, int firstToken, String phraseWords) {
        if (!sentence.token(firstToken).text().equalsIgnoreCase("the")) {
            return null;
        }
        return holder(drafts, phraseWords);
    }

    /**
     * "a Commission spokeswoman" after "the European Commission", "Labour said" after "the Labour
     * Party": a capitalised name no dictionary knows, written without an article, that is part of
     * the longer name of exactly one earlier organisation is that organisation's short name.
     */
    static EntityDraft shortNameOf(Collection<EntityDraft> drafts, String phraseWords) {
        if (!capitalised(phraseWords)) {
            return null;
        }
        EntityDraft found = holder(drafts, phraseWords);
        return found != null && NameWords.of(found.name).size() > NameWords.of(phraseWords).size() ? found : null;
    }

    /** The one earlier organisation whose name (or a description or name the text gave it) holds the words, else null. */
    private static EntityDraft holder(Collection<EntityDraft> drafts, String phraseWords) {
        String words = " " + String.join(" ", NameWords.of(phraseWords)) + " ";
        boolean capitalised = capitalised(phraseWords);
        EntityDraft found = null;
        for (EntityDraft draft : drafts) {
            String name = " " + String.join(" ", NameWords.of(draft.name)) + " ";
            // "the association" after "their association": a sectorless common-noun body an owner made definite
            boolean proper = !draft.name.isEmpty() && Character.isUpperCase(draft.name.codePointAt(0)) || draft.sector == null && name.endsWith(words);
            // a description holding the words ("the rights group Amnesty"), not a bare "the group" an
            // earlier reference linked: that one would carry a guess forward past a nearer fitting body
            boolean described = draft.mentions.stream().anyMatch(mention -> mention.kind() == MentionKind.NOMINAL
                    && (" " + String.join(" ", NameWords.of(mention.text())) + " ").contains(words)
                    && !(" " + String.join(" ", NameWords.of(mention.text())) + " ").replaceFirst("^ the ", " ").equals(words));
            // "The Guards said" after "Iran's Revolutionary Guards", a body the dictionary names "Islamic
            // Revolutionary Guard Corps": the capitalised words the text itself named it by count as its name
            // ("the army" is a state's army, not the National Liberation Army an alias names)
            boolean namedSo = capitalised && draft.mentions.stream().anyMatch(mention -> (mention.kind() == MentionKind.NAME || mention.kind() == MentionKind.ALIAS)
                    && (" " + String.join(" ", NameWords.of(mention.text())) + " ").contains(words));
            if (!"ORGANIZATION".equals(draft.type) || !proper || draft.mentions.isEmpty() || !(name.contains(words) || described || namedSo)) {
                continue;
            }
            if (found != null && found != draft) {
                return null;
            }
            found = draft;
        }
        return found;
    }

    /** "Guards", "Joint Chiefs" (the phrase without its article): every word capitalised. */
    private static boolean capitalised(String phraseWords) {
        String[] words = phraseWords.trim().split("\\s+");
        for (int index = 0; index < words.length; index++) {
            if (words[index].isEmpty() || !Character.isUpperCase(words[index].codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Human Rights Watch accused the army … The group said": a bare definite body word ("the"
     * and the word, lowercase, no "of" after it: not "the group of 12 villagers"), or one described
     * by its kind only ("the paramilitary group", {@link #describedKind}), is the
     * organisation named most recently before it, within {@value PersonReferences#WINDOW}
     * sentences, whose code or sector the word fits (body-reference-words.tsv); a body that
     * does not fit (the army) is passed over. Two fitting bodies last named in the same sentence
     * leave it alone, as does none within reach.
     */
    static EntityDraft fittingReferent(String text, Collection<EntityDraft> drafts, List<Sentence> sentences, Sentence sentence, ActorPhrase phrase,
            BodyReferenceWords words) {
        Token head = sentence.token(phrase.headToken());
        boolean described = !phrase.onlyArticleAndHead(sentence) && describedKind(sentence, phrase);
        boolean bare = sentence.token(phrase.firstToken()).text().equalsIgnoreCase("the") && (phrase.onlyArticleAndHead(sentence) || described)
                && Character.isLowerCase(head.text().codePointAt(0))
                && !(phrase.endToken() < sentence.tokens().size() && sentence.token(phrase.endToken()).text().equalsIgnoreCase("of"));
        BodyReferenceWords.Fit fit = bare ? words.fit(head.text().toLowerCase(Locale.ROOT)).orElse(null) : null;
        boolean describedInternational = described && fit != null && ActorCodes.INTERGOVERNMENTAL.containsAll(fit.codes())
                && onlyAdjectivesBefore(sentence, phrase);
        if (fit == null || described && !describedInternational && (phrase.sectorWord() == null || phrase.sectorWord().sector() == null
                || !fit.fits(null, phrase.sectorWord().sector()))) {
            // "the paramilitary group" (REB) reaches back as "the group" does; "the tour group" has no kind of its own;
            // "the regional bloc", "the military alliance": a word only international bodies fit, described by adjectives
            return null;
        }
        EntityDraft found = null;
        int foundSentence = -1;
        boolean tied = false;
        for (EntityDraft draft : drafts) {
            // "The opposition Armenia Alliance … the party said": a body the text calls the opposition
            // is one before it carries the OPP sector, which is given once the article is read
            boolean fits = fit.fits(draft.code, draft.sector) || fit.fits(null, "OPP") && OppositionParties.isCalledTheOpposition(text, draft);
            if (!"ORGANIZATION".equals(draft.type) || !fits) {
                continue;
            }
            int last = -1;
            for (Mention mention : draft.mentions) {
                if (mention.end() <= head.start() && mention.sentenceIndex() >= sentence.index() - PersonReferences.WINDOW
                        && !modifierOnly(drafts, sentences.get(mention.sentenceIndex()), mention)) {
                    last = Math.max(last, mention.sentenceIndex());
                }
            }
            if (last < 0 || last < foundSentence) {
                continue;
            }
            tied = last == foundSentence && found != draft;
            if (last > foundSentence) {
                tied = false;
            }
            found = draft;
            foundSentence = last;
        }
        return tied ? null : found;
    }

    /** "the regional bloc", "the military alliance": only adjectives between the article and the head. */
    private static boolean onlyAdjectivesBefore(Sentence sentence, ActorPhrase phrase) {
        for (int token = phrase.firstToken() + 1; token < phrase.headToken(); token++) {
            if (!sentence.token(token).partOfSpeech().equals("JJ")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the paramilitary group", "the ethnic armed group", "the opposition party": the article, then
     * lowercase adjectives or nouns only (no name, no number, no owner) before the head: a description
     * of a kind, which news uses for the body just named ("The RSF denied it. … the paramilitary
     * group said") as it uses the bare word. The sector of the described kind (sectors.tsv
     * "paramilitary group" REB) must be one the head word fits.
     */
    private static boolean describedKind(Sentence sentence, ActorPhrase phrase) {
        for (int token = phrase.firstToken() + 1; token < phrase.headToken(); token++) {
            Token word = sentence.token(token);
            String tag = word.partOfSpeech();
            boolean plainWord = tag.equals("JJ") || tag.equals("NN") || tag.equals("VBN") || tag.equals("HYPH");
            if (!plainWord || !word.text().chars().allMatch(character -> Character.isLowerCase(character) || character == '-')) {
                return false;
            }
        }
        return phrase.headToken() == phrase.endToken() - 1;
    }

    /**
     * "Fighters shelled a United Nations food convoy …, the World Food Programme said. … the agency
     * said": a name that only modifies another noun (compound or adjective: "a United Nations
     * convoy", "EU sanctions") names the thing, not a body the story speaks of, so it is no
     * candidate for a later "the agency" and does not tie with the body that is. A name before
     * its people ("M23 rebels", "Hamas fighters", itself an actor's mention) or its spokesman ("M23
     * spokesman Lawrence Kanyuka") is the body acting.
     */
    private static boolean modifierOnly(Collection<EntityDraft> drafts, Sentence sentence, Mention mention) {
        int last = sentence.tokenAt(mention.end() - 1);
        if (last < 0) {
            return false;
        }
        Optional<Dependency> arc = sentence.headArc(last);
        String relation = arc.map(Dependency::relation).orElse("");
        if (!relation.equals("compound") && !relation.equals("amod") || arc.get().governor() < 0) {
            return false;
        }
        Token governor = sentence.token(arc.get().governor());
        if (governor.isProperNoun() || "TITLE".equals(governor.namedEntityTag())) {
            return false; // "M23 spokesman Lawrence Kanyuka": the body speaks through its spokesman
        }
        return drafts.stream().flatMap(draft -> draft.mentions.stream()).noneMatch(other -> other.sentenceIndex() == sentence.index()
                && other.start() <= governor.start() && governor.end() <= other.end());
    }

    /** The index of the last sentence that mentions the body before a text offset; -1 when none does. */
    static int lastSentenceBefore(EntityDraft draft, int offset) {
        int last = -1;
        for (Mention mention : draft.mentions) {
            if (mention.end() <= offset) {
                last = Math.max(last, mention.sentenceIndex());
            }
        }
        return last;
    }

    /** Whether the body's name ends in the phrase's words ("teachers' union" for "the union"). */
    static boolean holdsWord(EntityDraft draft, String phraseWords) {
        String words = " " + String.join(" ", NameWords.of(phraseWords)) + " ";
        return (" " + String.join(" ", NameWords.of(draft.name)) + " ").endsWith(words);
    }
}
