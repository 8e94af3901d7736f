package org.annalist.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.store.PersonNames;
import org.annalist.store.query.ActorNetwork;
import org.annalist.store.query.ArticleQueries;
import org.annalist.store.query.EventDetails;
import org.annalist.store.query.EventFilter;
import org.annalist.store.query.EventPages;
import org.annalist.store.query.PersonQueries;
import org.annalist.store.query.QuotePages;
import org.annalist.store.query.Timeline;
import org.annalist.store.search.SearchHit;
import org.annalist.store.search.SearchIndex;

/**
 * The read endpoints: each parses its parameters and hands them to one of the store's query
 * classes on a borrowed connection. Lists are pages: {@code {"total", "limit", "offset", "items"}}.
 * Field names are those of the CLI's JSON Lines output.
 */
final class ReadRoutes {

    private final ReadConnections connections;
    private final SearchIndex index;
    private final PersonNames names;

    ReadRoutes(ReadConnections connections, SearchIndex index, PersonNames names) {
        this.connections = connections;
        this.index = index;
        this.names = names;
    }

    List<ApiRoute> routes() {
        return List.of(
                new ApiRoute("GET", "/api/events", false, this::events),
                new ApiRoute("GET", "/api/events/{event_id}", false, this::event),
                new ApiRoute("GET", "/api/quotes", false, this::quotes),
                new ApiRoute("GET", "/api/entities", false, this::entities),
                new ApiRoute("GET", "/api/entities/{entity_id}", false, this::entity),
                new ApiRoute("GET", "/api/articles", false, this::articles),
                new ApiRoute("GET", "/api/articles/{article_id}", false, this::article),
                new ApiRoute("GET", "/api/timeline", false, this::timeline),
                new ApiRoute("GET", "/api/network", false, this::network),
                new ApiRoute("GET", "/api/search", false, this::search));
    }

    private void events(Context context) {
        RequestParameters parameters = new RequestParameters(context);
        EventFilter filter;
        try {
            filter = new EventFilter(parameters.text("actor"), parameters.text("country"), parameters.dyad(),
                    parameters.text("event"), parameters.text("context"), parameters.date("from"), parameters.date("to"),
                    parameters.text("outlet"), parameters.decimal("min_confidence", 0, 1), parameters.limit());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        int limit = parameters.limit();
        int offset = parameters.offset();
        context.json(connections.read(connection -> new EventPages(connection).find(filter, limit, offset)));
    }

    private void event(Context context) {
        long id = new RequestParameters(context).pathLong("event_id");
        context.json(connections.read(connection -> new EventDetails(connection).get(id))
                .orElseThrow(() -> ApiException.notFound("no event with id " + id)));
    }

    private void quotes(Context context) {
        RequestParameters parameters = new RequestParameters(context);
        QuotePages.Filter filter = new QuotePages.Filter(parameters.text("speaker"), parameters.longValue("speaker_id"),
                parameters.text("article"));
        int limit = parameters.limit();
        int offset = parameters.offset();
        context.json(connections.read(connection -> new QuotePages(connection, names).find(filter, limit, offset)));
    }

    private void entities(Context context) {
        RequestParameters parameters = new RequestParameters(context);
        PersonQueries.Filter filter = new PersonQueries.Filter(parameters.text("name"), parameters.text("country"));
        int limit = parameters.limit();
        int offset = parameters.offset();
        context.json(connections.read(connection -> new PersonQueries(connection, names).find(filter, limit, offset)));
    }

    private void entity(Context context) {
        long id = new RequestParameters(context).pathLong("entity_id");
        Map<String, Object> person = connections.read(connection -> new PersonQueries(connection, names).get(id))
                .orElseThrow(() -> ApiException.notFound("no entity with id " + id));
        Map<String, Object> withQuotes = new LinkedHashMap<>(person);
        withQuotes.put("quotes", connections.read(connection -> new QuotePages(connection, names)
                .find(new QuotePages.Filter(null, id, null), RequestParameters.MAX_LIMIT, 0)).items());
        context.json(withQuotes);
    }

    private void articles(Context context) {
        RequestParameters parameters = new RequestParameters(context);
        ArticleQueries.Filter filter = new ArticleQueries.Filter(parameters.text("outlet"), parameters.date("from"),
                parameters.date("to"), parameters.text("title"));
        int limit = parameters.limit();
        int offset = parameters.offset();
        context.json(connections.read(connection -> new ArticleQueries(connection).find(filter, limit, offset)));
    }

    private void article(Context context) {
        String id = context.pathParam("article_id");
        context.json(connections.read(connection -> new ArticleQueries(connection).get(id))
                .orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'")));
    }

    private void timeline(Context context) {
        RequestParameters parameters = new RequestParameters(context);
        List<String> dyad = parameters.dyad();
        if (dyad == null) {
            throw ApiException.badRequest("the query parameter 'dyad' is required, as dyad=IRN,AZE");
        }
        String by = parameters.text("by") == null ? "month" : parameters.text("by");
        Timeline.Granularity granularity;
        try {
            granularity = Timeline.Granularity.valueOf(by.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'by' must be week, month or year, was '" + by + "'");
        }
        Double minConfidence = parameters.decimal("min_confidence", 0, 1);
        context.json(connections.read(connection -> Timeline.of(connection, dyad.get(0), dyad.get(1), granularity, minConfidence)));
    }

    private void network(Context context) {
        RequestParameters parameters = new RequestParameters(context);
        int edges = parameters.integer("limit", 60, 1, RequestParameters.MAX_LIMIT);
        context.json(connections.read(connection -> ActorNetwork.of(connection, parameters.text("event"), parameters.date("from"),
                parameters.date("to"), parameters.decimal("min_confidence", 0, 1), edges)));
    }

    private void search(Context context) {
        RequestParameters parameters = new RequestParameters(context);
        String query = parameters.required("q");
        int limit = parameters.limit();
        int offset = parameters.offset();
        List<SearchHit> hits;
        try {
            hits = index.search(query, Math.max(1, offset + limit));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("query", query);
        page.put("limit", limit);
        page.put("offset", offset);
        page.put("items", hits.subList(Math.min(offset, hits.size()), Math.min(offset + limit, hits.size())));
        context.json(page);
    }
}
