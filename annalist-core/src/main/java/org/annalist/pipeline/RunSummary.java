package org.annalist.pipeline;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.annalist.article.RejectionReason;

/**
 * The count a run ends with: what was read, coded and rejected, and why.
 *
 * @param read input items read (each JSON line counts as one)
 * @param coded articles coded
 * @param rejected items rejected; read = coded + rejected
 * @param rejectedByReason rejections per reason
 * @param entities entities found in the coded articles
 * @param quotes quotes found
 * @param events events coded
 * @param elapsed wall time of the run
 */
public record RunSummary(
        long read,
        long coded,
        long rejected,
        Map<RejectionReason, Long> rejectedByReason,
        long entities,
        long quotes,
        long events,
        Duration elapsed) {

    public RunSummary {
        rejectedByReason = Map.copyOf(rejectedByReason);
    }

    /** "read 12, coded 10, rejected 2 (1 empty input, 1 invalid UTF-8); 31 entities, 9 quotes, 14 events in 8.2 s". */
    public String line() {
        StringBuilder line = new StringBuilder()
                .append("read ").append(read)
                .append(", coded ").append(coded)
                .append(", rejected ").append(rejected);
        if (rejected > 0) {
            line.append(new EnumMap<>(rejectedByReason).entrySet().stream()
                    .map(entry -> entry.getValue() + " " + entry.getKey().description())
                    .collect(Collectors.joining(", ", " (", ")")));
        }
        line.append("; ").append(entities).append(" entities, ").append(quotes).append(" quotes, ")
                .append(events).append(" events in ")
                .append(String.format(java.util.Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0));
        return line.toString();
    }
}
