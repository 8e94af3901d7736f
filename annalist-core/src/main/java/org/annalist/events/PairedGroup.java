package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Groups of people the text places only by a reference to a pair: "the two ministers agreed",
 * "both presidents", "Border commanders from the two countries met". The actors stage reads such a
 * phrase as a group and, finding no country in it, may give it the dateline's; a reader gives it
 * the two parties the pair refers to ({@link ReciprocalReference}). A group whose phrase names a
 * country itself ("the two Afghan ministers", "commanders from Kyrgyzstan") keeps its own code.
 * Also the pair a sentence names outright before its reciprocal noun: "Congolese troops and M23
 * rebels clashed, a week after the two sides signed a ceasefire" — the conjoined subject, not the
 * article's two main countries.
 */
final class PairedGroup {

    /** The relations by which a group is placed by a reciprocal noun: "commanders from the two countries". */
    private static final Set<String> PLACING = Set.of("nmod:from", "nmod:of");

    /** Modifiers through which a phrase may name a country itself. */
    private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod:poss", "nmod:from", "nmod:of", "nmod:in");

    private PairedGroup() {
    }

    /** Whether the noun is a group of people whose phrase names no country ("the two ministers", "Border commanders"). */
    static boolean isUnplacedGroup(SentenceGraph graph, int noun, Entity entity) {
        if (!"GROUP".equals(entity.type()) || graph.token(noun).isProperNoun()) {
            return false;
        }
        for (Dependency arc : graph.dependents(noun)) {
            if (MODIFIERS.contains(arc.relation()) && !"O".equals(graph.token(arc.dependent()).namedEntityTag())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the two ministers", "both presidents": a plural noun from the reciprocal list that needs a
     * pairing (value {@code persons} or {@code paired}) and is definite and paired — with "both", or "two" after "the" — counts no
     * people ("two ministers resigned") but refers to the pair.
     */
    static boolean isDefinitePair(SentenceGraph graph, int noun, WordLists words) {
        Token token = graph.token(noun);
        if (!words.value(ListName.RECIPROCAL_NOUN, token.lemma().toLowerCase(Locale.ROOT))
                .filter(value -> value.equals("persons") || value.equals("paired")).isPresent()) {
            return false;
        }
        boolean the = false;
        boolean two = false;
        for (Dependency arc : graph.basicDependents(noun)) {
            String word = graph.token(arc.dependent()).text().toLowerCase(Locale.ROOT);
            if (arc.relation().startsWith("nmod") || arc.relation().equals("appos")) {
                // "the two ministers of state", "the two ministers, a farmer and an engineer,"
                return false;
            }
            if (word.equals("both")) {
                return true;
            }
            the |= arc.relation().equals("det") && word.equals("the");
            two |= arc.relation().equals("nummod") && (word.equals("two") || word.equals("2"));
        }
        return the && two;
    }

    /** The reciprocal noun placing a group: "commanders from the two countries" gives "countries". */
    static OptionalInt placingNoun(SentenceGraph graph, int noun) {
        for (Dependency arc : graph.dependents(noun)) {
            if (PLACING.contains(arc.relation())) {
                return OptionalInt.of(arc.dependent());
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The two coded entities of the nearest conjoined subject before the noun in its sentence
     * ("Congolese troops and M23 rebels clashed …, after the two sides signed"), other than the
     * subject of the noun's own clause ({@code ownSubjectCodes}); empty when there is none.
     */
    static List<Entity> conjoinedSubjectBefore(SentenceGraph graph, int noun, Set<String> ownSubjectCodes, ActorAnalysis actors,
            WordLists words) {
        List<Entity> found = List.of();
        for (int index = 0; index < noun; index++) {
            Dependency head = graph.basicHead(index);
            if (head == null || !head.relation().startsWith("nsubj") || head.governor() < 0 || actsOnAParty(graph, head.governor(), actors, words)) {
                continue;
            }
            List<Entity> members = new ArrayList<>();
            for (int member : RoleFillers.withConjuncts(graph, index)) {
                Optional<Entity> entity = namedBy(graph, member, actors);
                if (member >= noun || entity.isEmpty() || entity.get().code() == null
                        || members.stream().anyMatch(other -> other.id().equals(entity.get().id()))) {
                    continue;
                }
                members.add(entity.get());
            }
            if (members.size() == 2 && members.stream().noneMatch(entity -> ownSubjectCodes.contains(entity.code()))) {
                found = List.copyOf(members);
            }
        }
        return found;
    }

    /** The coded entity a subject names, itself or through a modifier ("rebel fighters of the Sudan Liberation Movement"). */
    private static Optional<Entity> namedBy(SentenceGraph graph, int member, ActorAnalysis actors) {
        Optional<Entity> entity = actors.entityAt(graph.token(member).start());
        if (entity.isPresent() && entity.get().code() != null) {
            return entity;
        }
        for (Dependency arc : graph.dependents(member)) {
            Optional<Entity> inner = actors.entityAt(graph.token(arc.dependent()).start());
            if (PartyFinder.LOOK_THROUGH.contains(arc.relation()) && inner.isPresent() && inner.get().code() != null) {
                return inner;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the verb's object is a party ("Qatar and Saudi Arabia urged both sides …, after the two
     * neighbours agreed"): its subjects then act on a pair, and are not the pair themselves.
     */
    private static boolean actsOnAParty(SentenceGraph graph, int verb, ActorAnalysis actors, WordLists words) {
        for (Dependency arc : graph.basicDependents(verb)) {
            if (arc.relation().equals("obj") || arc.relation().equals("iobj")) {
                Token object = graph.token(arc.dependent());
                if (actors.entityAt(object.start()).isPresent()
                        || words.contains(ListName.RECIPROCAL_NOUN, object.lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
