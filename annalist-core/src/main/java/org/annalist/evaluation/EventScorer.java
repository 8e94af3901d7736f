package org.annalist.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.annalist.events.Event;
import org.annalist.events.EventParty;
import org.annalist.pipeline.CodedArticle;

/**
 * Scores events against gold, one article at a time, with the largest one-to-one matching.
 *
 * <p>The matching rule (docs/accuracy.md): a system event matches a gold event of the same
 * article when the PLOVER types are equal and the actor country codes and the recipient country
 * codes are equal as sets. A compound or reciprocal event may be written either with all parties
 * as actors and no recipient ("Iran and Azerbaijan held talks") or as actor and recipient; when
 * one side has no recipient, the sets of all parties are compared instead. The strict figure
 * also requires each gold party's sector where the gold gives one.
 */
public final class EventScorer {

    /**
     * A gold event nobody found, a system event that matches no gold event, or a pair that matches on codes but not on the gold's sectors ("sectors").
     *
     * @param gold the gold event when it was missed, else null
     */
    public record Mismatch(String article, String kind, String description, GoldArticle.Event gold) {}

    private final java.util.function.UnaryOperator<String> asGoldCode;
    private Counts loose = Counts.ZERO;
    private Counts strict = Counts.ZERO;
    private final Map<String, Counts> byType = new TreeMap<>();
    private final Map<String, Counts> byRule = new TreeMap<>();
    private final Map<String, PathPrecision> byPath = new TreeMap<>();
    private final List<Mismatch> mismatches = new ArrayList<>();
    private final AttributeScorer attributes = new AttributeScorer();

    /** A scorer for a gold set written in Annalist's own codes. */
    public EventScorer() {
        this(code -> code);
    }

    /** @param asGoldCode how a system code reads in the gold set's conventions ({@link GoldSet#asGoldCode}) */
    public EventScorer(java.util.function.UnaryOperator<String> asGoldCode) {
        this.asGoldCode = asGoldCode;
    }

    public void add(List<GoldArticle.Event> gold, CodedArticle coded) {
        loose = loose.plus(match(gold, coded, false, true));
        strict = strict.plus(match(gold, coded, true, false));
    }

    public Counts loose() {
        return loose;
    }

    public Counts strict() {
        return strict;
    }

    /** Loose counts per PLOVER type: gold type for misses, system type for false alarms. */
    public Map<String, Counts> byType() {
        return byType;
    }

    /**
     * Loose counts per pattern rule id (the event's {@code rule}): true positives are the rule's events
     * matched to a gold event, false positives its events that match none; a rule finds no gold event on
     * its own, so false negatives stay zero. Precision per rule tells which patterns cost more than they find.
     */
    public Map<String, Counts> byRule() {
        return byRule;
    }

    /**
     * Per role-filling path (the event's derivation: which path filled the actor, which the recipient), the events
     * it filled, how many matched gold, and of the rest how many missed a gold event only by that role or, for
     * recipients, would have matched with none ({@link PathPrecision}).
     */
    public Map<String, PathPrecision> byPath() {
        return byPath;
    }

    public List<Mismatch> mismatches() {
        return mismatches;
    }

    /** Date, CAMEO code, aux, mode and context of the events matched on codes, where the gold gives them. */
    public AttributeScorer attributes() {
        return attributes;
    }

    /**
     * Which of an article's system events the events F1's loose matching pairs with a gold event
     * (one to one, type + actor/recipient codes): the labels the confidence model learns from.
     *
     * @return one flag per system event, in the order given
     */
    public static boolean[] matchedEvents(List<GoldArticle.Event> gold, List<Event> system,
            java.util.function.UnaryOperator<String> asGoldCode) {
        int[] pairs = OneToOneMatching.pair(gold.size(), system.size(), (g, s) -> matches(gold.get(g), system.get(s), false, asGoldCode),
                (g, s) -> codedFromItsWords(gold.get(g), system.get(s)));
        boolean[] matched = new boolean[system.size()];
        for (int partner : pairs) {
            if (partner >= 0) {
                matched[partner] = true;
            }
        }
        return matched;
    }

