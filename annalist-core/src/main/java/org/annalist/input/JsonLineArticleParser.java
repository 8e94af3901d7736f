package org.annalist.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annalist.article.Article;
import org.annalist.article.RejectionReason;

/**
 * Reads one JSON Lines record: {@code {"id", "text", "date"?, "title"?, "url"?, "source"?}}.
 * A record without an id gets {@code <file stem>-<line number>}, which is stable across runs.
 * Trailing staff credits are moved out of the text ({@link CreditLines}) into the author when it has none.
 */
public final class JsonLineArticleParser {

    private final ObjectMapper mapper;

    public JsonLineArticleParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Article parse(String fallbackId, String origin, String line) throws InvalidInputException {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(RejectionReason.MALFORMED_JSON, e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(RejectionReason.MALFORMED_JSON, "expected a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new InvalidInputException(RejectionReason.MALFORMED_JSON, "missing string field \"text\"");
        }
        if (text.asText().isBlank()) {
            throw new InvalidInputException(RejectionReason.EMPTY, "field \"text\" is blank");
        }
        JsonNode id = node.get("id");
        String articleId = id == null || id.isNull() ? fallbackId : id.asText();
        if (articleId.isBlank()) {
            throw new InvalidInputException(RejectionReason.INVALID_FIELD, "field \"id\" is blank");
        }
        CreditLines.Split body = CreditLines.split(text.asText().strip());
        String author = optionalText(node, "author");
        return new Article(
                articleId,
                PublicationDates.parse(optionalText(node, "date")),
                optionalText(node, "source"),
                author == null ? body.joined() : author,
                optionalText(node, "title"),
                optionalText(node, "url"),
                body.text(),
                origin);
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }
}
