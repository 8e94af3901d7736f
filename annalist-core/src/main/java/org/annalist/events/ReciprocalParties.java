package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * The parties a word for a pair stands for: "both countries", "the two sides", "urged them" after
 * "both governments", "the two ministers agreed". Such words name no one themselves; they refer
 * to the article's two main countries ({@link ReciprocalReference}), or, for warring parties in a
 * war within one country, to that country ({@link DomesticConflict}). Split out of
 * {@link PartyFinder}, which reads what a token names, because this answer comes from the whole
 * article (its main pair and the events coded so far), not from the token's own mention.
 */
final class ReciprocalParties {

    /** Determiners that make a plural refer back to parties already named. */
    private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "these", "those");


    private final ActorAnalysis actors;
    private final ReciprocalReference reciprocal;
    private final WordLists words;
    /** The article's events coded so far (a live view the coder appends to), for {@link DomesticConflict}. */
    private final List<Event> events;

    ReciprocalParties(ActorAnalysis actors, ReciprocalReference reciprocal, WordLists words, List<Event> events) {
        this.actors = actors;
        this.reciprocal = reciprocal;
        this.words = words;
        this.events = java.util.Collections.unmodifiableList(events);
    }

    /**
     * The article's two main countries when the nearest plural noun before the pronoun in its
     * sentence refers to them ("a Moscow-led alliance that includes both countries, urged them",
     * "was in contact with both governments and urged them"), each with the pronoun's span; else empty.
     */
    List<EventParty> namedBefore(SentenceGraph graph, int pronounIndex) {
        for (int index = pronounIndex - 1; index >= 0; index--) {
            Token earlier = graph.token(index);
            if (earlier.partOfSpeech().equals("NNS") || earlier.partOfSpeech().equals("NNPS")) {
                Token pronoun = graph.token(pronounIndex);
                Span span = new Span(pronoun.start(), pronoun.end(), pronoun.text());
                return of(graph, index).stream()
                        .map(party -> new EventParty(party.entity(), party.name(), party.code(), party.sector(), span)).toList();
            }
        }
        return List.of();
    }

    /**
     * The article's two main countries when the noun refers to them ("both countries", "the two
     * sides"), each with the noun's span; empty for a noun the actors stage reads as an entity of its
     * own and for any other noun.
     */
    List<EventParty> of(SentenceGraph graph, int tokenIndex) {
        Token token = graph.token(tokenIndex);
        if (actors.entityAt(token.start()).isPresent()) {
            return List.of();
        }
        return pairReferredTo(graph, tokenIndex);
    }

    /**
     * A group of people placed only by a pair ({@link PairedGroup}): "the two ministers agreed",
     * "Border commanders from the two countries met" — the pair's parties, with the group's sector;
     * empty for any other noun.
     */
    List<EventParty> ofPairedGroup(SentenceGraph graph, int tokenIndex, Entity group) {
        if (!PairedGroup.isUnplacedGroup(graph, tokenIndex, group)) {
            return List.of();
        }
        List<EventParty> pair = PairedGroup.isDefinitePair(graph, tokenIndex, words) ? pairReferredTo(graph, tokenIndex) : List.of();
        java.util.OptionalInt placing = PairedGroup.placingNoun(graph, tokenIndex);
        if (pair.isEmpty() && placing.isPresent()) {
            pair = of(graph, placing.getAsInt());
        }
        Token token = graph.token(tokenIndex);
        Span span = new Span(token.start(), token.end(), token.text());
        return pair.stream().map(party -> new EventParty(party.entity(), party.name(), party.code(),
                group.sector() != null ? group.sector() : party.sector(), span)).toList();
    }

    private List<EventParty> pairReferredTo(SentenceGraph graph, int tokenIndex) {
        Token token = graph.token(tokenIndex);
        boolean eachOfPair = isEachOfPair(graph, tokenIndex);
        if (reciprocal.pair().isEmpty() || !eachOfPair && !words.contains(ListName.RECIPROCAL_NOUN, token.lemma())) {
            return List.of();
        }
        boolean plural = token.partOfSpeech().equals("NNS") || token.partOfSpeech().equals("NNPS");
        boolean paired = eachOfPair;
        for (Dependency arc : graph.dependents(tokenIndex)) {
            String lemma = graph.token(arc.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
            if (lemma.equals("both") || lemma.equals("two") || lemma.equals("2")) {
                paired = true;
            }
            if (lemma.equals("all") || lemma.equals("every") || lemma.equals("any")) {
                // "urged all sides to exercise restraint": every party to the conflict, unnamed,
                // not the article's two main countries
                return List.of();
            }
        }
        // "urged both to return to the talks": the word itself is the pair
        // (not "both" as the determiner of "both sides", which the noun itself stands for)
        boolean alone = graph.heads(tokenIndex).stream().noneMatch(arc -> arc.baseRelation().startsWith("det")
                || arc.baseRelation().equals("cc:preconj") || arc.baseRelation().equals("cc"));
        paired |= alone && words.value(ListName.RECIPROCAL_NOUN, token.lemma().toLowerCase(java.util.Locale.ROOT))
                .filter("alone"::equals).isPresent() && (!token.partOfSpeech().equals("CD") || isDefiniteBareNumber(graph, tokenIndex));
        boolean needsPairing = words.value(ListName.RECIPROCAL_NOUN, token.lemma()).filter(value -> value.equals("paired") || value.equals("persons")).isPresent();
        boolean persons = words.value(ListName.RECIPROCAL_NOUN, token.lemma()).filter("persons"::equals).isPresent();
        if (!paired && (!plural || needsPairing) || persons && !PairedGroup.isDefinitePair(graph, tokenIndex, words)) {
            return List.of();
        }
        if (!paired && !isDefiniteUnrestricted(graph, tokenIndex)) {
            // "countries outside the region had no right to interfere", "nations that back the
            // blockade": a bare or restricted plural names some other countries, not the pair
            return List.of();
        }
        Span span = new Span(token.start(), token.end(), token.text());
        java.util.Set<String> subjectCodes = governingSubjectCodes(graph, tokenIndex);
        List<Entity> namedPair = PairedGroup.conjoinedSubjectBefore(graph, tokenIndex, subjectCodes, actors, words);
        boolean namedTwoCountries = namedPair.stream().map(Entity::code).distinct().count() > 1;
        if (words.contains(ListName.CONFLICT_SIDE_NOUN, token.lemma()) && !namedTwoCountries) {
            // "appealed to both warring parties" in a civil war: the one country every clash is within,
            // or, before any clash is coded, the country whose rebels the story is about
            Optional<Entity> side = DomesticConflict.soleSide(events, actors, reciprocal).flatMap(this::countryEntity);
            if (side.isPresent()) {
                return List.of(new EventParty(side.get().id(), side.get().name(), side.get().code(), side.get().sector(), span));
            }
        }
        List<EventParty> parties = new ArrayList<>();
        for (Entity entity : reciprocal.pairBefore(graph.sentence().index(), token.start(), subjectCodes, namedPair)) {
            parties.add(new EventParty(entity.id(), entity.name(), entity.code(), entity.sector(), span));
        }
        return parties;
    }

    /**
     * "Each side blamed the other", "each accused the other": the subject "each", or a reciprocal
     * noun with "each" ("each side", "each government"), of a verb that has "the other" as a
     * dependent names the pair one by one ({@link ReciprocalDirections#isEachAgainstTheOther}).
     */
    private boolean isEachOfPair(SentenceGraph graph, int tokenIndex) {
        Token token = graph.token(tokenIndex);
        boolean each = token.text().equalsIgnoreCase("each") || words.contains(ListName.RECIPROCAL_NOUN, token.lemma())
                && !token.partOfSpeech().equals("NNS") && graph.dependents(tokenIndex).stream()
                        .anyMatch(arc -> arc.baseRelation().equals("det") && graph.token(arc.dependent()).text().equalsIgnoreCase("each"));
        if (!each) {
            return false;
        }
        Dependency up = graph.basicHead(tokenIndex);
        return up != null && up.governor() >= 0 && up.baseRelation().startsWith("nsubj")
                && ReciprocalDirections.isEachAgainstTheOther(graph, up.governor());
    }

    /**
     * Whether a plural noun refers back as a definite whole ("the countries", "these nations",
     * "the neighbours'"): it has a definite determiner and no modifier that picks some out of many
     * (an "of"/"outside"/"in" phrase, a relative clause).
     */
    private static boolean isDefiniteUnrestricted(SentenceGraph graph, int tokenIndex) {
        boolean definite = false;
        for (Dependency arc : graph.basicDependents(tokenIndex)) {
            String relation = arc.relation();
            if (relation.startsWith("nmod") && !relation.equals("nmod:poss") || relation.startsWith("acl")) {
                return false;
            }
            String word = graph.token(arc.dependent()).text().toLowerCase(java.util.Locale.ROOT);
            definite |= relation.equals("det") && DEFINITE_DETERMINERS.contains(word) || relation.equals("nmod:poss");
        }
        return definite;
    }

    /**
     * "the two agreed": a number standing for a pair of parties has "the" and neither an "of" phrase
     * nor an apposition ("two of its frigates", "the two, a teacher and an engineer," and a bare "two"
     * count people or things).
     */
    private static boolean isDefiniteBareNumber(SentenceGraph graph, int tokenIndex) {
        boolean definite = false;
        for (Dependency arc : graph.basicDependents(tokenIndex)) {
            if (arc.relation().startsWith("nmod") || arc.relation().equals("appos")) {
                // "two of its frigates", "the two, a teacher and a retired engineer,": people or things counted
                return false;
            }
            definite |= arc.relation().equals("det") && graph.token(arc.dependent()).text().equalsIgnoreCase("the");
        }
        return definite;
    }

    /** The entity that best stands for a country code: the country itself, else any party of it that is not a place. */
    Optional<Entity> countryEntity(String code) {
        Optional<Entity> country = actors.entities().stream()
                .filter(entity -> code.equals(entity.code()) && "COUNTRY".equals(entity.type())).findFirst();
        return country.isPresent() ? country : actors.entities().stream()
                .filter(entity -> code.equals(entity.code()) && !"LOCATION".equals(entity.type())).findFirst();
    }

    /** The codes the subject of the verb governing the noun names ("Egypt and Qatar pressed both sides"): itself, its conjuncts and modifiers. */
    private java.util.Set<String> governingSubjectCodes(SentenceGraph graph, int noun) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        int node = noun;
        for (int depth = 0; depth < 3 && !graph.token(node).isVerb(); depth++) {
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0) {
                return codes;
            }
            node = up.governor();
        }
        if (!graph.token(node).isVerb()) {
            return codes;
        }
        for (int subject : RoleFillers.subjectsOf(graph, node)) {
            for (int member : RoleFillers.withConjuncts(graph, subject)) {
                List<Integer> words = new ArrayList<>(List.of(member));
                graph.dependents(member).stream().filter(arc -> PartyFinder.LOOK_THROUGH.contains(arc.relation())).forEach(arc -> words.add(arc.dependent()));
                for (int word : words) {
                    actors.entityAt(graph.token(word).start()).map(Entity::code).filter(java.util.Objects::nonNull).ifPresent(codes::add);
                }
            }
        }
        return codes;
    }
}
