package org.annalist.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annalist.store.EventStore;
import org.annalist.store.query.EventExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code annalist export}: the merged events as one flat table. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the merged events, one row per event, one column per field (PLOVER names).",
            "CSV joins list values with ';'; JSON Lines and Parquet keep lists. Standard output when no -o."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES}.")
    EventExport.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--min-confidence", paramLabel = "P",
            description = {"Only events of confidence P or more (0 to 1): a merged event's is the highest of its reports'.",
                "Events stored before the store had confidence have none and are left out."})
    Double minConfidence;

    @Override
    public Integer call() throws Exception {
        Double minimum = storeOptions.minimumConfidence(minConfidence);
        try (EventStore store = storeOptions.openExisting()) {
            EventExport export = new EventExport(store.connection(), minimum);
            if (output == null) {
                export.write(format, System.out);
            } else {
                export.write(format, output);
            }
            return 0;
        }
    }
}
