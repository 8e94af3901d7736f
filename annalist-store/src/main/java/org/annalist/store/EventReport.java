package org.annalist.store;

import java.time.LocalDate;
import java.util.List;
import org.annalist.events.DatePrecision;

/**
 * One event as one article reports it, flattened to the store's columns. Built only by
 * {@link EventReports}, the one place that knows the shape of {@link org.annalist.events.Event}.
 *
 * @param reportId the article-local event id
 * @param parties actors then recipients, each with its role
 * @param provenance JSON object: rule, article and text hash, sentence, spans, software version,
 *        and the confidence model's file and hash when it scored the event
 * @param confidence the confidence model's estimate (0..1) that the event is right, or null when
 *        no model scored it (an event built by hand, or a store written before the estimate existed)
 * @param datePrecision how exactly {@code date} is known; a period (week, month, year) is dated by its first day
 */
public record EventReport(
        String reportId,
        LocalDate date,
        String event,
        String mode,
        List<String> context,
        List<Party> parties,
        String locationName,
        String locationCode,
        Double latitude,
        Double longitude,
        int quadCode,
        double scale,
        String cameo,
        double goldstein,
        List<String> aux,
        int sentenceIndex,
        String sentence,
        Integer triggerStart,
        Integer triggerEnd,
        String triggerText,
        String quoteId,
        String reportedBy,
        String rule,
        String provenance,
        Double confidence,
        DatePrecision datePrecision) {

    /** Which side of the event a party is on. */
    public enum Role { ACTOR, RECIPIENT }

    /** An actor or recipient: who, coded how, and where in the text. */
    public record Party(Role role, String entityId, String name, String code, String sector,
                        Integer start, Integer end, String text) {}

    public EventReport {
        context = List.copyOf(context);
        parties = List.copyOf(parties);
        aux = List.copyOf(aux);
        datePrecision = datePrecision == null ? DatePrecision.DAY : datePrecision;
    }

    public List<Party> actors() {
        return parties.stream().filter(party -> party.role() == Role.ACTOR).toList();
    }

    public List<Party> recipients() {
        return parties.stream().filter(party -> party.role() == Role.RECIPIENT).toList();
    }
}
