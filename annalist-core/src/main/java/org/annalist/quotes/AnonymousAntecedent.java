package org.annalist.quotes;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.Entity;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * "A senior official, who asked not to be named, said … | “…,” the official said.": a definite
 * role noun refers back to the nearest earlier use of the same noun, and when that one was
 * indefinite ("a", "an", "another", "one") and is not a mention of the person the actors stage
 * linked the noun to, the speaker is that unnamed someone, not a named person from elsewhere in
 * the story.
 *
 * <p>Why: the actors stage links "the official" to the nearest named official it knows; a wire
 * writer who quotes an anonymous source re-uses the source's noun, so the noun's own antecedent
 * decides. No speaker is better than a wrong one.
 */
final class AnonymousAntecedent {

    /** Determiners of an indefinite, first-time noun phrase. */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one");

    /** How many sentences back the noun's antecedent is looked for. */
    private static final int REACH = 6;

    private AnonymousAntecedent() {}

    /** Whether the definite common noun at the token refers back to an unnamed someone rather than to the person. */
    static boolean refersToAnonymous(AnnotatedDocument document, Sentence sentence, int noun, Entity person) {
        Token token = sentence.token(noun);
        if (!token.isNoun() || token.isProperNoun() || !determiner(sentence, noun).equals("the") || namedBeside(sentence, noun, person)) {
            return false;
        }
        String lemma = lemma(token);
        for (int index = sentence.index() - 1; index >= 0 && index >= sentence.index() - REACH; index--) {
            Sentence earlier = document.sentences().get(index);
            for (int i = earlier.tokens().size() - 1; i >= 0; i--) {
                Token candidate = earlier.token(i);
                if (!candidate.isNoun() || candidate.isProperNoun() || !lemma(candidate).equals(lemma)) {
                    continue;
                }
                boolean mentionOfPerson = person.mentions().stream()
                        .anyMatch(mention -> mention.start() <= candidate.start() && mention.end() >= candidate.end());
                return !mentionOfPerson && INDEFINITE.contains(determiner(earlier, i));
            }
        }
        return false;
    }

    /**
     * "“…,” said the engineer, Ramil Santos.": the noun gives its person's name in apposition, so
     * the earlier unnamed "a 34-year-old engineer" has now been named, and the person stands.
     */
    private static boolean namedBeside(Sentence sentence, int noun, Entity person) {
        return sentence.dependentArcs(noun).stream()
                .filter(arc -> Set.of("appos", "dep", "flat").contains(arc.baseRelation()) && sentence.token(arc.dependent()).isProperNoun())
                .map(arc -> sentence.token(arc.dependent()))
                .anyMatch(name -> person.mentions().stream().anyMatch(mention -> mention.start() <= name.start() && mention.end() >= name.end()));
    }

    private static String determiner(Sentence sentence, int noun) {
        Optional<Dependency> arc = sentence.dependentArcs(noun).stream()
                .filter(each -> each.relation().equals("det") || each.relation().equals("nummod"))
                .findFirst();
        return arc.map(each -> sentence.token(each.dependent()).text().toLowerCase(Locale.ROOT)).orElse("");
    }

    private static String lemma(Token token) {
        return (token.lemma() == null ? token.text() : token.lemma()).toLowerCase(Locale.ROOT);
    }
}