    /**
     * For each system event, the gold event it pairs with when recipients are ignored (one to one,
     * type + actor codes; pairs whose recipients match too, then pairs coded from the gold event's
     * words, are tried first), or -1: the events whose recipient a reranker can learn from.
     */
    public static int[] goldPartnersIgnoringRecipients(List<GoldArticle.Event> gold, List<Event> system,
            java.util.function.UnaryOperator<String> asGoldCode) {
        int[] pairs = OneToOneMatching.pair(gold.size(), system.size(),
                (g, s) -> gold.get(g).event().equals(system.get(s).event())
                        && sameParties(gold.get(g).actors(), system.get(s).actors(), false, asGoldCode),
                (g, s) -> matches(gold.get(g), system.get(s), false, asGoldCode) || codedFromItsWords(gold.get(g), system.get(s)));
        int[] partners = new int[system.size()];
        java.util.Arrays.fill(partners, -1);
        for (int g = 0; g < pairs.length; g++) {
            if (pairs[g] >= 0) {
                partners[pairs[g]] = g;
            }
        }
        return partners;
    }

    private Counts match(List<GoldArticle.Event> gold, CodedArticle coded, boolean withSectors, boolean record) {
        List<Event> system = coded.events();
        int[] pairs = OneToOneMatching.pair(gold.size(), system.size(),
                (g, s) -> matches(gold.get(g), system.get(s), withSectors, asGoldCode),
                (g, s) -> codedFromItsWords(gold.get(g), system.get(s)));
        boolean[] systemMatched = new boolean[system.size()];
        int found = 0;
        for (int index = 0; index < gold.size(); index++) {
            GoldArticle.Event expected = gold.get(index);
            if (pairs[index] >= 0) {
                systemMatched[pairs[index]] = true;
                found++;
                if (record) {
                    tally(expected.event(), new Counts(1, 0, 0));
                    Event partner = system.get(pairs[index]);
                    byRule.merge(ruleOf(partner), new Counts(1, 0, 0), Counts::plus);
                    attributes.add(coded.article().id(), expected, partner);
                    if (!matches(expected, partner, true, asGoldCode)) {
                        mismatches.add(new Mismatch(coded.article().id(), "sectors",
                                describeSectors(expected) + "  coded " + describeSectors(partner), null));
                    }
                }
            } else if (record) {
                tally(expected.event(), new Counts(0, 0, 1));
                mismatches.add(new Mismatch(coded.article().id(), "missed", describe(expected), expected));
            }
        }
        if (record) {
            List<GoldArticle.Event> missed = new ArrayList<>();
            for (int index = 0; index < gold.size(); index++) {
                if (pairs[index] < 0) {
                    missed.add(gold.get(index));
                }
            }
            for (int index = 0; index < system.size(); index++) {
                tallyPaths(system.get(index), systemMatched[index], missed);
            }
            for (int index = 0; index < system.size(); index++) {
                if (!systemMatched[index]) {
                    tally(system.get(index).event(), new Counts(0, 1, 0));
                    byRule.merge(ruleOf(system.get(index)), new Counts(0, 1, 0), Counts::plus);
                    mismatches.add(new Mismatch(coded.article().id(), "spurious", describe(system.get(index)), null));
                }
            }
        }
        return new Counts(found, system.size() - found, gold.size() - found);
    }

    /** Counts an event under its actor path and its recipient path; an unmatched one is compared with the missed gold events. */
    private void tallyPaths(Event event, boolean matched, List<GoldArticle.Event> missed) {
        int hit = matched ? 1 : 0;
        boolean actorOnly = false;
        boolean recipientOnly = false;
        boolean empty = false;
        if (!matched) {
            for (GoldArticle.Event expected : missed) {
                if (!expected.event().equals(event.event())) {
                    continue;
                }
                boolean actorsRight = sameParties(expected.actors(), event.actors(), false, asGoldCode);
                boolean recipientsRight = sameParties(expected.recipients(), event.recipients(), false, asGoldCode);
                actorOnly |= recipientsRight && !actorsRight;
                recipientOnly |= actorsRight && !recipientsRight;
                empty |= !event.recipients().isEmpty() && partiesMatch(expected, event.actors(), List.of(), false, asGoldCode);
            }
        }
        String actorPath = PathPrecision.actorPath(event);
        String recipientPath = PathPrecision.recipientPath(event);
        byPath.merge(PathPrecision.key("actor", actorPath),
                new PathPrecision("actor", actorPath, 1, hit, actorOnly ? 1 : 0, 0), PathPrecision::plus);
        byPath.merge(PathPrecision.key("recipient", recipientPath),
                new PathPrecision("recipient", recipientPath, 1, hit, recipientOnly ? 1 : 0, empty ? 1 : 0), PathPrecision::plus);
    }

