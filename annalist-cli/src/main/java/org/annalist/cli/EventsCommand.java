package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annalist.store.EventStore;
import org.annalist.store.query.EventFilter;
import org.annalist.store.query.EventQueries;
import org.annalist.store.query.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist events}: lists merged events from the store. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Lists merged events from the store, newest first, as a table or JSON Lines.")
final class EventsCommand implements Callable<Integer> {

    enum Format { table, jsonl }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--actor", paramLabel = "NAME|CODE", description = "Actor code (IRN) or part of an actor's name.")
    String actor;

    @Option(names = "--country", paramLabel = "CODE", description = "Country on either side, or where it happened.")
    String country;

    @Option(names = "--dyad", arity = "2", paramLabel = "CODE", description = "Two codes, one on each side, either direction.")
    List<String> dyad;

    @Option(names = "--event", paramLabel = "TYPE", description = "PLOVER event type (CONSULT, ASSAULT...).")
    String event;

    @Option(names = "--context", paramLabel = "CONTEXT", description = "PLOVER context (military, economic...).")
    String context;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First date, inclusive.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last date, inclusive.")
    LocalDate to;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only events this outlet reported.")
    String outlet;

    @Option(names = "--min-confidence", paramLabel = "P",
            description = {"Only events of confidence P or more (0 to 1): a merged event's is the highest of its reports'.",
                "Events stored before the store had confidence have none and are left out."})
    Double minConfidence;

    @Option(names = "--limit", defaultValue = "100", paramLabel = "N", description = "Most events shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        EventFilter filter = new EventFilter(actor, country, dyad, event, context, from, to, outlet,
                storeOptions.minimumConfidence(minConfidence), limit);
        try (EventStore store = storeOptions.openExisting()) {
            List<Map<String, Object>> rows = new EventQueries(store.connection()).find(filter);
            if (format == Format.jsonl) {
                ObjectMapper mapper = new ObjectMapper();
                for (Map<String, Object> row : rows) {
                    out.println(mapper.writeValueAsString(row));
                }
                out.flush();
                return 0;
            }
            List<List<String>> cells = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                cells.add(List.of(String.valueOf(row.get("id")), String.valueOf(row.get("date")), String.valueOf(row.get("event")),
                        join(row.get("actor_code")) + " → " + join(row.get("recipient_code")),
                        String.valueOf(row.get("cameo")), String.valueOf(row.get("goldstein")), confidence(row.get("confidence")),
                        String.valueOf(row.get("report_count")), join(row.get("sources")), shorten(String.valueOf(row.get("text")))));
            }
            out.print(TextTable.render(List.of("id", "date", "event", "actor → recipient", "cameo", "goldstein", "confidence", "reports",
                    "sources", "text"), cells));
            out.flush();
            return 0;
        }
    }

    /** Two decimals, as the estimate is no finer; "—" for an event stored without one. */
    static String confidence(Object value) {
        return value instanceof Number number ? String.format(java.util.Locale.ROOT, "%.2f", number.doubleValue()) : "—";
    }

    static String join(Object list) {
        return list instanceof List<?> values ? String.join(",", values.stream().map(String::valueOf).toList()) : String.valueOf(list);
    }

    static String shorten(String text) {
        return text.length() <= 70 ? text : text.substring(0, 69) + "…";
    }
}
