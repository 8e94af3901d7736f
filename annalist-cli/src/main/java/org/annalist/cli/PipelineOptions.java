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

    @Option(names = "--patterns", paramLabel = "FILE",
            description = "Your own event patterns, a TSV file with the columns of dictionaries/events/patterns.tsv "
                    + "(documented in its header), or word classes for their triggers with the columns of dictionaries/events/word-classes.tsv "
                    + "(class, word). Later files take precedence; a row with an existing id replaces it. Repeatable.")
    List<Path> patternFiles = new ArrayList<>();

    @Option(names = "--confidence-weights", paramLabel = "FILE",
            description = "The event confidence model's weights in place of dictionaries/events/confidence-weights.tsv, "
                    + "e.g. a file written by annalist train-confidence --out after adding patterns or gold of your own.")
    Path confidenceWeights;

    @Option(names = "--statement-words", paramLabel = "FILE",
            description = "Your own evaluative words that make a quoted statement a criticism, a warning or a refusal, a TSV file with the columns "
                    + "of dictionaries/events/statement-words.tsv (documented in its header). Its rows add to the bundled ones. Repeatable.")
    List<Path> statementFiles = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads coding articles in parallel (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Longest time one article may take; slower ones are rejected as timed out (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "120",
            description = "Sentences longer than this are cut into chunks before parsing (default: ${DEFAULT-VALUE}).")
    int maxSentenceTokens;

    @Option(names = "--time-everywhere",
            description = "Run SUTime on every sentence, not only on those with a digit or a time word (slower; same times in news).")
    boolean timeEverywhere;

    @Option(names = "--entity-models", paramLabel = "MODEL", split = ",",
            description = "CoreNLP CRF entity models in order of precedence (default: the English 3-class and 4-class models; "
                    + "CoreNLP's own default adds edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz).")
    List<String> entityModels = new ArrayList<>(LanguageSettings.DEFAULT_ENTITY_MODELS);

    LanguageSettings languageSettings() {
        return new LanguageSettings(maxSentenceTokens, true, !timeEverywhere, entityModels);
    }

    BatchSettings batchSettings() {
        return new BatchSettings(threads, Duration.ofSeconds(timeoutSeconds));
    }
}
