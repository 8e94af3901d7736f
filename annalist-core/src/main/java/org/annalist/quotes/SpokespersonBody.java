package org.annalist.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
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
 * The body an unnamed spokesperson speaks for: "a spokesperson for the Chinese embassy",
 * "a coast guard spokesman" after the Philippine coast guard was named, "an embassy
 * spokesperson" after China's embassy, and a later "the spokesperson added".
 *
 * <p>Why: wire copy quotes bodies through unnamed mouthpieces far more often than through named
 * ones, and the gold convention is that the words are the body's. The actors stage makes no
 * entity of an unnamed spokesperson, so the speaker was lost. The mouthpiece words are those of
 * kind mouthpiece in reference-words.tsv. Only bodies the article has already named are
 * speakers, and only when exactly one fits: a compound word must end one of the body's earlier
 * mentions ("guard" in "the Philippine coast guard"), and a country named beside it must be the
 * body's ("a U.S. embassy spokesperson" is no Chinese embassy). Used only when the subject
 * gives no speaker by other means.
 */
final class SpokespersonBody {

    /** Entity types a spokesperson can speak for ("a spokesman for the president" is the president's). */
    private static final Set<String> PRINCIPAL_TYPES = Set.of("ORGANIZATION", "COUNTRY", "PERSON");
    /** Entity types a bare "a spokesperson" after them speaks for: bodies, not people. */
    private static final Set<String> BODY_TYPES = Set.of("ORGANIZATION", "COUNTRY");
    /** Prepositions that tie a spokesperson to a principal. */
    private static final Set<String> FOR_OR_OF = Set.of("for", "of");
    /** How many sentences back "the spokesperson" looks for the spokesperson it repeats. */
    private static final int REPEAT_REACH = 3;

    private final AnnotatedDocument document;
    private final ActorAnalysis actors;
    private final ReferenceWords referenceWords;
    /** For a state body's word ("a foreign ministry spokesman"): frame-words.tsv seated-body. */
    private final FrameWords frames;
    /** The speaker's entity of a phrase (SpeakerFinder's own lookup), for the principal after "for". */
    private final BiFunction<Sentence, Integer, Optional<Entity>> entityOf;

    SpokespersonBody(AnnotatedDocument document, ActorAnalysis actors, ReferenceWords referenceWords, FrameWords frames,
            BiFunction<Sentence, Integer, Optional<Entity>> entityOf) {
        this.frames = frames;
        this.document = document;
        this.actors = actors;
        this.referenceWords = referenceWords;
        this.entityOf = entityOf;
    }

    /** The body the spokesperson noun at the head speaks for, if the article says which. */
    Optional<Entity> bodyOf(Sentence sentence, int head) {
        if (!isSpokesperson(sentence.token(head))) {
            return Optional.empty();
        }
        Optional<Entity> own = bodyNamedWith(sentence, head);
        if (own.isPresent()) {
            return own;
        }
        if (!isDefinite(sentence, head)) {
            if (isBare(sentence, head)) {
                return bodyLeadingTheSentenceBefore(sentence, BODY_TYPES);
            }
            // "North Korea condemned the meeting. …, a foreign ministry spokesman said": the
            // ministry of the country the writer has just named as acting (the gold convention)
            return stateBodyWithoutCountry(sentence, head) ? bodyLeadingTheSentenceBefore(sentence, Set.of("COUNTRY")) : Optional.empty();
        }
        return repeatedSpokesperson(sentence, head);
    }

    /**
     * "Britain's Foreign Office rejected the measures. “…,” a spokesperson said.": a bare "a
     * spokesperson" (nothing but its article) right after a sentence of the same paragraph whose
     * main verb's subject is a named body speaks for that body; the writer has just named whose
     * spokesperson it is. "A Ukrainian military spokesman" names a body of its own and is not
     * bare.
     */
    private Optional<Entity> bodyLeadingTheSentenceBefore(Sentence sentence, Set<String> types) {
        if (sentence.index() == 0) {
            return Optional.empty();
        }
        Sentence before = document.sentences().get(sentence.index() - 1);
        if (before.paragraph() != sentence.paragraph()) {
            return Optional.empty();
        }
        for (Token token : before.tokens()) {
            if (Syntax.head(before, token.index()) != Dependency.ROOT) {
                continue;
            }
            Syntax.Subject subject = Syntax.subjectOf(before, token.index());
            if (!subject.found() || subject.inherited()) {
                return Optional.empty();
            }
            return entityOf.apply(before, subject.token()).filter(entity -> types.contains(entity.type()));
        }
        return Optional.empty();
    }

