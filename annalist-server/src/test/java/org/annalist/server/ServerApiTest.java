package org.annalist.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The API over HTTP on an ephemeral port: safety (XSS, auth, size, bad JSON, errors), paging and the OpenAPI document. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerApiTest {

    static final long LIMIT = 64 * 1024;
    static final String SCRIPT_TITLE = "<script>alert('title')</script> Talks";
    static final String SCRIPT_TEXT = "Iranian officials met Azerbaijani officials in Baku on Monday. <script>alert(1)</script> "
            + "The two sides discussed trade.";

    private final ObjectMapper mapper = new ObjectMapper();
    private RunningServer running;

    @BeforeAll
    void startServer(@TempDir Path folder) throws Exception {
        running = new RunningServer(folder, LIMIT);
        HttpResponse<String> stored = running.postJson("/api/articles", mapper.writeValueAsString(List.of(
                java.util.Map.of("id", "xss", "title", SCRIPT_TITLE, "text", SCRIPT_TEXT, "date", "2024-03-04", "source", "Test Wire"),
                java.util.Map.of("id", "second", "text", "Turkish diplomats visited Georgia on Tuesday.", "date", "2024-03-05"),
                java.util.Map.of("id", "third", "text", "Russia criticised Ukraine on Wednesday.", "date", "2024-03-06"))),
                RunningServer.TOKEN);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    }

    @AfterAll
    void stopServer() throws Exception {
        running.close();
    }

    private JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return mapper.readTree(response.body());
    }

    private void assertError(HttpResponse<String> response, int status, String messagePart) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode error = json(response).get("error");
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("message").asText()).contains(messagePart);
    }

    @Test
    void returnsScriptInArticleTextAsPlainJsonString() throws Exception {
        HttpResponse<String> response = running.get("/api/articles/xss");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        JsonNode article = json(response);
        assertThat(article.get("text").asText()).isEqualTo(SCRIPT_TEXT);
        assertThat(article.get("title").asText()).isEqualTo(SCRIPT_TITLE);
    }

    @Test
    void answersSubmissionWithStoredIdsAndCounts() throws Exception {
        HttpResponse<String> again = running.postJson("/api/articles",
                "{\"id\": \"second\", \"text\": \"Turkish diplomats visited Georgia on Tuesday.\", \"date\": \"2024-03-05\"}", RunningServer.TOKEN);
        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode article = json(again).get("articles").get(0);
        assertThat(article.get("id").asText()).isEqualTo("second");
        assertThat(article.get("result").asText()).isEqualTo("UNCHANGED");
        assertThat(article.get("entities").asInt()).isPositive();
    }

    @Test
    void refusesWriteWithoutTokenWith401() throws Exception {
        assertError(running.postJson("/api/articles", "{\"text\": \"Iran met Azerbaijan.\"}", null), 401, "token");
    }

    @Test
    void refusesWriteWithWrongTokenWith403() throws Exception {
        assertError(running.postJson("/api/articles", "{\"text\": \"Iran met Azerbaijan.\"}", "not-the-token"), 403, "token");
    }

    @Test
    void refusesBodyOverLimitWith413() throws Exception {
        String text = "Iran met Azerbaijan. ".repeat((int) (LIMIT / 20) + 100);
        assertError(running.postJson("/api/articles", mapper.writeValueAsString(java.util.Map.of("text", text)), RunningServer.TOKEN),
                413, "at most " + LIMIT);
    }

    @Test
    void refusesMalformedJsonWith400() throws Exception {
        assertError(running.postJson("/api/articles", "{\"text\": \"unterminated", RunningServer.TOKEN), 400, "not valid JSON");
        assertError(running.postJson("/api/articles", "{\"title\": \"no text\"}", RunningServer.TOKEN), 400, "\"text\"");
    }

    @Test
    void answersUnknownRoutesAndIdsWithJsonErrors() throws Exception {
        assertError(running.get("/api/nothing-here"), 404, "/api/nothing-here");
        assertError(running.get("/api/events/987654"), 404, "987654");
        assertError(running.get("/api/articles/missing"), 404, "missing");
        assertError(running.get("/api/events?from=yesterday"), 400, "'from'");
        assertError(running.get("/api/events?limit=-1"), 400, "'limit'");
        assertError(running.get("/api/search?q=%22unbalanced"), 400, "query");
    }

    @Test
    void pagesArticlesWithTotal() throws Exception {
        JsonNode first = json(running.get("/api/articles?limit=2&offset=0"));
        JsonNode rest = json(running.get("/api/articles?limit=2&offset=2"));
        assertThat(first.get("total").asInt()).isEqualTo(3);
        assertThat(first.get("items")).hasSize(2);
        assertThat(rest.get("items")).hasSize(1);
        List<String> ids = new ArrayList<>();
        first.get("items").forEach(item -> ids.add(item.get("id").asText()));
        rest.get("items").forEach(item -> ids.add(item.get("id").asText()));
        assertThat(ids).containsExactly("third", "second", "xss");
    }

    @Test
    void pagesEventsWithTotalAndOffset() throws Exception {
        JsonNode all = json(running.get("/api/events?limit=1000"));
        int total = all.get("total").asInt();
        assertThat(total).isGreaterThanOrEqualTo(2).isEqualTo(all.get("items").size());
        JsonNode second = json(running.get("/api/events?limit=1&offset=1"));
        assertThat(second.get("total").asInt()).isEqualTo(total);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("id")).isEqualTo(all.get("items").get(1).get("id"));
    }

    @Test
    void listsEventsWithTheirConfidenceAndKeepsThoseOfTheMinimum() throws Exception {
        JsonNode all = json(running.get("/api/events?limit=1000")).get("items");
        List<Double> confidences = new ArrayList<>();
        all.forEach(event -> confidences.add(event.get("confidence").asDouble(-1)));
        assertThat(confidences).as("every submitted event was scored").isNotEmpty().allSatisfy(value -> assertThat(value).isBetween(0.0, 1.0));
        double highest = confidences.stream().mapToDouble(Double::doubleValue).max().orElseThrow();

        JsonNode surest = json(running.get("/api/events?limit=1000&min_confidence=" + highest));
        assertThat(surest.get("total").asInt()).isEqualTo((int) confidences.stream().filter(value -> value >= highest).count());
        surest.get("items").forEach(event -> assertThat(event.get("confidence").asDouble()).isEqualTo(highest));
        JsonNode details = json(running.get("/api/events/" + surest.get("items").get(0).get("id").asLong()));
        List<Double> reports = new ArrayList<>();
        details.get("reports").forEach(report -> reports.add(report.get("confidence").asDouble()));
        assertThat(reports).as("a merged event's confidence is the highest of its reports'").contains(highest)
                .allSatisfy(value -> assertThat(value).isLessThanOrEqualTo(highest));

        assertError(running.get("/api/events?min_confidence=1.5"), 400, "'min_confidence'");
        assertError(running.get("/api/events?min_confidence=high"), 400, "'min_confidence'");
    }

    @Test
    void timelineAndNetworkCountOnlyEventsOfTheMinimumConfidence() throws Exception {
        double highest = 0;
        for (JsonNode event : json(running.get("/api/events?limit=1000")).get("items")) {
            highest = Math.max(highest, event.get("confidence").asDouble());
        }
        String aboveEvery = "min_confidence=" + Math.nextUp(highest);

        assertThat(json(running.get("/api/timeline?dyad=IRN,AZE")).get("periods")).isNotEmpty();
        assertThat(json(running.get("/api/timeline?dyad=IRN,AZE&" + aboveEvery)).get("periods")).isEmpty();
        assertThat(json(running.get("/api/network")).get("edges")).isNotEmpty();
        assertThat(json(running.get("/api/network?" + aboveEvery)).get("edges")).isEmpty();
        assertThat(json(running.get("/api/network?min_confidence=" + highest)).get("edges")).isNotEmpty();
        assertError(running.get("/api/timeline?dyad=IRN,AZE&min_confidence=2"), 400, "'min_confidence'");
        assertError(running.get("/api/network?min_confidence=-1"), 400, "'min_confidence'");
    }

    @Test
    void showsEventWithMarksInsideItsSentence() throws Exception {
        JsonNode events = json(running.get("/api/events?dyad=IRN,AZE"));
        assertThat(events.get("total").asInt()).isPositive();
        JsonNode event = json(running.get("/api/events/" + events.get("items").get(0).get("id").asLong()));
        JsonNode report = event.get("reports").get(0);
        assertThat(report.get("article_id").asText()).isEqualTo("xss");
        String sentence = report.get("text").asText();
        List<String> marked = new ArrayList<>();
        report.get("marks").forEach(mark -> marked.add(mark.get("kind").asText() + ":"
                + sentence.substring(mark.get("start").asInt(), mark.get("end").asInt())));
        assertThat(marked).contains("trigger:" + report.get("trigger_text").asText());
        assertThat(marked).anyMatch(mark -> mark.startsWith("actor:")).anyMatch(mark -> mark.startsWith("recipient:"));
    }

    @Test
    void searchFindsSubmittedArticle() throws Exception {
        JsonNode hits = json(running.get("/api/search?q=diplomats"));
        assertThat(hits.get("items").get(0).get("articleId").asText()).isEqualTo("second");
        assertThat(hits.get("items").get(0).get("highlights").get(0).asText()).contains("«diplomats»");
    }

    @Test
    void servesWorkspaceAndChartLibraryFromOwnFiles() throws Exception {
        HttpResponse<String> page = running.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"module\" src=\"/js/app.js\">").doesNotContain("https://");
        HttpResponse<String> chart = running.get("/webjars/chart.js/4.4.1/dist/chart.umd.js");
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.body()).contains("Chart");
    }

    @Test
    void openApiDocumentDescribesExactlyTheRoutes() throws Exception {
        JsonNode document = json(running.get("/openapi.json"));
        TreeSet<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
        TreeSet<String> registered = new TreeSet<>();
        running.server.routes().forEach(route -> registered.add(route.method() + " " + route.path()));
        assertThat(documented).isEqualTo(registered);
        for (String route : documented) {
            if (route.startsWith("GET ") && !route.contains("{")) {
                String path = route.substring(4) + (route.endsWith("/api/timeline") ? "?dyad=IRN,AZE" : route.endsWith("/api/search") ? "?q=iran" : "");
                assertThat(running.get(path).statusCode()).as(route).isEqualTo(200);
            }
        }
    }
}
