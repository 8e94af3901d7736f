package org.annalist.quotes;

import java.util.List;
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
 * The actor a noun phrase in a quotation's frame refers to, for {@link SpeakerFinder}: its
 * head's entity, a name in apposition, a leader behind "his spokesman", a body behind "the
 * group" or "a spokesperson for the embassy". Kept apart from the finder, which decides which
 * phrase is the speaker's; this class only says whom a phrase names.
 */
final class PhraseEntities {

    /** Entity types of places: a person-tagged token mentioning one is a clash, not a speaker. */
    private static final Set<String> PLACE_TYPES = Set.of("COUNTRY", "LOCATION", "CITY", "STATE_OR_PROVINCE");

    /** Possessive pronouns that stand for a person ("its spokesman" is a body's: see bodyOwning). */
    private static final Set<String> PERSONAL_POSSESSIVES = Set.of("his", "her");

    private final ActorAnalysis actors;
    private final ReferenceWords referenceWords;
    private final BodySpeakers bodies;
    private final SpokespersonBody spokespeople;

    PhraseEntities(AnnotatedDocument document, ActorAnalysis actors, ReferenceWords referenceWords, FrameWords frames, BodySpeakers bodies) {
        this.actors = actors;
        this.referenceWords = referenceWords;
        this.bodies = bodies;
        this.spokespeople = new SpokespersonBody(document, actors, referenceWords, frames, this::entityOf);
    }

    /**
     * The entity a phrase headed by the token refers to: the head's, else a name in apposition or
     * a compound part's; a name in apposition outranks a role noun. A nationality word
     * ("the Azeri general") names a country, not the speaker, so it is passed over unless it is a
     * plural noun heading the subject ("the Iranians said");
     * and a country or place found at a token the language layer tags as a person ("Santiago said"
     * for a Commodore Santiago) is taken for a clash, not a speaker.
     */
    Optional<Entity> entityOf(Sentence sentence, int head) {
        List<Integer> candidates = Syntax.speakerCandidates(sentence, head);
        Optional<Entity> appositive = appositiveName(sentence, head).or(() -> nameSetOffAfter(sentence, head));
        if (appositive.isPresent()) {
            return appositive; // "Its spokesman, Khaing Min Aung, said": the name outranks the role
        }
        Optional<Entity> principal = principalOf(sentence, head);
        if (principal.isPresent()) {
            return principal;
        }
        Optional<Entity> seat = bodies.countryOfSeat(sentence, head);
        if (seat.isPresent()) {
            return seat; // "the foreign ministry in Vilnius said"
        }
        for (int candidate : candidates) {
            Token token = sentence.token(candidate);
            Optional<Entity> entity = actors.entityAt(token.start());
            if (entity.isEmpty()) {
                continue;
            }
            MentionKind kind = mentionKindAt(entity.get(), token.start());
            if (kind == MentionKind.DEMONYM && !(candidate == head && isPluralNoun(token))) {
                continue;
            }
            if (candidate != head && PLACE_TYPES.contains(entity.get().type()) && isCommonNoun(sentence.token(head))) {
                continue; // "a senior U.S. official said": the country names the official's nationality, as a demonym does
            }
            if (candidate != head && bodies.isUnnamedInsider(sentence, head)) {
                continue; // "a State Department official said": the body employs the official, it does not speak
            }
            if (token.namedEntityTag().equals("PERSON") && PLACE_TYPES.contains(entity.get().type())) {
                return Optional.empty();
            }
            return entity;
        }
        Optional<Entity> owner = bodies.bodyOwning(sentence, head);
        if (owner.isPresent()) {
            return owner;
        }
        Optional<Entity> referredBack = bodies.organisationReferredBack(sentence, head);
        if (referredBack.isPresent()) {
            return referredBack;
        }
        // "a spokesperson for the embassy said", "a coast guard spokesman said", "a navy statement said": the body's words
        return spokespeople.bodyOf(sentence, head).or(() -> spokespeople.bodyOfStatement(sentence, head));
    }

    /**
     * The first person or organisation the sentence names between the tokens, by a name, an alias
     * or a description ("That was how second officer Dimitris Laskaris described it"); a
     * nationality word or a pronoun names nobody.
     */
    Optional<Entity> firstActorNamed(Sentence sentence, int from, int end) {
        for (int index = from; index < end; index++) {
            int offset = sentence.token(index).start();
            Optional<Entity> entity = actors.entityAt(offset)
                    .filter(found -> found.type().equals("PERSON") || found.type().equals("ORGANIZATION"));
            MentionKind kind = entity.map(found -> mentionKindAt(found, offset)).orElse(null);
            if (kind == MentionKind.NAME || kind == MentionKind.ALIAS || kind == MentionKind.NOMINAL) {
                return entity;
            }
        }
        return Optional.empty();
    }

