package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annalist.store.EventStore;
import org.annalist.store.query.QuoteQueries;
import org.annalist.store.query.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code annalist quotes}: what a person said, under any spelling of the name. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Lists the quotes of a speaker across articles; spelling variants of the name are found too.")
final class QuotesCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--speaker", required = true, paramLabel = "NAME", description = "Full name or surname.")
    String speaker;

    @Option(names = "--limit", defaultValue = "100", paramLabel = "N", description = "Most quotes shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    EventsCommand.Format format;

    @Override
    public Integer call() throws Exception {
        try (EventStore store = storeOptions.openExisting()) {
            List<Map<String, Object>> rows = new QuoteQueries(store.connection(), store.personNames()).bySpeaker(speaker, limit);
            if (format == EventsCommand.Format.jsonl) {
                ObjectMapper mapper = new ObjectMapper();
                for (Map<String, Object> row : rows) {
                    System.out.println(mapper.writeValueAsString(row));
                }
                return 0;
            }
            List<List<String>> cells = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                cells.add(List.of(String.valueOf(row.get("date")), String.valueOf(row.get("source")), String.valueOf(row.get("article_id")),
                        String.valueOf(row.get("written_as")), "“" + row.get("text") + "”"));
            }
            System.out.print(TextTable.render(List.of("date", "outlet", "article", "speaker", "quote"), cells));
            return 0;
        }
    }
}
