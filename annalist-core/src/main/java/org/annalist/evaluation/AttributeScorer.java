package org.annalist.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.annalist.events.DatePrecision;
import org.annalist.events.Event;

/**
 * Scores what a found event says beyond its type and parties: its date (a week, month or year date: whether the gold day lies in it, as "date period"), CAMEO code, auxiliary modes,
 * PLOVER mode and context. The events F1 decides whether an event was found; this tells a user of the
 * data whether the found events can be trusted on when and how, which a timeline or a CAMEO-based
 * study depends on. Only pairs the events F1 matched are scored, and only what the gold annotates.
 */
public final class AttributeScorer {

    /** One attribute: how many matched events the gold annotates it on, and how many of those Annalist got right. */
    public record Tally(int scored, int right) {

        Tally plus(boolean correct) {
            return new Tally(scored + 1, right + (correct ? 1 : 0));
        }

        public double accuracy() {
            return Counts.ratio(right, scored);
        }
    }

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final List<String> mistakes = new ArrayList<>();

    /** Compares one matched pair, attribute by attribute. */
    public void add(String article, GoldArticle.Event gold, Event system) {
        GoldArticle.Attributes expected = gold.attributes();
        String where = article + ": " + gold.event() + " \"" + system.evidence().trigger().text() + "\"";
        if (expected.date() != null && system.datePrecision() == DatePrecision.DAY) {
            score("date", expected.date().equals(system.date()), where, expected.date(), system.date());
        } else if (expected.date() != null) {
            // a week, month or year: the gold day must lie in it (the gold records only days)
            score("date period", withinPeriod(expected.date(), system), where, expected.date(),
                    system.date() + " (" + system.datePrecision().jsonName() + ")");
        }
        if (expected.cameo() != null) {
            String coded = asGoldWritesIt(system.cameo());
            score("CAMEO code", expected.cameo().equals(coded), where, expected.cameo(), system.cameo());
            tally("CAMEO root", root(expected.cameo()).equals(root(coded)));
        }
        if (expected.auxAnnotated()) {
            score("aux", new HashSet<>(gold.aux()).equals(new HashSet<>(system.aux())), where, gold.aux(), system.aux());
        }
        if (expected.mode() != null) {
            score("mode", expected.mode().equalsIgnoreCase(Objects.toString(system.mode(), "")), where, expected.mode(), system.mode());
        }
        if (expected.context() != null) {
            // the records list several contexts as "economic, refugees": one of them coded is right
            List<String> contexts = Arrays.stream(expected.context().split(",")).map(String::strip).toList();
            score("context", system.context().stream().anyMatch(coded -> contexts.stream().anyMatch(coded::equalsIgnoreCase)), where,
                    expected.context(), system.context());
        }
    }

    private static boolean withinPeriod(java.time.LocalDate day, Event system) {
        java.time.LocalDate start = system.date();
        java.time.LocalDate end = switch (system.datePrecision()) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
            case DAY -> start.plusDays(1);
        };
        return !day.isBefore(start) && day.isBefore(end);
    }

    /** Per attribute, in the order first scored. */
    public Map<String, Tally> tallies() {
        return tallies;
    }

    /** "date 2026-03-10 coded 2026-03-09 in u01: SANCTION "halted"", one per wrong attribute. */
    public List<String> mistakes() {
        return mistakes;
    }

    /** "date 0.871 (116), CAMEO code 0.612 (116), …", or empty when nothing was scored. */
    public String summary() {
        return String.join(", ", tallies.entrySet().stream()
                .map(entry -> String.format(Locale.ROOT, "%s %.3f (%d)", entry.getKey(), entry.getValue().accuracy(),
                        entry.getValue().scored()))
                .toList());
    }

    private void score(String attribute, boolean correct, String where, Object expected, Object coded) {
        tally(attribute, correct);
        if (!correct) {
            mistakes.add(attribute + " " + expected + " coded " + coded + " in " + where);
        }
    }

    private void tally(String attribute, boolean correct) {
        tallies.merge(attribute, new Tally(0, 0).plus(correct), (old, one) -> old.plus(correct));
    }

    /**
     * The gold sets take their codes from the 2021 CAMEO-to-PLOVER table, which has no appeals (CAMEO 02),
     * so they write "urged X to release" as the demand of the same aim (1053) where Annalist keeps CAMEO's
     * appeal (0253): an appeal is compared as its demand twin.
     */
    private static String asGoldWritesIt(String cameo) {
        return cameo != null && cameo.startsWith("02") ? "10" + cameo.substring(2) : cameo;
    }

    /** The CAMEO root: the first two digits ("03" of "0311"). */
    private static String root(String cameo) {
        return cameo == null || cameo.length() < 2 ? "" : cameo.substring(0, 2);
    }
}
