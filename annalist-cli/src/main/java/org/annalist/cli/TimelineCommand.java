package org.annalist.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annalist.store.EventStore;
import org.annalist.store.query.Timeline;
import org.annalist.store.query.TimelineChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annalist timeline A B}: events between two countries per period. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Counts events between two countries (either direction) per period, by PLOVER type, with summed PLOVER scale and Goldstein.")
final class TimelineCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "A", description = "First country code (IRN).")
    String first;

    @Parameters(index = "1", paramLabel = "B", description = "Second country code (AZE).")
    String second;

    @Option(names = "--by", defaultValue = "month", paramLabel = "PERIOD", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Timeline.Granularity by;

    @Option(names = "--chart", paramLabel = "FILE", description = "Also draw the timeline to FILE.svg or FILE.png.")
    Path chart;

    @Option(names = "--min-confidence", paramLabel = "P",
            description = {"Count only events of confidence P or more (0 to 1): a merged event's is the highest of its reports'.",
                "Events stored before the store had confidence have none and are left out."})
    Double minConfidence;

    @Override
    public Integer call() throws Exception {
        Double minimum = storeOptions.minimumConfidence(minConfidence);
        try (EventStore store = storeOptions.openExisting()) {
            Timeline timeline = Timeline.of(store.connection(), first, second, by, minimum);
            System.out.print(timeline.table());
            if (chart != null) {
                TimelineChart.write(timeline, chart);
                System.err.println("annalist: chart written to " + chart);
            }
            return 0;
        }
    }
}
