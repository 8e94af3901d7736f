package org.annalist.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One pattern rule's record on a gold set: how many coded events it produced and how many of them matched a gold
 * event (the loose matching of {@link EventScorer}). Rules prompted by one sentence rarely carry over to new copy;
 * a rule whose precision is low across many sets is the one worth restricting, and this row is how to see it.
 */
public record RulePrecision(String rule, int produced, int matched) {

    public int falsePositives() {
        return produced - matched;
    }

    public double precision() {
        return Counts.ratio(matched, produced);
    }

    /** "request.ask                      12    5  0.417    7". */
    public String line() {
        return String.format(Locale.ROOT, "%-40s %5d %5d  %.3f %5d", rule, produced, matched, precision(), falsePositives());
    }

    /** Heading for {@link #line()}. */
    public static String heading() {
        return String.format(Locale.ROOT, "%-40s %5s %5s  %5s %5s", "rule", "made", "match", "prec", "fp");
    }

    /**
     * The rows of a per-rule tally ({@link EventScorer#byRule()}), most false positives first; ties by more events
     * produced, then by rule id, so the order is deterministic.
     */
    public static List<RulePrecision> byFalsePositives(Map<String, Counts> byRule) {
        return byRule.entrySet().stream()
                .map(entry -> new RulePrecision(entry.getKey(),
                        entry.getValue().truePositives() + entry.getValue().falsePositives(), entry.getValue().truePositives()))
                .sorted(Comparator.comparingInt(RulePrecision::falsePositives).reversed()
                        .thenComparing(Comparator.comparingInt(RulePrecision::produced).reversed())
                        .thenComparing(RulePrecision::rule))
                .toList();
    }
}
