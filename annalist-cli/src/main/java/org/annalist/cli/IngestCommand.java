package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.annalist.article.Rejection;
import org.annalist.input.ArticleInputs;
import org.annalist.language.LanguageAnnotator;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.CodedArticle;
import org.annalist.store.EventStore;
import org.annalist.store.Ingestion;
import org.annalist.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code annalist ingest}: codes articles into the store and its search index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
            "Codes articles (.txt, .jsonl, .html, RSS/Atom feeds, WARC archives) into the DuckDB store.",
            "Articles already stored with the same content are skipped; changed ones replace their old codings.",
            "Each article is committed on its own, so an interrupted run loses nothing and a re-run finishes it."})
final class IngestCommand implements Callable<Integer> {

    private final LanguageFactory languages;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Mixin
    PipelineOptions pipelineOptions;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--no-progress", description = "Never draw the progress bar.")
    boolean noProgress;

    @Option(names = "--recode", description = {"Code articles already stored with the same content again and replace their codings",
            "(after upgrading Annalist or changing its dictionaries, patterns or confidence weights); by default they are skipped."})
    boolean recode;

    IngestCommand(LanguageFactory languages) {
        this.languages = languages;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper mapper = new ObjectMapper();
        LanguageAnnotator language = languages.create(pipelineOptions.languageSettings());
        ArticlePipeline pipeline = PipelineAssembly.pipeline(language, pipelineOptions);
        RunReporter reporter = RunReporter.forInputs(err, inputs, noProgress);
        Ingestion.Summary summary;
        try (EventStore store = storeOptions.open();
             SearchIndex index = SearchIndex.openForWriting(store.searchIndexDirectory());
             ArticleInputs articles = inputs.open(System.in, mapper)) {
            Ingestion.Unchanged unchanged = recode ? Ingestion.Unchanged.RECODE : Ingestion.Unchanged.SKIP;
            summary = new Ingestion(store, index, pipeline, pipelineOptions.batchSettings(), unchanged).run(articles, new Ingestion.Listener() {
                @Override
                public void stored(CodedArticle article, EventStore.StoreResult result) {
                    reporter.warnings(article);
                }

                @Override
                public void rejected(Rejection rejection) {
                    reporter.rejected(rejection);
                }

                @Override
                public void progress(long done) {
                    reporter.progress(done);
                }
            });
        }
        reporter.finish(summary.line());
        return summary.coding().coded() > 0 || summary.skipped() > 0 ? 0 : 1;
    }
}
