package org.annalist.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.annalist.language.corenlp.CoreNlpAnnotator;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.PipelineFactory;

/**
 * The pipeline of this executor JVM, built on first use and then shared by every task and
 * partition the executor runs.
 *
 * <p>This is the project's one lazily initialised static: everywhere else the owner builds the
 * pipeline and passes it down. Spark offers no per-executor lifecycle hook in which to build an
 * object and close it — a task's function is deserialised afresh for every task, so a field of
 * the function would load CoreNLP's models (tens of seconds, about 2 GB) once per partition. The
 * map is keyed by the settings, so two jobs with different settings in one JVM (a shared
 * cluster, or tests) each get their own pipeline, and concurrent tasks wait for the one being
 * built instead of building their own. The pipeline lives as long as the executor; the JVM's
 * exit frees it.
 */
final class ExecutorPipelines {

    private static final ConcurrentMap<CodingSettings.PipelineKey, ArticlePipeline> PIPELINES = new ConcurrentHashMap<>();

    private ExecutorPipelines() {}

    static ArticlePipeline pipeline(CodingSettings settings) {
        return PIPELINES.computeIfAbsent(settings.pipelineKey(),
                key -> PipelineFactory.create(new CoreNlpAnnotator(key.language()),
                        new PipelineFactory.UserFiles(key.localActorFiles(), java.util.List.of())));
    }
}
