package org.annalist.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.pipeline.AnnalistVersion;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.store.EventStore;
import org.annalist.store.search.SearchIndex;

/**
 * The running server: the API routes, {@code /openapi.json} and the web workspace (static files
 * from {@code /annalist/web} on the classpath, Chart.js from its WebJar), on 127.0.0.1 only.
 * Everything is configured before {@link #start}; the owner closes it, then the store and index.
 */
public final class AnnalistServer implements AutoCloseable {

    static final String OPENAPI_RESOURCE = "/annalist/server/openapi.json";

    private final Javalin app;
    private final ReadConnections connections;
    private final Submissions submissions;
    private final List<ApiRoute> routes;

    private AnnalistServer(Javalin app, ReadConnections connections, Submissions submissions, List<ApiRoute> routes) {
        this.app = app;
        this.connections = connections;
        this.submissions = submissions;
        this.routes = routes;
    }

    /** Starts serving {@code store} (and its open-for-writing {@code index}); coding uses {@code pipeline}. */
    public static AnnalistServer start(ServerSettings settings, EventStore store, SearchIndex index, ArticlePipeline pipeline) {
        ObjectMapper mapper = new ObjectMapper();
        ReadConnections connections = new ReadConnections(store.connection(), settings.readConnections());
        Submissions submissions = new Submissions(store, index, pipeline, settings);
        byte[] openApi = openApiDocument();
        List<ApiRoute> routes = new ArrayList<>();
        routes.add(new ApiRoute("GET", "/openapi.json", false, context -> context.contentType("application/json").result(openApi)));
        routes.add(new ApiRoute("GET", "/api/status", false, context -> context.json(status(connections))));
        routes.addAll(new ReadRoutes(connections, index, store.personNames()).routes());
        routes.addAll(new WriteRoutes(new TokenGuard(settings.token()), new SubmittedArticles(mapper), submissions, connections,
                settings.maxRequestBytes()).routes());
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(settings.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.defaultHost = ServerSettings.HOST;
            config.jetty.defaultPort = settings.port();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/annalist/web";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("X-Content-Type-Options", "nosniff", "Content-Security-Policy",
                        "default-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'");
            });
            config.staticFiles.enableWebjars();
        });
        for (ApiRoute route : routes) {
            switch (route.method()) {
                case "GET" -> app.get(route.path(), route.handler());
                case "POST" -> app.post(route.path(), route.handler());
                default -> throw new IllegalStateException("unsupported method " + route.method());
            }
        }
        app.before(context -> context.header("X-Content-Type-Options", "nosniff"));
        ErrorResponses.install(app);
        try {
            app.start();
        } catch (RuntimeException e) {
            submissions.close();
            connections.close();
            throw e;
        }
        return new AnnalistServer(app, connections, submissions, List.copyOf(routes));
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        return "http://" + ServerSettings.HOST + ":" + port() + "/";
    }

    /** Every API route, for the check that openapi.json describes exactly these. */
    List<ApiRoute> routes() {
        return routes;
    }

    private static Map<String, Object> status(ReadConnections connections) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("version", AnnalistVersion.get());
        connections.read(connection -> {
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),"
                         + " (SELECT count(*) FROM quotes), (SELECT count(*) FROM persons)")) {
                rows.next();
                status.put("articles", rows.getLong(1));
                status.put("events", rows.getLong(2));
                status.put("quotes", rows.getLong(3));
                status.put("entities", rows.getLong(4));
                return status;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot count the store: " + e.getMessage(), e);
            }
        });
        return status;
    }

    private static byte[] openApiDocument() {
        try (InputStream in = AnnalistServer.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + OPENAPI_RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        submissions.close();
        connections.close();
    }
}
