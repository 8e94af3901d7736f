package org.annalist.store;

/**
 * How sure the store is of a merged event, from the confidences of its reports: the highest
 * report's, null when no report has one.
 *
 * <p>The reports of one merged event share its type, aux marks and the codes of both sides
 * ({@link MergeRule}), so the merged event is right when at least one report is. If the reports
 * were independent evidence that chance would be {@code 1 − Π(1 − p)}; if they are copies of one
 * another it is the highest {@code p}. News is the second case far more often than the first:
 * outlets run the same wire copy, a story repeats its lead sentence, one article reports the
 * event twice, and the same sentence coded by the same rule gets the same estimate, so its errors
 * are shared, not independent. The product would then turn three copies of a 0.5 coding into
 * 0.875, an estimate the model was never calibrated for (it was calibrated per coded event,
 * docs/accuracy-confidence.md) and no gold set can check, as none has one event reported by
 * several outlets. The highest report's estimate is the one figure that is calibrated (it is one
 * coded event's) and never overstates; corroboration stays visible in {@code report_count} and
 * {@code source_count} for an analyst who wants to weigh it. The maximum also keeps the event
 * independent of the order reports arrive in and of duplicates, and lets {@link ReportMerger}
 * fold a report in without reading the others.
 *
 * <p>Reports stored before the store had confidence (schema V002) have none; they count as
 * unknown, not as zero, so they neither lower nor raise the event's figure.
 */
final class MergedConfidence {

    /** The SQL aggregate over a merged event's reports {@code r}, equal to {@link #fold} over them. */
    static final String AGGREGATE = "max(r.confidence)";

    private MergedConfidence() {}

    /**
     * The confidence of a merged event after a report joins it.
     *
     * @param event the event's confidence so far, or null
     * @param report the joining report's confidence, or null
     */
    static Double fold(Double event, Double report) {
        if (event == null) {
            return report;
        }
        if (report == null) {
            return event;
        }
        return Math.max(event, report);
    }
}
