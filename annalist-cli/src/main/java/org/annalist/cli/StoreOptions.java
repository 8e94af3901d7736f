package org.annalist.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.store.EventStore;
import org.annalist.store.StoreSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The store a command reads or writes. */
final class StoreOptions {

    /** The command using these options, so a usage error names it and prints its usage. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "annalist.duckdb",
            description = "The DuckDB store (default: ${DEFAULT-VALUE}); its search index is the .lucene folder beside it.")
    Path database;

    @Option(names = "--merge-window-days", paramLabel = "DAYS", defaultValue = "" + StoreSettings.DEFAULT_MERGE_WINDOW_DAYS,
            description = "Reports of one event type between the same parties at most this many days apart are merged (default: ${DEFAULT-VALUE}).")
    int mergeWindowDays;

    EventStore open() {
        return EventStore.open(database, new StoreSettings(mergeWindowDays));
    }

    /** A {@code --min-confidence} value, checked before the store is opened: null, or from 0 to 1. */
    Double minimumConfidence(Double value) {
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new ParameterException(command.commandLine(), "--min-confidence must be from 0 to 1, was " + value);
        }
        return value;
    }

    /** Opens an existing store only: queries must not create an empty one by mistake. */
    EventStore openExisting() {
        if (!Files.isRegularFile(database)) {
            throw new ParameterException(command.commandLine(), "no store at " + database + " (run annalist ingest first, or give --db)");
        }
        return open();
    }
}
