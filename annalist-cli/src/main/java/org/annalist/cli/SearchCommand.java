package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.store.EventStore;
import org.annalist.store.search.SearchHit;
import org.annalist.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annalist search}: full-text search over stored articles and quotes. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the text of stored articles and quotes; prints matching sentences with the words marked «like this».",
            "All words must occur; use \"quotes\" for a phrase, OR for either word, -word to exclude."})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to find.")
    List<String> words;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "Most hits shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    EventsCommand.Format format;

    @Override
    public Integer call() throws Exception {
        List<SearchHit> hits;
        try (EventStore store = storeOptions.openExisting();
             SearchIndex index = SearchIndex.openForReading(store.searchIndexDirectory())) {
            hits = index.search(String.join(" ", words), limit);
        }
        ObjectMapper mapper = new ObjectMapper();
        for (SearchHit hit : hits) {
            if (format == EventsCommand.Format.jsonl) {
                System.out.println(mapper.writeValueAsString(hit));
                continue;
            }
            String where = hit.articleId() + (hit.source() == null ? "" : ", " + hit.source()) + (hit.date() == null ? "" : ", " + hit.date());
            System.out.println(hit.kind().equals("quote")
                    ? "quote " + hit.quoteId() + " (" + where + ") " + (hit.speaker() == null ? "" : hit.speaker() + ":")
                    : "article " + where + (hit.title() == null ? "" : ": " + hit.title()));
            for (String sentence : hit.highlights()) {
                System.out.println("    " + sentence);
            }
        }
        System.err.println("annalist: " + hits.size() + " hits");
        return 0;
    }
}
