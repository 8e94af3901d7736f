package org.annalist.actors;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Whom a possessive pronoun ("its", "their") stands for, one reading for every owned phrase: first
 * the subject of the clause above it, when that subject is a country or a coded body ("Russia would
 * recall its ambassador"); for a government body, failing that, the country named last before it in
 * its own sentence or the one before ("Venezuela boycotted the hearing. Its government said …").
 * Persons' titles ({@link EmployerFinder}) and government bodies ({@link UncodedBodies}) both ask here.
 */
final class PossessiveBinding {

    /** How far up the parse the clause above a pronoun is looked for. */
    private static final int LONGEST_CLIMB = 12;

    private PossessiveBinding() {}

    /**
     * The owner of a government body ({@code GOV}) all of whose mentions open with "its": its clause's
     * subject when that is a country or coded body, else the country named last before it, in its sentence
     * or the one before. Only a country or body is taken ("its" after a company names no state), and not
     * for "their", which is as often two countries ("their water ministers" of Egypt and Ethiopia) as one.
     */
    static Optional<EntityDraft> governmentOwner(AnnotatedDocument document, EntityDraft body, List<EntityDraft> drafts) {
        if (!"GOV".equals(body.sector) || body.mentions.isEmpty()
                || !body.mentions.stream().allMatch(PossessiveBinding::opensWithIts)) {
            return Optional.empty();
        }
        Mention first = body.mentions.get(0);
        Sentence sentence = document.sentences().get(first.sentenceIndex());
        int pronoun = sentence.tokenAt(first.start());
        if (pronoun >= 0) {
            EntityDraft subject = subjectOwner(sentence, pronoun, drafts);
            if (subject != null && subject != body) {
                return Optional.of(subject);
            }
        }
        EntityDraft nearest = null;
        int nearestEnd = -1;
        for (EntityDraft draft : drafts) {
            if (draft == body || !"COUNTRY".equals(draft.type) || draft.code == null) {
                continue;
            }
            for (Mention mention : draft.mentions) {
                boolean justBefore = mention.end() <= first.start() && mention.sentenceIndex() >= first.sentenceIndex() - 1;
                if (justBefore && mention.end() > nearestEnd) {
                    nearest = draft;
                    nearestEnd = mention.end();
                }
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** The coded country or body that is the subject of the clause above the possessive pronoun at {@code pronoun}; null when none. */
    static EntityDraft subjectOwner(Sentence sentence, int pronoun, Collection<EntityDraft> drafts) {
        Token subject = bindingSubject(sentence, pronoun);
        return subject == null ? null : stateOrBodyAt(sentence, subject, drafts);
    }

    /** The subject of the nearest clause above a possessive pronoun (PRP$), written before it; null when there is none. */
    static Token bindingSubject(Sentence sentence, int pronoun) {
        if (!sentence.token(pronoun).partOfSpeech().equals("PRP$")) {
            return null;
        }
        int current = pronoun;
        for (int steps = 0; steps < LONGEST_CLIMB && current >= 0; steps++) {
            for (Dependency arc : sentence.dependentArcs(current)) {
                if (arc.relation().startsWith("nsubj") && arc.dependent() < pronoun) {
                    return sentence.token(arc.dependent());
                }
            }
            Token misparsed = objectBeforeAuxiliary(sentence, current, pronoun);
            if (misparsed != null) {
                return misparsed;
            }
            current = sentence.headArc(current).map(Dependency::governor).orElse(Dependency.ROOT);
        }
        return null;
    }

    /** The coded country or organisation one of whose mentions in the sentence holds the token; null when none. */
    static EntityDraft stateOrBodyAt(Sentence sentence, Token token, Collection<EntityDraft> drafts) {
        for (EntityDraft draft : drafts) {
            boolean state = "COUNTRY".equals(draft.type) || "ORGANIZATION".equals(draft.type);
            if (state && draft.code != null && draft.mentions.stream().anyMatch(mention -> mention.sentenceIndex() == sentence.index()
                    && mention.start() <= token.start() && token.end() <= mention.end())) {
                return draft;
            }
        }
        return null;
    }

    /**
     * "said Russia would recall its ambassador": the parser takes "Russia" for the object of
     * "said" and leaves "recall" without a subject; the noun right before the clause's modal or
     * auxiliary, attached as an object, is the clause's subject. Null when the clause has none.
     */
    private static Token objectBeforeAuxiliary(Sentence sentence, int clause, int limit) {
        for (Dependency arc : sentence.dependentArcs(clause)) {
            int before = arc.dependent() - 1;
            if (arc.relation().equals("aux") && before >= 0 && arc.dependent() < limit && sentence.token(before).isNoun()
                    && sentence.headArc(before).map(head -> head.relation().equals("obj")).orElse(false)) {
                return sentence.token(before);
            }
        }
        return null;
    }

    private static boolean opensWithIts(Mention mention) {
        String[] words = mention.text().strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words.length > 1 && words[0].equals("its");
    }
}
