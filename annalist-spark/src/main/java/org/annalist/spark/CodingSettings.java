package org.annalist.spark;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.annalist.language.corenlp.LanguageSettings;
import org.annalist.pipeline.BatchSettings;
import org.apache.spark.SparkFiles;

/**
 * How the executors code: the pipeline's settings and the per-task batch settings, shipped from
 * the driver with every task (hence plain serialisable values).
 *
 * @param maxSentenceTokens the language layer's sentence-length cap (the CLI's --max-sentence-tokens)
 * @param actorFiles the user's actor files, as the driver names them; on a cluster they are
 *     shipped with spark-submit's --files and found by file name
 * @param threadsPerTask worker threads each Spark task codes its partition with
 * @param timeoutSeconds longest time one article may take before it is rejected as timed out
 */
public record CodingSettings(int maxSentenceTokens, List<String> actorFiles, int threadsPerTask, int timeoutSeconds)
        implements Serializable {

    public CodingSettings {
        actorFiles = List.copyOf(actorFiles);
        batchSettings(threadsPerTask, timeoutSeconds); // fail on the driver, not in every task
        new LanguageSettings(maxSentenceTokens, true);
    }

    /** The settings the CLI runs with by default: the same cap and time limit, one thread per task. */
    public static CodingSettings defaults() {
        return new CodingSettings(LanguageSettings.DEFAULT.maxSentenceTokens(), List.of(), 1, 60);
    }

    /** What the executor's pipeline is built from; tasks with equal keys share one pipeline. */
    public PipelineKey pipelineKey() {
        return new PipelineKey(new LanguageSettings(maxSentenceTokens, true), actorFiles);
    }

    public BatchSettings batchSettings() {
        return batchSettings(threadsPerTask, timeoutSeconds);
    }

    private static BatchSettings batchSettings(int threads, int timeoutSeconds) {
        return new BatchSettings(threads, Duration.ofSeconds(timeoutSeconds));
    }

    /**
     * @param language the language layer's settings (fine-grained entities on, as in the CLI)
     * @param actorFiles the user's actor files as named on the driver
     */
    public record PipelineKey(LanguageSettings language, List<String> actorFiles) {

        /** Each actor file where this JVM can read it: the driver's path, else the copy spark-submit --files shipped. */
        List<Path> localActorFiles() {
            return actorFiles.stream().map(name -> {
                Path path = Path.of(name);
                return Files.isReadable(path) ? path : Path.of(SparkFiles.get(path.getFileName().toString()));
            }).toList();
        }
    }
}
