package org.annalist.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.PipelineFactory;
import org.annalist.store.EventStore;
import org.annalist.store.StoreSettings;
import org.annalist.store.search.SearchIndex;
import org.annalist.testing.SharedLanguage;

/**
 * A server on an ephemeral port over a fresh store in {@code folder}, coding with the JVM's
 * shared CoreNLP and the stages the CLI wires ({@link PipelineFactory}, bundled dictionaries),
 * plus an HTTP client to talk to it.
 */
final class RunningServer implements AutoCloseable {

    static final String TOKEN = "test-token-0123456789";

    final EventStore store;
    final SearchIndex index;
    final AnnalistServer server;
    final HttpClient client = HttpClient.newHttpClient();

    RunningServer(Path folder, long maxRequestBytes) throws IOException {
        store = EventStore.open(folder.resolve("annalist.duckdb"), StoreSettings.defaults());
        index = SearchIndex.openForWriting(store.searchIndexDirectory());
        server = AnnalistServer.start(ServerSettings.of(0, TOKEN).withMaxRequestBytes(maxRequestBytes), store, index, pipeline());
    }

    static ArticlePipeline pipeline() {
        return PipelineFactory.create(SharedLanguage.annotator(), new PipelineFactory.UserFiles(List.of(), List.of()));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postJson(String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        server.close();
        index.close();
        store.close();
    }
}
