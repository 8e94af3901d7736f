package org.annalist.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.server.AnnalistServer;
import org.annalist.server.ServerSettings;
import org.annalist.store.EventStore;
import org.annalist.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist serve}: the REST API and web workspace over a store, on 127.0.0.1. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store on 127.0.0.1: a REST API (described at /openapi.json) and a web workspace.",
            "Reading is open on loopback; adding articles needs the token (--token, ANNALIST_TOKEN, or one printed at start-up)."})
final class ServeCommand implements Callable<Integer> {

    static final String TOKEN_VARIABLE = "ANNALIST_TOKEN";

    private final LanguageFactory languages;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--port", defaultValue = "7070", paramLabel = "N", description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Token for requests that add articles (at least 8 characters). Default: $" + TOKEN_VARIABLE + ", else a random one printed once.")
    String token;

    @Option(names = "--max-request-bytes", defaultValue = "" + ServerSettings.DEFAULT_MAX_REQUEST_BYTES, paramLabel = "BYTES",
            description = "Largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    ServeCommand(LanguageFactory languages) {
        this.languages = languages;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String chosenToken = token != null ? token : System.getenv(TOKEN_VARIABLE);
        boolean generated = chosenToken == null || chosenToken.isBlank();
        if (generated) {
            chosenToken = ServerSettings.randomToken();
        }
        ServerSettings settings = new ServerSettings(port, chosenToken, maxRequestBytes, pipelineOptions.threads, 16,
                java.time.Duration.ofSeconds(pipelineOptions.timeoutSeconds), 8);
        err.println("annalist: loading the language models…");
        ArticlePipeline pipeline = PipelineAssembly.pipeline(languages.create(pipelineOptions.languageSettings()), pipelineOptions);
        CountDownLatch stopped = new CountDownLatch(1);
        try (EventStore store = storeOptions.open();
             SearchIndex index = SearchIndex.openForWriting(store.searchIndexDirectory());
             AnnalistServer server = AnnalistServer.start(settings, store, index, pipeline)) {
            err.println("annalist: serving " + store.file() + " at " + server.url() + " (API: " + server.url() + "openapi.json)");
            if (generated) {
                err.println("annalist: write token (give it as 'Authorization: Bearer TOKEN' or in the page): " + chosenToken);
            }
            err.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return 0;
    }
}
