package org.annalist.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.article.Article;
import org.annalist.input.InvalidInputException;
import org.annalist.input.PlainTextArticleParser;

/**
 * Reads the two gold formats Annalist scores against:
 * <ul>
 *   <li>Annalist's own: JSON Lines, one {@code {"article": ID, "entities"?, "quotes"?, "events"?}}
 *       per article, with the texts in {@code articles/ID.txt} beside the gold file;</li>
 *   <li>the PLOVER gold standard records (a JSON array of one-sentence records, PLOVER v0.5b1
 *       labels, which are renamed to today's: DEMAND→REQUEST, DISAPPROVE and INVESTIGATE→ACCUSE,
 *       FIGHT→ASSAULT).</li>
 * </ul>
 */
public final class GoldSetReader {

    private static final Map<String, String> PLOVER_RENAMES = Map.of(
            "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

    private final ObjectMapper mapper;

    public GoldSetReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Country codes of the PLOVER records that are not ISO 3166-1 alpha-3 (old CAMEO-style codes a
     * few records use), read as the ISO code Annalist writes, so a right event is not a miss.
     */
    private static final Map<String, String> PLOVER_RECORD_LEGACY_CODES = Map.of("JAP", "JPN", "ITL", "ITA");

    /** Annalist's non-state codes that the PLOVER records write as IGO. */
    private static final Map<String, String> PLOVER_RECORD_CODES = Map.of("UNO", "IGO", "NATO", "IGO", "EUR", "IGO");

    public GoldSet read(Path gold) throws IOException {
        String content = Files.readString(gold).stripLeading();
        return content.startsWith("[")
                ? new GoldSet(readPloverRecords(mapper.readTree(content)), PLOVER_RECORD_CODES)
                : new GoldSet(readAnnalistGold(gold, content), Map.of());
    }

    private List<GoldArticle> readAnnalistGold(Path gold, String content) throws IOException {
        Path articles = gold.toAbsolutePath().getParent().resolve("articles");
        PlainTextArticleParser parser = new PlainTextArticleParser();
        List<GoldArticle> result = new ArrayList<>();
        int lineNumber = 0;
        for (String line : content.split("\n")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = mapper.readTree(line);
            String id = node.path("article").asText();
            Path file = articles.resolve(id + ".txt");
            Article article;
            try {
                article = parser.parse(id, file.toString(), Files.readString(file));
            } catch (InvalidInputException | IOException e) {
                throw new IOException(gold + ":" + lineNumber + ": cannot read article " + file + ": " + e.getMessage(), e);
            }
            try {
                result.add(new GoldArticle(article,
                        node.has("entities") ? entities(node.path("entities")) : null,
                        node.has("quotes") ? quotes(node.path("quotes")) : null,
                        node.has("events") ? events(node.path("events"), "event", "actor", "recipient") : null));
            } catch (DateTimeParseException e) {
                throw new IOException(gold + ":" + lineNumber + ": an event date is not YYYY-MM-DD: " + e.getParsedString(), e);
            }
        }
        return result;
    }

    private List<GoldArticle> readPloverRecords(JsonNode records) {
        List<GoldArticle> result = new ArrayList<>();
        for (JsonNode record : records) {
            String event = record.path("event").asText();
            if (event.equals("DOCUMENT") || !record.hasNonNull("text")) {
                continue;
            }
            String renamed = PLOVER_RENAMES.getOrDefault(event, event);
            LocalDate date = record.hasNonNull("date") ? LocalDate.parse(record.path("date").asText()) : null;
            Article article = new Article(record.path("id").asText(), date, null, null, null, null,
                    record.path("text").asText(), "PLOVER record " + record.path("id").asText());
            // the records' dates are placeholders for the article date, and they annotate no aux
            GoldArticle.Attributes attributes = new GoldArticle.Attributes(null, null, false, text(record, "mode"), text(record, "context"));
            GoldArticle.Event gold = new GoldArticle.Event(renamed, isoCodes(parties(record.path("source"))), isoCodes(parties(record.path("target"))),
                    List.of(), record.path("eventText").asText(null), attributes);
            result.add(new GoldArticle(article, null, null, List.of(gold)));
        }
        return result;
    }

    private static List<GoldArticle.Entity> entities(JsonNode array) {
        List<GoldArticle.Entity> entities = new ArrayList<>();
        for (JsonNode node : array) {
            entities.add(new GoldArticle.Entity(node.path("name").asText(), node.path("type").asText(null),
                    text(node, "code"), text(node, "sector")));
        }
        return entities;
    }

    private static List<GoldArticle.Quote> quotes(JsonNode array) {
        List<GoldArticle.Quote> quotes = new ArrayList<>();
        for (JsonNode node : array) {
            quotes.add(new GoldArticle.Quote(node.path("text").asText(), text(node, "speaker"), node.path("direct").asBoolean(true)));
        }
        return quotes;
    }

    private static List<GoldArticle.Event> events(JsonNode array, String typeField, String actorField, String recipientField) {
        List<GoldArticle.Event> events = new ArrayList<>();
        for (JsonNode node : array) {
            List<String> aux = new ArrayList<>();
            node.path("aux").forEach(value -> aux.add(value.asText()));
            String date = text(node, "date");
            GoldArticle.Attributes attributes = new GoldArticle.Attributes(date == null ? null : LocalDate.parse(date),
                    text(node, "cameo"), node.has("aux"), text(node, "mode"), text(node, "context"));
            events.add(new GoldArticle.Event(node.path(typeField).asText(), parties(node.path(actorField)),
                    parties(node.path(recipientField)), aux, text(node, "evidence"), attributes));
        }
        return events;
    }

    private static List<GoldArticle.Party> isoCodes(List<GoldArticle.Party> parties) {
        return parties.stream()
                .map(party -> new GoldArticle.Party(PLOVER_RECORD_LEGACY_CODES.getOrDefault(party.code(), party.code()), party.sector()))
                .toList();
    }

    /** A party list; PLOVER records sometimes hold "" or null for "none". */
    private static List<GoldArticle.Party> parties(JsonNode array) {
        List<GoldArticle.Party> parties = new ArrayList<>();
        if (array.isArray()) {
            for (JsonNode node : array) {
                String code = text(node, "code");
                if (code != null) {
                    parties.add(new GoldArticle.Party(code.toUpperCase(java.util.Locale.ROOT), text(node, "sector")));
                }
            }
        }
        return parties;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }
}
