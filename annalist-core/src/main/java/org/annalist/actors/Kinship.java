package org.annalist.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Relatives take the country of the person they belong to: "Mark Ellison, an engineer from Ohio …
 * His wife, Karen, said", "Karen Whitaker" after "Daniel Whitaker", "Ellison's family said", "the
 * Whitaker family said". A story filed from a mediating or detaining capital (Doha, Havana) names
 * an American's family without saying they are American; the dateline would make them Qatari or
 * Cuban. Kin words are the {@code kin} rows of actors/reference-words.tsv.
 *
 * <p>Only persons already coded lend their country, and only persons of two words or more lend
 * their surname, so a shared first name or a lone surname ("Kim") is no family.
 */
final class Kinship {

    private final ReferenceWords referenceWords;

    Kinship(ReferenceWords referenceWords) {
        this.referenceWords = referenceWords;
    }

    /** The country of the person an uncoded person is a relative of, with why. */
    Optional<SpeakingPlace.Found> personCountry(AnnotatedDocument document, EntityDraft person, List<EntityDraft> drafts) {
        Optional<EntityDraft> namesake = namesake(person, drafts);
        if (namesake.isPresent()) {
            return Optional.of(found(namesake.get(), "kin: shares the surname of " + namesake.get().name));
        }
        for (Mention mention : person.mentions) {
            if (mention.kind() != MentionKind.NAME) {
                continue;
            }
            Sentence sentence = document.sentences().get(mention.sentenceIndex());
            int first = firstTokenAt(sentence, mention.start());
            // "His wife, Karen," / "her son Tom": a possessive pronoun, a kin word, an optional comma
            int kin = first - 1;
            if (kin >= 0 && sentence.token(kin).text().equals(",")) {
                kin--;
            }
            if (kin < 1 || !isKin(sentence.token(kin))) {
                continue;
            }
            String owner = sentence.token(kin - 1).text().toLowerCase(Locale.ROOT);
            if (owner.equals("his") || owner.equals("her")) {
                EntityDraft.Gender gender = owner.equals("his") ? EntityDraft.Gender.MALE : EntityDraft.Gender.FEMALE;
                Optional<EntityDraft> relative = lastPersonBefore(drafts, person, mention.start(), gender);
                if (relative.isPresent()) {
                    return Optional.of(found(relative.get(), "kin: \"" + owner + " " + sentence.token(kin).text() + "\" is "
                            + relative.get().name + "'s"));
                }
            }
        }
        return Optional.empty();
    }

    /** The country of the person a family or household body is named after ("Ellison's family", "the Whitaker family"). */
    Optional<SpeakingPlace.Found> bodyCountry(AnnotatedDocument document, EntityDraft body, List<EntityDraft> drafts) {
        Mention mention = body.mentions.get(0);
        Sentence sentence = document.sentences().get(mention.sentenceIndex());
        List<Token> words = sentence.tokens().stream()
                .filter(token -> token.start() >= mention.start() && token.end() <= mention.end()).toList();
        if (words.isEmpty() || !isKin(words.get(words.size() - 1))) {
            return Optional.empty();
        }
        for (Token word : words) {
            if (!word.isProperNoun()) {
                continue;
            }
            for (EntityDraft person : drafts) {
                if ("PERSON".equals(person.type) && person.code != null && surname(person.name).filter(word.text()::equals).isPresent()) {
                    return Optional.of(found(person, "kin: the " + words.get(words.size() - 1).text() + " of " + person.name));
                }
            }
        }
        return Optional.empty();
    }

    private boolean isKin(Token token) {
        String lemma = token.lemma() == null ? token.text() : token.lemma();
        return referenceWords.is(ReferenceWords.Kind.KIN, lemma.toLowerCase(Locale.ROOT))
                || referenceWords.is(ReferenceWords.Kind.KIN, token.text().toLowerCase(Locale.ROOT));
    }

    private static Optional<EntityDraft> namesake(EntityDraft person, List<EntityDraft> drafts) {
        Optional<String> surname = surname(person.name);
        if (surname.isEmpty()) {
            return Optional.empty();
        }
        return drafts.stream().filter(other -> other != person && "PERSON".equals(other.type) && other.code != null
                && surname(other.name).equals(surname)).findFirst();
    }

    /** The last word of a name of two words or more. */
    private static Optional<String> surname(String name) {
        String[] words = name.strip().split("\\s+");
        return words.length < 2 ? Optional.empty() : Optional.of(words[words.length - 1]);
    }

    /** The coded person of a fitting gender whose last mention before {@code position} is nearest to it. */
    private static Optional<EntityDraft> lastPersonBefore(List<EntityDraft> drafts, EntityDraft person, int position,
            EntityDraft.Gender gender) {
        EntityDraft best = null;
        int bestStart = -1;
        for (EntityDraft other : drafts) {
            if (other == person || !"PERSON".equals(other.type) || other.gender != gender && other.gender != EntityDraft.Gender.UNKNOWN) {
                continue;
            }
            for (Mention mention : other.mentions) {
                if (mention.end() <= position && mention.start() > bestStart) {
                    best = other;
                    bestStart = mention.start();
                }
            }
        }
        return best == null || best.code == null ? Optional.empty() : Optional.of(best);
    }

    private static int firstTokenAt(Sentence sentence, int start) {
        for (Token token : sentence.tokens()) {
            if (token.start() >= start) {
                return token.index();
            }
        }
        return sentence.tokens().size();
    }

    private static SpeakingPlace.Found found(EntityDraft relative, String why) {
        return new SpeakingPlace.Found(relative.code, why + ", " + relative.code);
    }
}
