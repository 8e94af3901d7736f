package org.annalist.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.store.EventStore;
import org.annalist.store.StoreSettings;
import picocli.CommandLine.Option;

/** The store a command reads or writes. */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "annalist.duckdb",
            description = "The DuckDB store (default: ${DEFAULT-VALUE}); its search index is the .lucene folder beside it.")
    Path database;

    @Option(names = "--merge-window-days", paramLabel = "DAYS", defaultValue = "" + StoreSettings.DEFAULT_MERGE_WINDOW_DAYS,
            description = "Reports of one event type between the same parties at most this many days apart are merged (default: ${DEFAULT-VALUE}).")
    int mergeWindowDays;

    EventStore open() {
        return EventStore.open(database, new StoreSettings(mergeWindowDays));
    }

    /** Opens an existing store only: queries must not create an empty one by mistake. */
    EventStore openExisting() {
        if (!Files.isRegularFile(database)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new Main()),
                    "no store at " + database + " (run annalist ingest first, or give --db)");
        }
        return open();
    }
}
