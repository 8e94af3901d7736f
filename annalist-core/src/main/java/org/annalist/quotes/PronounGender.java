package org.annalist.quotes;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.actors.MentionKind;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * A "he" or "she" read the way a reader reads it: by its gender and by who the passage is about.
 *
 * <p>Why: the actors stage resolves a pronoun to a recent salient person it knows, without knowing
 * that "whose son Jomar" is a man or that "founded by billionaire X" only mentions X in passing.
 * Then "she said" goes to the son and "he told reporters" to the founder. The text itself says
 * the gender when a title or kin word stands before the name or beside it in apposition ("Ms",
 * "spokeswoman", "son", "the junta's spokesman, Major General X": frame-words.tsv woman-word and
 * man-word, reference-words.tsv unnamed-woman and unnamed-man); first names are not read. A person
 * the pronoun cannot be, or one named only in a "by" phrase or a possessive, gives way to the person last named as a subject, of a fitting
 * gender, in the pronoun's paragraph or the two before; with none, a gender clash gives no speaker.
 */
final class PronounGender {

    enum Gender { UNKNOWN, FEMALE, MALE }

    /** How many paragraphs before the pronoun's own are looked at for the person it stands for. */
    private static final int PARAGRAPHS_BACK = 2;

    private final AnnotatedDocument document;
    private final ActorAnalysis actors;
    private final ReferenceWords referenceWords;
    private final FrameWords frames;

    PronounGender(AnnotatedDocument document, ActorAnalysis actors, ReferenceWords referenceWords, FrameWords frames) {
        this.document = document;
        this.actors = actors;
        this.referenceWords = referenceWords;
        this.frames = frames;
    }

