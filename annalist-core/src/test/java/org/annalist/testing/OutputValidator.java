package org.annalist.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The check every end-to-end test ends with (after Lucene's ValidatingTokenFilter): the JSON
 * validates against docs/output.schema.json and every offset slices out exactly its text.
 */
public final class OutputValidator {

    private final JsonSchema schema;

    public OutputValidator() {
        try {
            JsonNode schemaNode = new ObjectMapper().readTree(Files.readString(ProjectPaths.root().resolve("docs/output.schema.json")));
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem found in one output line; empty when it is valid. */
    public List<String> problems(JsonNode article) {
        List<String> problems = new ArrayList<>();
        Set<ValidationMessage> messages = schema.validate(article);
        messages.forEach(message -> problems.add("schema: " + message.getMessage()));
        String text = article.path("article").path("text").asText();
        for (JsonNode entity : article.path("entities")) {
            for (JsonNode mention : entity.path("mentions")) {
                checkSpan(text, mention, "entity " + entity.path("id").asText() + " mention", problems);
            }
        }
        for (JsonNode quote : article.path("quotes")) {
            checkSpan(text, quote, "quote " + quote.path("id").asText(), problems);
        }
        for (JsonNode time : article.path("times")) {
            checkSpan(text, time, "time", problems);
        }
        for (JsonNode event : article.path("events")) {
            String id = "event " + event.path("id").asText();
            checkSpan(text, event.path("text_info").path("trigger"), id + " trigger", problems);
            for (String role : List.of("actor", "recipient")) {
                for (JsonNode party : event.path(role)) {
                    if (party.has("start")) {
                        checkSpan(text, party, id + " " + role, problems);
                    }
                }
            }
            if (event.path("event_loc").has("start")) {
                checkSpan(text, event.path("event_loc"), id + " event_loc", problems);
            }
            if (!text.contains(event.path("text").asText())) {
                problems.add(id + ": sentence text is not in the article");
            }
        }
        return problems;
    }

    private static void checkSpan(String text, JsonNode span, String what, List<String> problems) {
        int start = span.path("start").asInt(-1);
        int end = span.path("end").asInt(-1);
        if (start < 0 || end < start || end > text.length()) {
            problems.add(what + ": offsets [" + start + ", " + end + ") outside the text");
            return;
        }
        String sliced = text.substring(start, end);
        if (!sliced.equals(span.path("text").asText())) {
            problems.add(what + ": [" + start + ", " + end + ") slices \"" + sliced + "\", not \"" + span.path("text").asText() + "\"");
        }
    }
}
