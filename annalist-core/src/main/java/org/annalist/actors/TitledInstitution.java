package org.annalist.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.annalist.dictionary.SectorDictionary;
import org.annalist.dictionary.SectorPhrase;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The country of a person whose title names an institution by its common word and no country
 * ("coast guard spokesman Jay Cruz", "Government spokesman X"): the country of the institution
 * of that word the text named last before the person ("the Philippine coast guard said", "raised
 * its concerns with the Ugandan government"). A reader takes "the ministry" of a title for the
 * ministry just named; a story about two states names both states' ministries, and the one named
 * last is the one the next official speaks for, whatever the dateline or the state reported
 * acting. An indefinite title ("a ministry official", "A fisheries agency official") names some
 * institution of the kind, not the one just named, and is left to the other rules.
 *
 * <p>The institution words are the organisation phrases of actors/sectors.tsv ("ministry",
 * "government", "coast guard", "army", "police"); the named institution is a coded mention that
 * ends with one of them, at most {@link #REACH} sentences before the person's name.
 */
final class TitledInstitution {

    /** How many sentences before the person's own an institution named earlier still counts. */
    private static final int REACH = 3;

    private final SectorDictionary sectors;

    TitledInstitution(SectorDictionary sectors) {
        this.sectors = sectors;
    }

    /**
     * The country of the institution the person's title names, with how it was read; empty when
     * the title names none, the text named none of its kind before, the sentence that named it
     * last names two of different countries ("The Philippine Coast Guard said a China Coast Guard
     * cutter rammed …"), or another state is reported acting after it ("Egypt's Foreign Ministry
     * summoned … Addis Ababa rejected the demand. Foreign ministry spokesperson X": Ethiopia's).
     */
    Optional<SpeakingPlace.Found> of(AnnotatedDocument document, EntityDraft person, List<EntityDraft> drafts) {
        if (person.title == null || person.mentions.isEmpty()) {
            return Optional.empty();
        }
        String title = " " + String.join(" ", NameWords.of(person.title.replace(",", " "))) + " ";
        Mention named = person.mentions.stream().filter(mention -> mention.kind() == MentionKind.NAME).findFirst().orElse(person.mentions.get(0));
        List<Named> candidates = new ArrayList<>();
        for (EntityDraft draft : drafts) {
            if (draft == person || draft.code == null || "PERSON".equals(draft.type)) {
                continue;
            }
            for (Mention mention : draft.mentions) {
                boolean before = mention.end() <= named.start() && mention.sentenceIndex() >= named.sentenceIndex() - REACH;
                String word = before ? institutionWord(mention.text(), title) : null;
                if (word != null) {
                    candidates.add(new Named(draft, mention, word));
                }
            }
        }
        candidates.removeIf(candidate -> indefinite(document.sentences().get(named.sentenceIndex()), candidate.word));
        Named latest = candidates.stream().max(Comparator.comparingInt(candidate -> candidate.mention.start())).orElse(null);
        if (latest == null) {
            return Optional.empty();
        }
        boolean twoCountries = candidates.stream().anyMatch(candidate -> candidate.mention.sentenceIndex() == latest.mention.sentenceIndex()
                && !candidate.draft.code.equals(latest.draft.code));
        if (twoCountries || otherStateActsAfter(document, drafts, latest, named)) {
            return Optional.empty();
        }
        return Optional.of(new SpeakingPlace.Found(latest.draft.code, "the \"" + latest.word + "\" of the title is the one named last, \""
                + latest.mention.text() + "\" (" + latest.draft.code + ")"));
    }

    /**
     * Whether the title writes the institution word in an indefinite phrase ("A fisheries agency
     * official, Kenta Mori,"): some agency of its kind, not the one just named.
     */
    private static boolean indefinite(Sentence sentence, String word) {
        String last = word.substring(word.lastIndexOf(' ') + 1);
        for (Token token : sentence.tokens()) {
            if (!token.text().equalsIgnoreCase(last)) {
                continue;
            }
            for (int index = token.index() - 1; index >= 0 && index >= token.index() - 4; index--) {
                Token before = sentence.token(index);
                if (before.text().equalsIgnoreCase("a") || before.text().equalsIgnoreCase("an")) {
                    return true;
                }
                if (!before.isNoun() && !before.partOfSpeech().startsWith("JJ")) {
                    break;
                }
            }
        }
        return false;
    }

    /** Whether a country (or its capital) of another code is a subject between the institution's mention and the person's name. */
    private static boolean otherStateActsAfter(AnnotatedDocument document, List<EntityDraft> drafts, Named latest, Mention named) {
        for (EntityDraft draft : drafts) {
            if (!"COUNTRY".equals(draft.type) || draft.code == null || draft.code.equals(latest.draft.code)) {
                continue;
            }
            for (Mention mention : draft.mentions) {
                if (mention.start() >= latest.mention.end() && mention.end() <= named.start() && isSubject(document.sentences().get(mention.sentenceIndex()), mention)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSubject(Sentence sentence, Mention mention) {
        for (Token token : sentence.tokens()) {
            if (token.start() >= mention.start() && token.end() <= mention.end() && PersonReferences.isSubject(sentence, token.index())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organisation phrase of sectors.tsv the mention ends with that the title holds too
     * ("defence ministry" or "ministry" of "the Belarusian defence ministry" in "ministry
     * official"), lower case; null when none.
     */
    private String institutionWord(String mention, String title) {
        List<String> words = NameWords.of(mention);
        for (int length = Math.min(2, words.size()); length >= 1; length--) {
            String phrase = String.join(" ", words.subList(words.size() - length, words.size()));
            boolean organisation = sectors.index().lookup(phrase).map(found -> found.kind() == SectorPhrase.Kind.ORGANISATION).orElse(false);
            if (organisation && title.contains(" " + phrase + " ")) {
                return phrase;
            }
        }
        return null;
    }

    /** A mention of a coded institution and the word of the title it answers. */
    private record Named(EntityDraft draft, Mention mention, String word) {}
}