    /** Whether the system event's sentence holds the gold event's evidence. */
    private static boolean codedFromItsWords(GoldArticle.Event gold, Event system) {
        String evidence = gold.evidence() == null ? "" : EvidenceLocator.plain(gold.evidence().strip());
        return !evidence.isEmpty() && EvidenceLocator.plain(system.evidence().sentence()).contains(evidence);
    }

        private static String ruleOf(Event event) {
        return event.rule() == null ? "(no rule)" : event.rule();
    }

    private void tally(String type, Counts counts) {
        byType.merge(type, counts, Counts::plus);
    }

    static boolean matches(GoldArticle.Event gold, Event system, boolean withSectors, java.util.function.UnaryOperator<String> asGoldCode) {
        return gold.event().equals(system.event()) && partiesMatch(gold, system.actors(), system.recipients(), withSectors, asGoldCode);
    }

    /** Whether actors and recipients match the gold event's parties, either role by role or, one side without recipient, all together. */
    private static boolean partiesMatch(GoldArticle.Event gold, List<EventParty> actors, List<EventParty> recipients, boolean withSectors,
            java.util.function.UnaryOperator<String> asGoldCode) {
        if (sameParties(gold.actors(), actors, withSectors, asGoldCode)
                && sameParties(gold.recipients(), recipients, withSectors, asGoldCode)) {
            return true;
        }
        boolean oneSided = gold.recipients().isEmpty() || recipients.isEmpty();
        if (!oneSided) {
            return false;
        }
        List<GoldArticle.Party> allGold = new ArrayList<>(gold.actors());
        allGold.addAll(gold.recipients());
        List<EventParty> allSystem = new ArrayList<>(actors);
        allSystem.addAll(recipients);
        return codes(allGold).size() >= 2 && sameParties(allGold, allSystem, withSectors, asGoldCode);
    }

    private static boolean sameParties(List<GoldArticle.Party> gold, List<EventParty> system, boolean withSectors,
            java.util.function.UnaryOperator<String> asGoldCode) {
        Set<String> systemCodes = system.stream().map(party -> asGoldCode.apply(party.code())).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!codes(gold).equals(systemCodes)) {
            return false;
        }
        if (!withSectors) {
            return true;
        }
        for (GoldArticle.Party party : gold) {
            if (party.sector() != null
                    && system.stream().noneMatch(s -> party.code().equals(asGoldCode.apply(s.code())) && party.sector().equals(s.sector()))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> codes(List<GoldArticle.Party> parties) {
        return parties.stream().map(GoldArticle.Party::code).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String describe(GoldArticle.Event event) {
        return event.event() + " " + codes(event.actors()) + " -> " + codes(event.recipients())
                + (event.aux().isEmpty() ? "" : " " + event.aux()) + (event.evidence() == null ? "" : "  \"" + event.evidence() + "\"");
    }

    private static String describeSectors(GoldArticle.Event event) {
        return event.event() + " " + event.actors().stream().map(p -> p.code() + "/" + p.sector()).toList() + " -> "
                + event.recipients().stream().map(p -> p.code() + "/" + p.sector()).toList();
    }

    private static String describeSectors(Event event) {
        return event.actors().stream().map(EventScorer::describeSector).toList() + " -> "
                + event.recipients().stream().map(EventScorer::describeSector).toList()
                + "  [" + event.rule() + "] \"" + event.evidence().trigger().text() + "\"";
    }

    private static String describeSector(EventParty party) {
        return party.code() + "/" + party.sector() + (party.mention() == null ? "" : " '" + party.mention().text() + "'");
    }

    private static String describe(Event event) {
        return event.event() + " " + event.actors().stream().map(EventParty::code).toList() + " -> "
                + event.recipients().stream().map(EventParty::code).toList()
                + (event.aux().isEmpty() ? "" : " " + event.aux()) + "  [" + event.rule() + "] \"" + event.evidence().trigger().text() + "\"";
    }
}
