package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.RoleSource;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Appeals to everyone of a kind: "called on other countries to contribute personnel", "urged all
 * parties to exercise restraint", "asked neighbouring states not to let the commanders cross",
 * "called on member states to fund it". The addressee is a plural noun made general by a
 * {@code generic-addressee} word (word-lists.tsv) and names no party, so the appeal has no recipient:
 * the reciprocal rule must not read "other countries" as the article's two main countries, and
 * no fallback may give it the home country or the article's other side. A modifier or phrase
 * that names a party keeps it ("all Libyan parties", "all armed groups in Myanmar"). An appeal to
 * all the sides of a conflict ("urged all sides", "all parties") is made to the country the
 * sentence happens in ({@link #conflictSides}).
 */
final class GenericAddressee {

    /** The recipient source of an appeal to everyone of a kind; no later rule supplies a recipient. */
    static final String SOURCE = "nobody (an appeal to every such party)";

    /** The recipient source of an appeal to all sides of a conflict, made to the country it happens in. */
    static final String SIDES_SOURCE = "the home country (an appeal to all its sides)";

    /** The relations by which a generic word qualifies its noun: "all parties", "other countries", "member states". */
    private static final Set<String> QUALIFIER_RELATIONS = Set.of("det", "det:predet", "amod", "compound");

    /** The recipient sources that name an appeal's addressees. */
    private static final Set<String> ADDRESSEE_SOURCES = Set.of("object", "on", "upon", "to");

    private GenericAddressee() {}

    /** Whether an appeal (REQUEST) is addressed only to everyone of a kind, with no party named. */
    static boolean addressesEveryone(SentenceGraph graph, TriggerMatch match, RoleFillers roles, WordLists words, PartyFinder parties) {
        if (!match.pattern().event().equals("REQUEST")) {
            return false;
        }
        List<Integer> addressees = addressees(graph, match, roles);
        if (addressees.isEmpty()) {
            return false;
        }
        for (int addressee : addressees) {
            for (int member : RoleFillers.withConjuncts(graph, addressee)) {
                if (!isGeneric(graph, member, words) || parties.namesCodedParty(graph, member)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The recipient of an appeal to everyone of a kind ({@link #addressesEveryone}) whose addressees
     * are all the sides of a conflict or contest ({@code conflict-side-noun}: "urged all sides to
     * exercise restraint", "called on all parties to resolve disputes", "called on all armed groups to
     * respect the peace deal"): those sides are of the country the sentence happens in, and the gold
     * sets code the appeal as made to it. Nothing in a story between two countries (all the parties to
     * their conflict, unnamed, as the gold codes it), nor when the home country is unknown or the actor's own
     * (the sentence is placed where the appeal was made, not where the sides are) or an addressee is
     * another noun ("other countries", "member states"): an appeal to nobody.
     */
    static PartyFinder.Filling conflictSides(SentenceGraph graph, TriggerMatch match, RoleFillers roles, WordLists words, String homeCountry,
            PartyFinder.Filling actor, boolean betweenTwoCountries) {
        if (homeCountry == null || betweenTwoCountries || actor.parties().stream().anyMatch(party -> homeCountry.equals(party.code()))) {
            // a story between two countries: "all sides" are every party to their conflict, unnamed;
            // "Beijing called on all parties to exercise restraint", placed in Beijing: the sides are abroad, unnamed
            return PartyFinder.Filling.none();
        }
        List<Integer> addressees = addressees(graph, match, roles);
        Token first = null;
        for (int addressee : addressees) {
            for (int member : RoleFillers.withConjuncts(graph, addressee)) {
                Token word = graph.token(member);
                if (!words.containsEither(ListName.CONFLICT_SIDE_NOUN, word.lemma().toLowerCase(Locale.ROOT),
                        word.text().toLowerCase(Locale.ROOT))) {
                    return PartyFinder.Filling.none();
                }
                first = first == null ? word : first;
            }
        }
        if (first == null) {
            return PartyFinder.Filling.none();
        }
        return new PartyFinder.Filling(List.of(new EventParty(null, null, homeCountry, null, new Span(first.start(), first.end(), first.text()))),
                SIDES_SOURCE);
    }

    /** The words an appeal is addressed to: its addressee phrases and the verb's object. */
    private static List<Integer> addressees(SentenceGraph graph, TriggerMatch match, RoleFillers roles) {
        List<Integer> addressees = new ArrayList<>();
        for (RoleSource source : match.pattern().recipient()) {
            if (ADDRESSEE_SOURCES.contains(source.toString())) {
                addressees.addAll(roles.fillers(graph, match, source));
            }
        }
        // "called on all states" parsed with "on" as a particle and "states" as the verb's object
        graph.dependentsByRelation(match.head(), "obj").stream().filter(token -> !addressees.contains(token)).forEach(addressees::add);
        return addressees;
    }

    /** A plural noun qualified by a generic-addressee word: "other countries", "all sides", "member states". */
    private static boolean isGeneric(SentenceGraph graph, int token, WordLists words) {
        Token word = graph.token(token);
        if (!word.partOfSpeech().equals("NNS") && !word.partOfSpeech().equals("NNPS")) {
            return false;
        }
        for (Dependency arc : graph.dependents(token)) {
            Token qualifier = graph.token(arc.dependent());
            if (QUALIFIER_RELATIONS.contains(arc.relation()) && words.containsEither(ListName.GENERIC_ADDRESSEE,
                    qualifier.lemma().toLowerCase(Locale.ROOT), qualifier.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
