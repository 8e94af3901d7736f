package org.annalist.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.annalist.language.corenlp.LanguageSettings;
import org.annalist.pipeline.BatchSettings;
import picocli.CommandLine.Option;

/** Options shared by every command that codes articles. */
final class PipelineOptions {

    @Option(names = "--actors", paramLabel = "FILE",
            description = "Your own actors (persons or bodies), a TSV file with the columns of dictionaries/actors/organisations.tsv: "
                    + "name, aliases, code, sector, kind, notes. Its rows take precedence over the bundled ones. Repeatable.")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads coding articles in parallel (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Longest time one article may take; slower ones are rejected as timed out (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "120",
            description = "Sentences longer than this are cut into chunks before parsing (default: ${DEFAULT-VALUE}).")
    int maxSentenceTokens;

    LanguageSettings languageSettings() {
        return new LanguageSettings(maxSentenceTokens, true);
    }

    BatchSettings batchSettings() {
        return new BatchSettings(threads, Duration.ofSeconds(timeoutSeconds));
    }
}
