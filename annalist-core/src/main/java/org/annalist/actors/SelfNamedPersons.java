package org.annalist.actors;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;

/**
 * A described person who gives the name they go by in a clause on the description: "“We have
 * been here before,” said a 22-year-old protester who gave her name only as Fah", "a driver who
 * identified himself only as Karim", "a resident identified only as Maria", "a teacher who gave only
 * her first name, Olga". The description is a
 * mention of the person so named, so the words its verb reports are theirs. The verbs are data:
 * self-naming rows of reference-words.tsv.
 */
final class SelfNamedPersons {

    /** Relations by which a clause hangs on the noun it describes. */
    private static final Set<String> CLAUSES = Set.of("acl:relcl", "acl");

    private final ReferenceWords referenceWords;

    SelfNamedPersons(ReferenceWords referenceWords) {
        this.referenceWords = referenceWords;
    }

    /**
     * The indefinite description a self-naming clause around the name hangs on ("a 22-year-old
     * protester" in "a 22-year-old protester who gave her name only as Fah"), as a phrase to
     * mention the person by; empty for other names. A definite one ("The colonel, identified as
     * X,") refers back to someone the story named before and is left to the other rules.
     */
    Optional<ActorPhrase> description(Sentence sentence, ActorPhrase name) {
        Optional<Dependency> clause = afterAs(sentence, name) ? namingClause(sentence, name.headToken()) : givenNameClause(sentence, name.headToken());
        if (clause.isEmpty() || clause.get().governor() >= name.firstToken()) {
            return Optional.empty();
        }
        int noun = clause.get().governor();
        int start = PhraseFinder.nounPhraseStart(sentence, noun);
        String first = sentence.token(start).text().toLowerCase(Locale.ROOT);
        if (!first.equals("a") && !first.equals("an") && !sentence.token(start).partOfSpeech().equals("CD")) {
            return Optional.empty();
        }
        return Optional.of(new ActorPhrase(sentence.index(), start, noun + 1, noun, Category.NOMINAL, null, null, null, null, null));
    }

    /**
     * The name after "as" in a self-naming clause on a noun ("a student who gave her name only as
     * Ploy"), as token bounds, whether or not the language layer tagged it; null when there is none.
     */
    int[] nameSpan(Sentence sentence, int asToken) {
        int end = asToken + 1;
        while (end < sentence.tokens().size() && sentence.token(end).isProperNoun()) {
            end++;
        }
        if (end == asToken + 1) {
            return null;
        }
        int head = PhraseFinder.headOf(sentence, asToken + 1, end);
        boolean naming = namingClause(sentence, head).isPresent();
        return naming ? new int[] {asToken + 1, end} : null;
    }

    /**
     * The arc by which the self-naming clause around a name hangs on its noun: the name's own verb
     * ("gave her name only as Karla") when it names, or, when the parser made the name the subject
     * of the sentence's reporting verb ("who gave her name only as Karla said she …": "Karla" nsubj
     * of "said", an adverbial clause of "gave"), the naming verb that clause hangs on.
     */
    private Optional<Dependency> namingClause(Sentence sentence, int nameHead) {
        Optional<Dependency> own = sentence.headArc(nameHead);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        int verb = own.get().governor();
        if (!naming(sentence, verb) && own.get().relation().startsWith("nsubj")) {
            verb = sentence.headArc(verb).filter(arc -> arc.relation().equals("advcl") && arc.governor() < nameHead)
                    .map(Dependency::governor).orElse(Dependency.ROOT);
        }
        if (verb < 0 || !naming(sentence, verb)) {
            return Optional.empty();
        }
        return sentence.headArc(verb).filter(arc -> CLAUSES.contains(arc.relation()));
    }

    /**
     * "a former teacher from Grodno who gave only her first name, Olga,": the name in apposition to
     * the word "name" that a self-naming verb takes as object; the arc by which that verb's clause
     * hangs on its noun, or empty.
     */
    private Optional<Dependency> givenNameClause(Sentence sentence, int nameHead) {
        Optional<Dependency> apposition = sentence.headArc(nameHead).filter(arc -> arc.relation().equals("appos")
                && sentence.token(arc.governor()).lemma().equalsIgnoreCase("name"));
        if (apposition.isEmpty()) {
            return Optional.empty();
        }
        return sentence.headArc(apposition.get().governor()).filter(arc -> arc.relation().equals("obj") && naming(sentence, arc.governor()))
                .flatMap(arc -> sentence.headArc(arc.governor())).filter(arc -> CLAUSES.contains(arc.relation()));
    }

    private boolean naming(Sentence sentence, int token) {
        return token >= 0 && referenceWords.is(ReferenceWords.Kind.SELF_NAMING, sentence.token(token).lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean afterAs(Sentence sentence, ActorPhrase phrase) {
        return phrase.firstToken() > 0 && sentence.token(phrase.firstToken() - 1).text().equalsIgnoreCase("as");
    }
}
