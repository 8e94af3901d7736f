package org.annalist.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.input.ReadResult;
import org.annalist.store.query.ArticleQueries;

/**
 * {@code POST /api/articles}: codes and stores articles sent as JSON or as uploaded files.
 * Answers 201 when at least one article was added or replaced, 200 when every one was already
 * stored unchanged, and 422 (with the reasons) when none could be coded.
 */
final class WriteRoutes {

    private final TokenGuard guard;
    private final SubmittedArticles parser;
    private final Submissions submissions;
    private final ReadConnections connections;
    private final long maxRequestBytes;

    WriteRoutes(TokenGuard guard, SubmittedArticles parser, Submissions submissions, ReadConnections connections, long maxRequestBytes) {
        this.guard = guard;
        this.parser = parser;
        this.submissions = submissions;
        this.connections = connections;
        this.maxRequestBytes = maxRequestBytes;
    }

    List<ApiRoute> routes() {
        return List.of(new ApiRoute("POST", "/api/articles", true, this::submit));
    }

    private void submit(Context context) {
        guard.check(context);
        if (context.contentLength() > maxRequestBytes) {
            throw new ApiException(413, "the request body has " + context.contentLength() + " bytes; the server accepts at most "
                    + maxRequestBytes);
        }
        String type = context.contentType() == null ? "application/json" : context.contentType();
        List<ReadResult> inputs;
        if (type.startsWith("multipart/form-data")) {
            inputs = parser.fromFiles(uploadedFiles(context), maxRequestBytes);
        } else if (type.contains("json")) {
            inputs = parser.fromJson(context.body());
        } else {
            throw new ApiException(415, "send application/json or multipart/form-data, not " + type);
        }
        Submissions.Result result = submissions.submit(inputs);
        List<Map<String, Object>> articles = new ArrayList<>();
        for (Submissions.StoredArticle article : result.articles()) {
            articles.add(describe(article));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("articles", articles);
        body.put("rejected", result.rejected());
        if (articles.isEmpty()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("status", 422);
            error.put("message", "no article could be coded: " + result.rejected().stream()
                    .map(rejected -> rejected.input() + ": " + rejected.reason() + " (" + rejected.detail() + ")").toList());
            error.put("rejected", result.rejected());
            context.status(422).json(Map.of("error", error));
            return;
        }
        boolean changed = result.articles().stream().anyMatch(article -> !article.result().equals("UNCHANGED"));
        context.status(changed ? 201 : 200).json(body);
    }

    /** The stored id with its counts; for an unchanged article the counts come from the store. */
    private Map<String, Object> describe(Submissions.StoredArticle article) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", article.id());
        row.put("result", article.result());
        if (article.entities() >= 0) {
            row.put("entities", article.entities());
            row.put("quotes", article.quotes());
            row.put("events", article.events());
        } else {
            Map<String, Object> stored = connections.read(connection -> new ArticleQueries(connection).get(article.id())).orElseThrow();
            row.put("entities", stored.get("entity_count"));
            row.put("quotes", stored.get("quote_count"));
            row.put("events", stored.get("event_count"));
        }
        return row;
    }

    private List<UploadedFile> uploadedFiles(Context context) {
        try {
            return context.uploadedFiles("file");
        } catch (IllegalStateException e) {
            throw new ApiException(413, "the upload is larger than the server accepts (" + maxRequestBytes + " bytes)");
        }
    }
}
