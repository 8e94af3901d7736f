package org.annalist.actors;

import java.util.Collection;
import java.util.Locale;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Finds the organisation a person's title points back at ("Alliance spokeswoman" after NATO,
 * "the group's Kenya director" after Amnesty International, "Its researcher" after Human Rights
 * Watch, "at the Joint Chiefs" after South Korea's Joint Chiefs of Staff), among the
 * organisations the article has named so far. Which words point back is data
 * (reference-words.tsv employer rows); {@link TitleEmployerReader} finds them in the title.
 */
final class EmployerFinder {

    private final AnnotatedDocument document;

    EmployerFinder(AnnotatedDocument document) {
        this.document = document;
    }

    /**
     * The organisation a person's title points back at: the one earlier organisation whose
     * name holds the title's body words ("at the Joint Chiefs" → "Joint Chiefs of Staff");
     * failing that, for a bare body word or "its", the organisation named last before the
     * title within {@value PersonReferences#WINDOW} sentences ("NATO … Alliance
     * spokeswoman"), coded or not — an uncoded last organisation gives no code rather than
     * an older one's.
     */
    EntityDraft employerOf(PersonDescription.EmployerReference reference, Collection<EntityDraft> drafts) {
        Sentence sentence = document.sentences().get(reference.sentence());
        EntityDraft owner = possessorsSubject(sentence, reference, drafts);
        if (owner != null) {
            return owner;
        }
        int titleStart = sentence.token(reference.firstToken()).start();
        String titleWords = document.text().substring(titleStart, sentence.token(reference.endToken() - 1).end()).replaceAll("['\u2019]s$", "");
        String words = " " + String.join(" ", NameWords.of(titleWords)) + " ";
        EntityDraft named = null;
        EntityDraft recent = null;
        int recentSentence = -1;
        boolean recentSubject = false;
        int recentOffset = -1;
        boolean their = ownedByPeople(sentence, reference);
        for (EntityDraft draft : drafts) {
            boolean group = "GROUP".equals(draft.type);
            if (!"ORGANIZATION".equals(draft.type) && !(their && group)) {
                continue;
            }
            String name = " " + String.join(" ", NameWords.of(draft.name)) + " ";
            boolean proper = !draft.name.isEmpty() && Character.isUpperCase(draft.name.codePointAt(0));
            for (Mention mention : draft.mentions) {
                if (mention.end() > titleStart || mention.sentenceIndex() < reference.sentence() - PersonReferences.WINDOW
                        || QuotedMentions.quoted(document.text(), document.sentences().get(mention.sentenceIndex()), mention)) {
                    continue; // "“The army must stop …,” the group's researcher said": the speaker's words name no employer
                }
                // the nearest sentence naming an organisation; within it its subject, else its last one
                boolean subject = isSubject(mention);
                boolean better = mention.sentenceIndex() > recentSentence
                        || (mention.sentenceIndex() == recentSentence && (subject && !recentSubject
                                || subject == recentSubject && mention.start() > recentOffset));
                if (better) {
                    recentSentence = mention.sentenceIndex();
                    recentSubject = subject;
                    recentOffset = mention.start();
                    recent = draft;
                }
            }
            if (!group && proper && !words.isBlank() && name.contains(words) && !draft.mentions.isEmpty() && draft.mentions.get(0).end() <= titleStart) {
                if (named != null && named != draft) {
                    return null;
                }
                named = draft;
            }
        }
        if (named != null) {
            return named;
        }
        return reference.bare() ? recent : null;
    }

    /**
     * "Tajikistan's border troops gave a different account. Their spokesman, Major X": a lone
     * "their" may point back at a group of people (troops, guards, truck drivers) as well as at
     * an organisation, so such a group named last is a candidate too; when it has no country,
     * the person gets no employer's code rather than an older organisation's.
     */
    private static boolean ownedByPeople(Sentence sentence, PersonDescription.EmployerReference reference) {
        return reference.endToken() - reference.firstToken() == 1
                && sentence.token(reference.firstToken()).text().equalsIgnoreCase("their");
    }

