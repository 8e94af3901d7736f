package org.annalist.events;

import java.time.LocalDate;
import java.util.List;

/**
 * One coded event, PLOVER first with the CAMEO code beside it.
 *
 * @param id article-local id ("v1", "v2"…), in text order
 * @param date the day it happened: the sentence's own time expression, else the article date; for a coarser
 *     expression of the event's own clause ("in July") the first day of that period
 * @param event PLOVER event type (CONSULT, COOPERATE…)
 * @param mode PLOVER mode (visit, multilateral…), or null
 * @param context PLOVER contexts (military, economic…)
 * @param actors who acted; several for compound actors ("Iran and Azerbaijan held talks")
 * @param recipients whom it was done to; empty for events without one
 * @param location where, or null when neither sentence nor article says
 * @param quadCode PLOVER quad class: 1 verbal cooperation … 4 material conflict
 * @param scale PLOVER intensity score of the event type
 * @param cameo CAMEO 1.1b3 code ("040", "0312")
 * @param goldstein Goldstein score of the CAMEO code
 * @param aux PLOVER auxiliary modes: "negation", "future", "hypothetical"; empty for facts
 * @param evidence the sentence and trigger the event was coded from
 * @param rule the id of the pattern that produced it
 * @param provenance the pattern file, article and software version it was coded with
 * @param datePrecision how exactly {@code date} is known: {@link DatePrecision#DAY} unless the event's clause
 *     names only a week, month or year
 */
public record Event(
        String id,
        LocalDate date,
        String event,
        String mode,
        List<String> context,
        List<EventParty> actors,
        List<EventParty> recipients,
        EventLocation location,
        int quadCode,
        double scale,
        String cameo,
        double goldstein,
        List<String> aux,
        Evidence evidence,
        String rule,
        Provenance provenance,
        DatePrecision datePrecision) {

    public Event {
        datePrecision = datePrecision == null ? DatePrecision.DAY : datePrecision;
        context = List.copyOf(context);
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        aux = List.copyOf(aux);
    }

    /** An event dated to the day. */
    public Event(String id, LocalDate date, String event, String mode, List<String> context, List<EventParty> actors,
            List<EventParty> recipients, EventLocation location, int quadCode, double scale, String cameo, double goldstein,
            List<String> aux, Evidence evidence, String rule, Provenance provenance) {
        this(id, date, event, mode, context, actors, recipients, location, quadCode, scale, cameo, goldstein, aux, evidence,
                rule, provenance, DatePrecision.DAY);
    }

    /** An event without provenance: for hand-built events in tests and tools, never from the coder. */
    public Event(String id, LocalDate date, String event, String mode, List<String> context, List<EventParty> actors,
            List<EventParty> recipients, EventLocation location, int quadCode, double scale, String cameo, double goldstein,
            List<String> aux, Evidence evidence, String rule) {
        this(id, date, event, mode, context, actors, recipients, location, quadCode, scale, cameo, goldstein, aux, evidence,
                rule, null, DatePrecision.DAY);
    }

    /** The same event with other provenance (the confidence stage adds its estimate this way). */
    public Event withProvenance(Provenance other) {
        return new Event(id, date, event, mode, context, actors, recipients, location, quadCode, scale, cameo, goldstein, aux,
                evidence, rule, other, datePrecision);
    }

    /** The confidence stage's estimate, or null when the event has none (built by hand, or coded without that stage). */
    public Double confidence() {
        return provenance == null || provenance.confidence() == null ? null : provenance.confidence().value();
    }

    /** Whether the event is reported at this minimum confidence: one without an estimate always is. */
    public boolean reportedAt(double minimumConfidence) {
        Double confidence = confidence();
        return confidence == null || confidence >= minimumConfidence;
    }

    /** Whether the text reports it as having happened (not negated, future or hypothetical). */
    public boolean isFactual() {
        return aux.isEmpty();
    }
}