    /**
     * "a foreign ministry spokesman": an indefinite spokesperson whose compound is a state body's
     * word (frame-words.tsv seated-body) with no country, nationality or name beside it.
     */
    private boolean stateBodyWithoutCountry(Sentence sentence, int head) {
        if (!sentence.dependentArcs(head).stream().anyMatch(arc -> arc.relation().equals("det")
                && Set.of("a", "an").contains(sentence.token(arc.dependent()).text().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        boolean stateBody = false;
        for (Dependency arc : sentence.dependentArcs(head)) {
            int dependent = arc.dependent();
            if (dependent > head || !Set.of("compound", "amod").contains(arc.baseRelation())) {
                continue;
            }
            Token token = sentence.token(dependent);
            if (token.isProperNoun() || countryCodeAt(sentence, dependent) != null
                    || sentence.dependentArcs(dependent).stream().anyMatch(inner -> sentence.token(inner.dependent()).isProperNoun()
                            || countryCodeAt(sentence, inner.dependent()) != null)) {
                return false;
            }
            stateBody |= arc.baseRelation().equals("compound") && frames.is(FrameWords.Role.SEATED_BODY, token.lemma());
        }
        return stateBody;
    }

    /** "a spokesperson": the noun with its indefinite article and nothing else. */
    private static boolean isBare(Sentence sentence, int head) {
        return sentence.dependentArcs(head).stream().allMatch(arc -> arc.baseRelation().equals("punct")
                || (arc.relation().equals("det") && Set.of("a", "an").contains(sentence.token(arc.dependent()).text().toLowerCase(Locale.ROOT))));
    }

    /**
     * "A navy statement said …", "a ministry statement said": a statement noun of
     * reference-words.tsv with a body word before it is that body's, when exactly one body named
     * earlier ends with the word ("Vietnam's navy"), as for "a navy spokesman".
     */
    Optional<Entity> bodyOfStatement(Sentence sentence, int head) {
        Token token = sentence.token(head);
        String word = token.lemma() == null ? token.text() : token.lemma();
        if (!token.isNoun() || token.isProperNoun() || !referenceWords.is(ReferenceWords.Kind.STATEMENT, word.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return bodyInCompound(sentence, head);
    }

    /** "a spokesperson for X", "a X spokesperson": the body named with the noun itself. */
    private Optional<Entity> bodyNamedWith(Sentence sentence, int head) {
        for (Dependency arc : sentence.dependentArcs(head)) {
            if (arc.baseRelation().equals("nmod") && arc.dependent() > head && hasPreposition(sentence, arc.dependent())) {
                return entityOf.apply(sentence, arc.dependent()).filter(entity -> PRINCIPAL_TYPES.contains(entity.type()));
            }
        }
        return bodyInCompound(sentence, head);
    }

    private Optional<Entity> bodyInCompound(Sentence sentence, int head) {
        int bodyWord = -1;
        String country = null;
        for (Dependency arc : sentence.dependentArcs(head)) {
            int dependent = arc.dependent();
            if (dependent > head || !Set.of("compound", "amod").contains(arc.baseRelation())) {
                continue;
            }
            Token token = sentence.token(dependent);
            if (arc.baseRelation().equals("compound") && token.isNoun() && !token.isProperNoun()) {
                bodyWord = Math.max(bodyWord, dependent);
            }
            for (Dependency inner : sentence.dependentArcs(dependent)) {
                country = country == null ? countryCodeAt(sentence, inner.dependent()) : country;
            }
            country = country == null ? countryCodeAt(sentence, dependent) : country;
        }
        if (bodyWord < 0) {
            return Optional.empty();
        }
        String word = sentence.token(bodyWord).text().toLowerCase(Locale.ROOT);
        int before = sentence.token(head).start();
        String code = country;
        List<Entity> bodies = new ArrayList<>();
        for (Entity entity : actors.entities()) {
            boolean fits = entity.type().equals("ORGANIZATION") && (code == null || code.equals(entity.code()))
                    && entity.mentions().stream().anyMatch(mention -> mention.end() <= before && endsWithWord(mention.text(), word));
            if (fits) {
                bodies.add(entity);
            }
        }
        return bodies.size() == 1 ? Optional.of(bodies.get(0)) : Optional.empty();
    }

    /** "the spokesperson added": the body of the last spokesperson a sentence or three before spoke for. */
    private Optional<Entity> repeatedSpokesperson(Sentence sentence, int head) {
        for (int index = sentence.index(); index >= 0 && index >= sentence.index() - REPEAT_REACH; index--) {
            Sentence earlier = document.sentences().get(index);
            for (int token = earlier.tokens().size() - 1; token >= 0; token--) {
                if ((index == sentence.index() && token >= head) || !isSpokesperson(earlier.token(token))) {
                    continue;
                }
                Optional<Entity> body = bodyNamedWith(earlier, token);
                if (body.isPresent()) {
                    return body;
                }
                if (hasNamedPerson(earlier, token)) {
                    return Optional.empty(); // "Spokesman Tomas Ruiz" was a person: "the spokesman" is his, not a body's
                }
            }
        }
        return Optional.empty();
    }

    private boolean hasNamedPerson(Sentence sentence, int token) {
        int offset = sentence.token(token).start();
        return actors.entityAt(offset).filter(entity -> entity.type().equals("PERSON")).isPresent()
                || sentence.dependentArcs(token).stream().anyMatch(arc -> Set.of("appos", "flat").contains(arc.baseRelation())
                        && sentence.token(arc.dependent()).namedEntityTag().equals("PERSON"))
                || Syntax.head(sentence, token) >= 0 && sentence.token(Syntax.head(sentence, token)).namedEntityTag().equals("PERSON");
    }

    private boolean isSpokesperson(Token token) {
        String word = token.lemma() == null ? token.text() : token.lemma();
        // a person's title ("spokesperson"), not a body ("office", "ministry") among the mouthpiece words
        return token.isNoun() && !token.isProperNoun() && token.namedEntityTag().equals("TITLE")
                && referenceWords.is(ReferenceWords.Kind.MOUTHPIECE, word.toLowerCase(Locale.ROOT));
    }

    private static boolean isDefinite(Sentence sentence, int head) {
        return sentence.dependentArcs(head).stream().anyMatch(arc -> arc.relation().equals("det")
                && sentence.token(arc.dependent()).text().equalsIgnoreCase("the"));
    }

    private static boolean hasPreposition(Sentence sentence, int noun) {
        return sentence.dependentArcs(noun).stream().anyMatch(arc -> arc.relation().equals("case")
                && FOR_OR_OF.contains(sentence.token(arc.dependent()).text().toLowerCase(Locale.ROOT)));
    }

    /** The country code a country name or demonym at the token stands for ("U.S.", "Chinese"), or null. */
    private String countryCodeAt(Sentence sentence, int token) {
        int offset = sentence.token(token).start();
        return actors.entityAt(offset).filter(entity -> entity.type().equals("COUNTRY"))
                .filter(entity -> kindAt(entity, offset) != MentionKind.PRONOUN)
                .map(Entity::code).orElse(null);
    }

    private static MentionKind kindAt(Entity entity, int offset) {
        for (Mention mention : entity.mentions()) {
            if (offset >= mention.start() && offset < mention.end()) {
                return mention.kind();
            }
        }
        return null;
    }

    private static boolean endsWithWord(String text, String word) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.equals(word) || lower.endsWith(" " + word);
    }
}
