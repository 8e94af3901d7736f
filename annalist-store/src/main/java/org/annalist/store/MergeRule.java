package org.annalist.store;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.annalist.dictionary.TsvTable;
import org.annalist.events.DatePrecision;

/**
 * When two reports describe one real-world event. Two reports are merged when they have
 * <ol>
 *   <li>the same PLOVER event type and the same auxiliary modes (a denied meeting is not the
 *       meeting),</li>
 *   <li>the same set of actor codes and the same set of recipient codes — for the reciprocal
 *       types of dictionaries/store/reciprocal-events.tsv in either direction — where a party
 *       without a country or organisation code counts by its {@link PersonNames#key name key},
 *       and</li>
 *   <li>dates at most the merge window apart (see {@link #overlapsWindow}); a report dated only to a
 *       week, month or year merges only with reports dated to the same period (the same first day,
 *       {@link #windowDays}), never with day-dated ones: "agreed in July" says nothing about which day.</li>
 * </ol>
 * The first two conditions and the date's precision are folded into one string, the merge key, so
 * the store finds candidates by equality; the date condition is checked against each candidate.
 */
public final class MergeRule {

    private final Set<String> reciprocalEvents;
    private final PersonNames names;

    public MergeRule(Set<String> reciprocalEvents, PersonNames names) {
        this.reciprocalEvents = Set.copyOf(reciprocalEvents);
        this.names = names;
    }

    public static MergeRule bundled(PersonNames names) {
        TsvTable table = TsvTable.bundled("store/reciprocal-events.tsv", Set.of("event"));
        return new MergeRule(Set.copyOf(table.rows().stream().map(row -> row.get("event")).toList()), names);
    }

    /**
     * {@code EVENT|aux|actor codes|recipient codes}, codes sorted and comma-separated, followed by
     * {@code |week}, {@code |month} or {@code |year} for a report dated to a period (day-dated reports
     * have no suffix, so keys written before the store recorded precision still match).
     */
    public String key(EventReport report) {
        String actors = codes(report.actors());
        String recipients = codes(report.recipients());
        if (reciprocalEvents.contains(report.event()) && actors.compareTo(recipients) > 0) {
            String swap = actors;
            actors = recipients;
            recipients = swap;
        }
        String key = report.event() + "|" + String.join(",", new TreeSet<>(report.aux())) + "|" + actors + "|" + recipients;
        return report.datePrecision() == DatePrecision.DAY ? key : key + "|" + report.datePrecision().jsonName();
    }

    /**
     * The merge window for this report: the configured days for a day-dated report, none for one
     * dated to a period, whose date is the period's first day and which joins only its own period.
     */
    public static int windowDays(EventReport report, int configuredDays) {
        return report.datePrecision() == DatePrecision.DAY ? configuredDays : 0;
    }

    /** The codes a party set is compared on: sorted, without duplicates. */
    String codes(List<EventReport.Party> parties) {
        TreeSet<String> codes = new TreeSet<>();
        for (EventReport.Party party : parties) {
            codes.add(partyCode(party));
        }
        return String.join(",", codes);
    }

    private String partyCode(EventReport.Party party) {
        if (party.code() != null && !party.code().isBlank()) {
            return party.code();
        }
        return "name:" + names.key(party.name() == null ? "" : party.name());
    }

    /**
     * Whether a report dated {@code date} falls within {@code windowDays} of a merged event
     * whose reports span {@code first}..{@code last}. Undated reports never merge.
     */
    public static boolean overlapsWindow(java.time.LocalDate first, java.time.LocalDate last, java.time.LocalDate date, int windowDays) {
        if (first == null || last == null || date == null) {
            return false;
        }
        return !date.isBefore(first.minusDays(windowDays)) && !date.isAfter(last.plusDays(windowDays));
    }

    public boolean isReciprocal(String event) {
        return reciprocalEvents.contains(event);
    }
}