    /**
     * "The three men denied the charges through their lawyer, Dragan Jovic": a possessive bound by
     * a clause subject that is people (a plural noun, a person's name, a personal pronoun) and no
     * organisation or country makes the title theirs, no organisation's (the lawyer is not the
     * foreign ministry named a sentence before), so the person is placed as one with no employer.
     */
    boolean boundToPeople(PersonDescription.EmployerReference reference, Collection<EntityDraft> drafts) {
        Sentence sentence = document.sentences().get(reference.sentence());
        Token subject = bindingSubject(sentence, reference);
        if (subject == null || PossessiveBinding.stateOrBodyAt(sentence, subject, drafts) != null) {
            return false;
        }
        String tag = subject.partOfSpeech();
        return tag.equals("NNS") || tag.equals("NNPS") || tag.equals("PRP") || "PERSON".equals(subject.namedEntityTag());
    }

    /**
     * "Their lawyer, Amadou Sow, said": a possessive "their" before a counsel word of
     * reference-words.tsv ("lawyer", "attorney") makes the title the people's, whatever
     * organisation was named last, unless its clause's subject is a country or a coded body.
     */
    boolean counselOfPeople(PersonDescription.EmployerReference reference, Collection<EntityDraft> drafts, ReferenceWords words) {
        Sentence sentence = document.sentences().get(reference.sentence());
        if (reference.endToken() - reference.firstToken() != 1 || !sentence.token(reference.firstToken()).text().equalsIgnoreCase("their")) {
            return false;
        }
        Token subject = bindingSubject(sentence, reference);
        if (subject != null && PossessiveBinding.stateOrBodyAt(sentence, subject, drafts) != null) {
            return false;
        }
        for (int index = reference.endToken(); index < Math.min(sentence.tokens().size(), reference.endToken() + 3); index++) {
            Token token = sentence.token(index);
            if (!token.isNoun() && !token.partOfSpeech().equals("JJ")) {
                return false;
            }
            if (words.is(ReferenceWords.Kind.COUNSEL, token.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Russia would recall its ambassador, Sergei Kopyrkin": a possessive "its" or "their" before
     * the title is bound by its clause's subject, when that subject is a country or a body the
     * article has coded ({@link PossessiveBinding}). Null when the clause has no such subject.
     */
    private static EntityDraft possessorsSubject(Sentence sentence, PersonDescription.EmployerReference reference, Collection<EntityDraft> drafts) {
        Token subject = bindingSubject(sentence, reference);
        return subject == null ? null : PossessiveBinding.stateOrBodyAt(sentence, subject, drafts);
    }

    /** The subject of the clause above a title that is a lone possessive pronoun ("its", "their"); null otherwise. */
    private static Token bindingSubject(Sentence sentence, PersonDescription.EmployerReference reference) {
        return reference.endToken() - reference.firstToken() != 1 ? null : PossessiveBinding.bindingSubject(sentence, reference.firstToken());
    }

    /**
     * Whether a mention is its clause's subject: a word of it is an nsubj whose head lies outside
     * it, and not the subject of a "to" infinitive ("called on the junta to free them": the junta
     * is asked, the caller acts).
     */
    private boolean isSubject(Mention mention) {
        Sentence sentence = document.sentences().get(mention.sentenceIndex());
        for (Token token : sentence.tokens()) {
            if (token.start() >= mention.start() && token.end() <= mention.end() && PersonReferences.isSubject(sentence, token.index())
                    && !PersonReferences.isInfinitiveSubject(sentence, token.index())) {
                int governor = sentence.headArc(token.index()).map(Dependency::governor).orElse(-1);
                if (governor < 0 || sentence.token(governor).start() < mention.start() || sentence.token(governor).end() > mention.end()) {
                    return true;
                }
            }
        }
        return false;
    }
}