    /**
     * "according to a statement from the Diocese of Matagalpa", "according to a report by the
     * agency": a statement noun of reference-words.tsv speaks for the body or person it is from.
     */
    Optional<Entity> issuerOfStatement(Sentence sentence, int head) {
        Token token = sentence.token(head);
        if (!token.isNoun() || !referenceWords.is(ReferenceWords.Kind.STATEMENT, token.lemma() == null ? token.text() : token.lemma())) {
            return Optional.empty();
        }
        for (Dependency arc : sentence.dependentArcs(head)) {
            boolean fromOrBy = arc.baseRelation().equals("nmod") && sentence.dependentArcs(arc.dependent()).stream()
                    .anyMatch(inner -> inner.relation().equals("case")
                            && Set.of("from", "by").contains(sentence.token(inner.dependent()).text().toLowerCase(java.util.Locale.ROOT)));
            if (fromOrBy) {
                return entityOf(sentence, arc.dependent()).filter(entity -> !entity.type().equals("GROUP"));
            }
        }
        return Optional.empty();
    }

    /**
     * "Guterres appealed to both sides to show restraint, his spokesman said": a mouthpiece noun
     * of reference-words.tsv ("spokesman", "office", "ministry") owned by a possessive pronoun or
     * a person's possessive name ("Japarov's office said", "the office of President Japarov") speaks for that person, and the words
     * are that person's. The actors stage may have taken
     * "spokesman" for another spokesman named earlier; the pronoun says whose he is.
     */
    private Optional<Entity> principalOf(Sentence sentence, int head) {
        Token token = sentence.token(head);
        if (token.isProperNoun() || !token.isNoun()
                || !referenceWords.is(ReferenceWords.Kind.MOUTHPIECE, token.lemma() == null ? token.text() : token.lemma())) {
            return Optional.empty();
        }
        for (Dependency arc : sentence.dependentArcs(head)) {
            Token owner = sentence.token(arc.dependent());
            if (arc.relation().equals("nmod:poss") && PERSONAL_POSSESSIVES.contains(owner.text().toLowerCase(java.util.Locale.ROOT))) {
                // the pronoun's own mention: the actors stage may have made "his spokesman" a mention of someone else
                return actors.entities().stream().filter(entity -> entity.type().equals("PERSON"))
                        .filter(entity -> entity.mentions().stream().anyMatch(mention -> mention.kind() == MentionKind.PRONOUN
                                && mention.start() == owner.start() && mention.end() == owner.end()))
                        .findFirst();
            }
            if ((arc.relation().equals("nmod:poss") || isOfPhrase(sentence, arc)) && owner.isProperNoun()) {
                // "Japarov's office said": a person's possessive name, as the pronoun
                Optional<Entity> person = actors.entityAt(owner.start()).filter(entity -> entity.type().equals("PERSON")
                        && mentionKindAt(entity, owner.start()) == MentionKind.NAME);
                if (person.isPresent()) {
                    return person;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "According to the regional governor, Oleh Kiper, the attack was …": a title noun followed by
     * a person's name set off by commas is that person, read from the words when the parser lost
     * the apposition (it made "Kiper" the subject of the clause). The name must close with a comma
     * or the sentence's end ("the governor, Kiper and the mayor" lists two people).
     */
    private Optional<Entity> nameSetOffAfter(Sentence sentence, int head) {
        Token title = sentence.token(head);
        int first = head + 2;
        if (title.isProperNoun() || !title.namedEntityTag().equals("TITLE") || first >= sentence.tokens().size()
                || !sentence.token(head + 1).text().equals(",")) {
            return Optional.empty();
        }
        int end = first;
        while (end < sentence.tokens().size() && sentence.token(end).namedEntityTag().equals("PERSON")) {
            end++;
        }
        if (end == first || (end < sentence.tokens().size() && !sentence.token(end).text().equals(",") && !Syntax.isPunctuation(sentence.token(end)))) {
            return Optional.empty();
        }
        if (end < sentence.tokens().size() - 1 && sentence.token(end).text().equals(",") && sentence.token(end + 1).text().equalsIgnoreCase("and")) {
            return Optional.empty();
        }
        int offset = sentence.token(first).start();
        return actors.entityAt(offset).filter(entity -> entity.type().equals("PERSON") && mentionKindAt(entity, offset) == MentionKind.NAME);
    }

    /** The person named by a proper noun hung directly on a role noun ("the businessman Ilan Shor"), if any. */
    private Optional<Entity> personNamedOn(Sentence sentence, int roleNoun) {
        for (Dependency arc : sentence.dependentArcs(roleNoun)) {
            int offset = sentence.token(arc.dependent()).start();
            if (Set.of("compound", "flat", "dep", "appos").contains(arc.baseRelation()) && sentence.token(arc.dependent()).isProperNoun()) {
                Optional<Entity> person = actors.entityAt(offset)
                        .filter(entity -> entity.type().equals("PERSON") && mentionKindAt(entity, offset) == MentionKind.NAME);
                if (person.isPresent()) {
                    return person;
                }
            }
        }
        return Optional.empty();
    }

    /** "the office of President Japarov": a noun's "of" phrase. */
    private static boolean isOfPhrase(Sentence sentence, Dependency arc) {
        return arc.relation().equals("nmod") && sentence.dependentArcs(arc.dependent()).stream()
                .anyMatch(inner -> inner.relation().equals("case") && sentence.token(inner.dependent()).text().equalsIgnoreCase("of"));
    }

    /**
     * The last actor named in apposition inside the subject ("The head of the EU mission in
     * Armenia, Markus Vogel, said" — wherever the parser hung the appositive).
     */
    private Optional<Entity> appositiveName(Sentence sentence, int head) {
        java.util.BitSet phrase = Syntax.subtree(sentence, head);
        Optional<Entity> last = Optional.empty();
        for (org.annalist.language.Dependency arc : sentence.dependencies()) {
            if (!arc.baseRelation().equals("appos") || !phrase.get(arc.dependent())) {
                continue;
            }
            if (arc.governor() != head && isWhoseNoun(sentence, arc.governor())) {
                continue; // "Marlene Ramsaran, whose son Kevin is among the detained, said": the son is another person
            }
            if (arc.governor() != head && sentence.token(arc.governor()).namedEntityTag().equals("TITLE")) {
                // "an adviser to the group's commander, Mohamed Dagalo, said": the name is the
                // commander's, another person inside the subject, not the speaker's
                continue;
            }
            int offset = sentence.token(arc.dependent()).start();
            Optional<Entity> named = actors.entityAt(offset)
                    .filter(entity -> !PLACE_TYPES.contains(entity.type()) && !entity.type().equals("GROUP")
                            && mentionKindAt(entity, offset) == MentionKind.NAME);
            if (named.isPresent()) {
                last = named;
            } else if (!sentence.token(arc.dependent()).isProperNoun()) {
                // "Its leader, the fugitive businessman Ilan Shor, said": the appositive is a role
                // noun and the name hangs on it (compound, flat or the parser's "dep")
                Optional<Entity> person = personNamedOn(sentence, arc.dependent());
                if (person.isPresent()) {
                    last = person;
                }
            }
        }
        if (last.isEmpty()) {
            // "One of the fishermen, Tran Van Loc, said": the enhanced graph makes "fishermen" the
            // subject and hangs the name on it, while the basic tree hangs it on "One"
            for (org.annalist.language.Dependency arc : sentence.enhancedDependentArcs(head)) {
                int offset = sentence.token(arc.dependent()).start();
                if (arc.baseRelation().equals("appos") && arc.dependent() > head) {
                    last = actors.entityAt(offset).filter(entity -> entity.type().equals("PERSON")
                            && mentionKindAt(entity, offset) == MentionKind.NAME);
                }
            }
        }
        return last;
    }

    /** "whose son", "whose husband": a noun a possessive relative pronoun owns names someone else. */
    private static boolean isWhoseNoun(Sentence sentence, int noun) {
        return sentence.dependentArcs(noun).stream().anyMatch(arc -> arc.relation().equals("nmod:poss")
                && sentence.token(arc.dependent()).text().equalsIgnoreCase("whose"));
    }

    private static boolean isCommonNoun(Token token) {
        return token.isNoun() && !token.isProperNoun();
    }

    /** "the Iranians said": a nationality as a plural noun is the speaker; "the Azeri general" is not. */
    private static boolean isPluralNoun(Token token) {
        return token.partOfSpeech().equals("NNS") || token.partOfSpeech().equals("NNPS");
    }

    static MentionKind mentionKindAt(Entity entity, int offset) {
        for (Mention mention : entity.mentions()) {
            if (offset >= mention.start() && offset < mention.end()) {
                return mention.kind();
            }
        }
        return null;
    }
}
