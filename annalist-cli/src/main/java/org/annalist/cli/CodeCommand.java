package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annalist.confidence.ConfidenceScoring;
import org.annalist.input.ArticleInputs;
import org.annalist.language.LanguageAnnotator;
import org.annalist.pipeline.AnnalistVersion;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.BatchRunner;
import org.annalist.pipeline.Outcome;
import org.annalist.pipeline.RunSummary;
import org.annalist.sink.ArticleJson;
import org.annalist.sink.JsonLinesSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code annalist code}: codes articles and writes one JSON object per article per line. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {
            "Codes news articles: entities with country and sector, attributed quotes, PLOVER/CAMEO events.",
            "Writes one JSON object per article per line to standard output (or --output); problems and the final count (read, coded, rejected) go to standard error.",
            "Exits 1 only when nothing could be coded."})
final class CodeCommand implements Callable<Integer> {

    /** The output formats; JSON Lines is the contract described in docs/output.md. */
    enum Format { json }

    private final LanguageFactory languages;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; one object per article per line).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the JSON here instead of standard output.")
    Path output;

    @Option(names = "--min-confidence", paramLabel = "P", defaultValue = ConfidenceScoring.DEFAULT_MINIMUM,
            description = "Events whose confidence is below P go to withheld_events instead of events (default ${DEFAULT-VALUE}, "
                    + "the threshold cross-validation over the development gold chose; 0 puts every event in events).")
    double minimumConfidence;

    @Option(names = "--no-progress", description = "Never draw the progress bar.")
    boolean noProgress;

    CodeCommand(LanguageFactory languages) {
        this.languages = languages;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper mapper = new ObjectMapper();
        LanguageAnnotator language = languages.create(pipelineOptions.languageSettings());
        ArticlePipeline pipeline = PipelineAssembly.pipeline(language, pipelineOptions);
        if (!(minimumConfidence >= 0 && minimumConfidence <= 1)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-confidence must be from 0 to 1, was " + minimumConfidence);
        }
        ArticleJson json = new ArticleJson(mapper, AnnalistVersion.get(), language.description(), minimumConfidence);
        RunReporter reporter = RunReporter.forInputs(err, inputs, noProgress);
        RunSummary summary;
        try (Writer out = output == null ? new NonClosingWriter(spec.commandLine().getOut())
                     : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             JsonLinesSink sink = new JsonLinesSink(mapper, json, out);
             ArticleInputs articles = inputs.open(System.in, mapper)) {
            summary = new BatchRunner(pipeline, pipelineOptions.batchSettings())
                    .run(articles, outcome -> report(outcome, sink, reporter), reporter::progress);
        }
        reporter.finish(summary.line());
        return summary.coded() > 0 ? 0 : 1;
    }

    private static void report(Outcome outcome, JsonLinesSink sink, RunReporter reporter) {
        if (outcome instanceof Outcome.Rejected rejected) {
            reporter.rejected(rejected.rejection());
            return;
        }
        var coded = ((Outcome.Coded) outcome).article();
        reporter.warnings(coded);
        try {
            sink.accept(coded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps standard output open after the sink closes, so later messages can still be printed. */
    private static final class NonClosingWriter extends FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
