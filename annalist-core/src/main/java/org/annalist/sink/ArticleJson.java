package org.annalist.sink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.article.Article;
import org.annalist.pipeline.CodedArticle;
import org.annalist.quotes.Quote;

/**
 * The output contract (docs/output.md, docs/output.schema.json): one JSON object per article
 * with its article, entities, quotes and events. Field names are snake_case and stable; every
 * start/end is a Java string index into {@code article.text}.
 */
public final class ArticleJson {

    private final ObjectMapper mapper;
    private final EventJson events;
    private final String annalistVersion;
    private final String languageDescription;
    private final double minimumConfidence;

    /** Output with every event in {@code events}. */
    public ArticleJson(ObjectMapper mapper, String annalistVersion, String languageDescription) {
        this(mapper, annalistVersion, languageDescription, 0);
    }

    /**
     * Output whose {@code events} hold the events of confidence {@code minimumConfidence} or more
     * (and events without one); the others are written to {@code withheld_events}, unchanged, so
     * that a reader who wants every coded event still has it.
     */
    public ArticleJson(ObjectMapper mapper, String annalistVersion, String languageDescription, double minimumConfidence) {
        if (!(minimumConfidence >= 0 && minimumConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence outside 0..1: " + minimumConfidence);
        }
        this.mapper = mapper;
        this.events = new EventJson(mapper);
        this.annalistVersion = annalistVersion;
        this.languageDescription = languageDescription;
        this.minimumConfidence = minimumConfidence;
    }

    public ObjectNode toJson(CodedArticle coded) {
        ObjectNode root = mapper.createObjectNode();
        root.set("article", article(coded.article()));
        ArrayNode entities = root.putArray("entities");
        coded.entities().forEach(entity -> entities.add(entity(entity)));
        ArrayNode quotes = root.putArray("quotes");
        coded.quotes().forEach(quote -> quotes.add(quote(quote)));
        ArrayNode eventArray = root.putArray("events");
        ArrayNode withheld = root.putArray("withheld_events");
        coded.events().forEach(event -> (event.reportedAt(minimumConfidence) ? eventArray : withheld).add(events.toJson(event)));
        ArrayNode times = root.putArray("times");
        coded.times().forEach(time -> {
            ObjectNode node = times.addObject();
            node.put("start", time.start());
            node.put("end", time.end());
            node.put("text", time.text());
            node.put("type", time.type());
            node.put("value", time.value());
        });
        ArrayNode warnings = root.putArray("warnings");
        coded.warnings().forEach(warnings::add);
        ObjectNode provenance = root.putObject("provenance");
        provenance.put("annalist_version", annalistVersion);
        provenance.put("article_sha256", coded.article().textHash());
        provenance.put("language", languageDescription);
        provenance.put("sentences", coded.sentenceCount());
        provenance.put("tokens", coded.tokenCount());
        return root;
    }

    private ObjectNode article(Article article) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", article.id());
        node.put("date", article.date() == null ? null : article.date().toString());
        node.put("source", article.source());
        node.put("author", article.author());
        node.put("title", article.title());
        node.put("url", article.url());
        node.put("text", article.text());
        return node;
    }

    private ObjectNode entity(Entity entity) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", entity.id());
        node.put("name", entity.name());
        node.put("type", entity.type());
        node.put("code", entity.code());
        node.put("sector", entity.sector());
        node.put("title", entity.title());
        ArrayNode mentions = node.putArray("mentions");
        for (Mention mention : entity.mentions()) {
            ObjectNode item = mentions.addObject();
            item.put("start", mention.start());
            item.put("end", mention.end());
            item.put("text", mention.text());
            item.put("sentence", mention.sentenceIndex());
            item.put("kind", mention.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
        node.put("coded_by", entity.codedBy());
        return node;
    }

    private ObjectNode quote(Quote quote) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", quote.id());
        node.put("text", quote.text());
        node.put("start", quote.start());
        node.put("end", quote.end());
        node.put("direct", quote.direct());
        node.put("speaker", quote.speaker());
        node.put("speaker_name", quote.speakerName());
        node.put("attribution", quote.attribution());
        return node;
    }
}