    /** The gender a personal pronoun says: "she" female, "he" male, anything else unknown. */
    static Gender ofPronoun(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "she" -> Gender.FEMALE;
            case "he" -> Gender.MALE;
            default -> Gender.UNKNOWN;
        };
    }

    /** Whether the text says the person is of the other gender than the pronoun. */
    boolean contradicts(Entity person, String pronoun) {
        Gender said = ofPronoun(pronoun);
        Gender known = genderOf(person);
        return said != Gender.UNKNOWN && known != Gender.UNKNOWN && said != known;
    }

    /**
     * The speaker of a "he"/"she" subject the actors stage resolved to a person the pronoun cannot
     * be (the other gender), or to one never named as a subject: the person last named as a
     * subject, of a fitting gender, before the pronoun; no speaker for a clash with nobody else;
     * empty when the actors stage's person stands.
     */
    Optional<Attribution> refit(Sentence sentence, int pronoun, Entity resolved, String place) {
        String word = sentence.token(pronoun).text();
        if (!resolved.type().equals("PERSON") || ofPronoun(word) == Gender.UNKNOWN) {
            return Optional.empty();
        }
        int offset = sentence.token(pronoun).start();
        boolean clash = contradicts(resolved, word);
        // named only in passing: every name before is in an aside, and no description of them is a subject
        // ("One protester, who gave only his first name, Tomás," is the protester's name, said in an aside)
        boolean passing = resolved.mentions().stream().filter(mention -> mention.start() < offset && mention.kind() == MentionKind.NAME)
                .allMatch(this::inAside)
                && resolved.mentions().stream().anyMatch(mention -> mention.start() < offset && mention.kind() == MentionKind.NAME)
                && resolved.mentions().stream().filter(mention -> mention.start() < offset && mention.kind() != MentionKind.PRONOUN)
                        .noneMatch(mention -> namesASubject(mention) && !inAside(mention));
        if (!clash && !passing) {
            return Optional.empty();
        }
        Optional<Entity> subject = lastSubjectPerson(sentence, offset, resolved, word, clash);
        if (subject.isPresent()) {
            return Optional.of(new Attribution(subject.get(), place + (clash ? ":pronoun-gender-fitting-subject" : ":pronoun-to-paragraph-subject")));
        }
        return clash ? Optional.of(new Attribution(null, place + ":pronoun-gender-clash")) : Optional.empty();
    }

    /**
     * The person, other than the one excluded, last named by name as the subject of a clause
     * before the offset, outside quote marks, in the sentence's paragraph or the two before, whom
     * the pronoun can be; outside an aside unless the pronoun's gender already ruled the
     * resolved person out ("over what Foreign Secretary Yvette Cooper called …").
     */
    private Optional<Entity> lastSubjectPerson(Sentence sentence, int offset, Entity excluded, String pronoun, boolean clash) {
        int firstParagraph = sentence.paragraph() - PARAGRAPHS_BACK;
        Entity last = null;
        int lastStart = -1;
        for (Entity entity : actors.entities()) {
            if (!entity.type().equals("PERSON") || entity.id().equals(excluded.id()) || contradicts(entity, pronoun)) {
                continue;
            }
            for (Mention mention : entity.mentions()) {
                int index = document.sentenceAt(mention.start());
                if (mention.kind() != MentionKind.NAME || mention.start() >= offset || mention.start() <= lastStart || index < 0
                        || document.sentences().get(index).paragraph() < firstParagraph || Syntax.insideQuoteMarks(document, mention.start())
                        || !namesASubject(mention) || inAside(mention) && !clash) {
                    continue;
                }
                last = entity;
                lastStart = mention.start();
            }
        }
        if (last != null && unknownNameAsSubjectBetween(lastStart, offset)) {
            // "Marie-Lourdes, a nurse at the clinic, spoke by phone. She said …": a name the actors
            // stage does not know is the nearer subject
            return Optional.empty();
        }
        return Optional.ofNullable(last);
    }

    /** Whether a proper noun no actor covers is a clause's subject between the two offsets. */
    private boolean unknownNameAsSubjectBetween(int from, int to) {
        for (Sentence sentence : document.sentences()) {
            if (sentence.end() <= from || sentence.start() >= to) {
                continue;
            }
            for (Token token : sentence.tokens()) {
                if (token.start() > from && token.end() <= to && token.isProperNoun()
                        && Syntax.baseRelation(Syntax.relation(sentence, token.index())).startsWith("nsubj")
                        && actors.entityAt(token.start()).isEmpty() && !Syntax.insideQuoteMarks(document, token.start())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the name is a clause's subject, or in apposition to one ("The junta's spokesman,
     * Major General Zaw Min Tun, said"), a title before it included ("Vice President Rosario
     * Murillo"): not a name in a "by" phrase, a possessive or an object.
     */
    private boolean namesASubject(Mention mention) {
        Sentence sentence = sentenceOf(mention);
        int head = sentence == null ? -1 : headOf(sentence, mention);
        for (int depth = 0; head >= 0 && depth < 4; depth++) {
            String relation = Syntax.baseRelation(Syntax.relation(sentence, head));
            if (relation.startsWith("nsubj") || relation.equals("root") && sentence.token(head).isProperNoun()) {
                return true; // a name the parser made the root has lost its verb to it ("X, whose son …, said")
            }
            if (!Set.of("compound", "flat", "appos").contains(relation)) {
                return false;
            }
            head = Syntax.head(sentence, head);
        }
        return false;
    }

    /**
     * Whether the name stands in an aside of its sentence that names someone else's doing: a
     * possessive ("Dagalo's brother") or a "by" phrase ("the party, founded by billionaire X,").
     * A name in a relative clause may name the subject itself ("a teacher who gave only her first
     * name, Alena,"), so it is no aside here.
     */
    private boolean inAside(Mention mention) {
        Sentence sentence = sentenceOf(mention);
        int head = sentence == null ? -1 : headOf(sentence, mention);
        if (head < 0) {
            return false;
        }
        boolean byPhrase = sentence.dependentArcs(head).stream().anyMatch(arc -> Set.of("case", "mark").contains(arc.baseRelation())
                && sentence.token(arc.dependent()).text().equalsIgnoreCase("by"));
        return Syntax.relation(sentence, head).equals("nmod:poss") || byPhrase;
    }

    private Sentence sentenceOf(Mention mention) {
        int index = document.sentenceAt(mention.start());
        return index < 0 ? null : document.sentences().get(index);
    }

    /** The mention's token whose governor lies outside it; -1 when it covers no token. */
    private static int headOf(Sentence sentence, Mention mention) {
        int head = -1;
        for (Token token : sentence.tokens()) {
            if (token.start() < mention.start() || token.end() > mention.end()) {
                continue;
            }
            int governor = Syntax.head(sentence, token.index());
            if (governor == Dependency.ROOT || sentence.token(governor).start() < mention.start() || sentence.token(governor).end() > mention.end()) {
                head = token.index();
            }
        }
        return head;
    }

    /**
     * What the words around the person's names say of their gender: a gendered word right before
     * a name ("Ms Lopez", "spokeswoman Maria Zakharova", "whose son Jomar") or in apposition to it
     * ("Zaw Min Tun, the junta's spokesman"), also before the given name written alone ("Dagalo's
     * brother Abdelrahim"). Unknown when the words say nothing or disagree.
     */
    Gender genderOf(Entity person) {
        boolean female = false;
        boolean male = false;
        for (Mention mention : person.mentions()) {
            int index = document.sentenceAt(mention.start());
            if (mention.kind() != MentionKind.NAME || index < 0) {
                continue;
            }
            Sentence sentence = document.sentences().get(index);
            for (Token token : sentence.tokens()) {
                if (token.start() < mention.start() || token.end() > mention.end()) {
                    continue;
                }
                if (token.start() == mention.start() && token.index() > 0) {
                    Gender before = genderOfWord(sentence.token(token.index() - 1));
                    female |= before == Gender.FEMALE;
                    male |= before == Gender.MALE;
                }
                for (int other : appositionsOf(sentence, token.index())) {
                    if (sentence.token(other).start() < mention.start() || sentence.token(other).end() > mention.end()) {
                        Gender beside = genderOfWord(sentence.token(other));
                        female |= beside == Gender.FEMALE;
                        male |= beside == Gender.MALE;
                    }
                }
            }
        }
        String[] words = person.name().split(" ");
        if (words.length > 1) {
            // "Dagalo's brother Abdelrahim" before "Abdelrahim Dagalo": the given name alone, where no other
            // actor is named (the actors stage may keep the lone given name as a person of its own)
            for (Sentence sentence : document.sentences()) {
                for (Token token : sentence.tokens()) {
                    if (token.index() > 0 && token.text().equals(words[0])
                            && actors.entityAt(token.start()).filter(other -> !other.id().equals(person.id()) && !other.name().equals(words[0])).isEmpty()) {
                        Gender before = genderOfWord(sentence.token(token.index() - 1));
                        female |= before == Gender.FEMALE;
                        male |= before == Gender.MALE;
                    }
                }
            }
        }
        return female == male ? Gender.UNKNOWN : female ? Gender.FEMALE : Gender.MALE;
    }

    /** The tokens in apposition with the token: its governor when it is an apposition, and its appositions. */
    private static Set<Integer> appositionsOf(Sentence sentence, int token) {
        java.util.Set<Integer> found = new java.util.TreeSet<>();
        int head = Syntax.head(sentence, token);
        if (head != Dependency.ROOT && Syntax.baseRelation(Syntax.relation(sentence, token)).equals("appos")) {
            found.add(head);
        }
        for (Dependency arc : sentence.dependentArcs(token)) {
            if (arc.baseRelation().equals("appos")) {
                found.add(arc.dependent());
            }
        }
        return found;
    }

    private Gender genderOfWord(Token token) {
        String text = token.text().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        String lemma = token.lemma() == null ? text : token.lemma().toLowerCase(Locale.ROOT);
        if (token.isProperNoun() && !frames.is(FrameWords.Role.WOMAN_WORD, text) && !frames.is(FrameWords.Role.MAN_WORD, text)) {
            return Gender.UNKNOWN; // a name's own word ("Sister" in "Maria Sister") is no title unless listed
        }
        if (frames.is(FrameWords.Role.WOMAN_WORD, text) || frames.is(FrameWords.Role.WOMAN_WORD, lemma)
                || referenceWords.is(ReferenceWords.Kind.UNNAMED_WOMAN, lemma)) {
            return Gender.FEMALE;
        }
        if (frames.is(FrameWords.Role.MAN_WORD, text) || frames.is(FrameWords.Role.MAN_WORD, lemma)
                || referenceWords.is(ReferenceWords.Kind.UNNAMED_MAN, lemma)) {
            return Gender.MALE;
        }
        return Gender.UNKNOWN;
    }
}
