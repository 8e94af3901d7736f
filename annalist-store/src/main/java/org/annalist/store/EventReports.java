package org.annalist.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.annalist.article.Article;
import org.annalist.events.Event;
import org.annalist.events.EventConfidence;
import org.annalist.events.EventParty;
import org.annalist.events.ModelFile;
import org.annalist.events.Span;
import org.annalist.pipeline.AnnalistVersion;

/**
 * Maps the event coder's {@link Event} records to the store's {@link EventReport} rows. This is
 * the only class of the store that reads an Event, so a change to the record (such as a
 * provenance field) is absorbed here.
 */
public final class EventReports {

    private final ObjectMapper mapper;

    public EventReports(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public EventReport from(Event event, Article article) {
        List<EventReport.Party> parties = new ArrayList<>();
        event.actors().forEach(party -> parties.add(party(EventReport.Role.ACTOR, party)));
        event.recipients().forEach(party -> parties.add(party(EventReport.Role.RECIPIENT, party)));
        var location = event.location();
        var evidence = event.evidence();
        Span trigger = evidence.trigger();
        return new EventReport(
                event.id(),
                event.date() != null ? event.date() : article.date(),
                event.event(),
                event.mode(),
                event.context(),
                parties,
                location == null ? null : location.name(),
                location == null ? null : location.code(),
                location == null ? null : location.latitude(),
                location == null ? null : location.longitude(),
                event.quadCode(),
                event.scale(),
                event.cameo(),
                event.goldstein(),
                event.aux(),
                evidence.sentenceIndex(),
                evidence.sentence(),
                trigger == null ? null : trigger.start(),
                trigger == null ? null : trigger.end(),
                trigger == null ? null : trigger.text(),
                evidence.quote(),
                evidence.reportedBy(),
                event.rule(),
                provenance(event, article),
                event.confidence(),
                event.datePrecision());
    }

    /** The confidence stage's estimate, or null when the event has none (built by hand, no model). */
    private static EventConfidence confidence(Event event) {
        return event.provenance() == null ? null : event.provenance().confidence();
    }

    private static EventReport.Party party(EventReport.Role role, EventParty party) {
        Span mention = party.mention();
        return new EventReport.Party(role, party.entity(), party.name(), party.code(), party.sector(),
                mention == null ? null : mention.start(), mention == null ? null : mention.end(),
                mention == null ? null : mention.text());
    }

    /** What a reader needs to trace the report back to the exact words and the rule. */
    private String provenance(Event event, Article article) {
        ObjectNode node = mapper.createObjectNode();
        node.put("rule", event.rule());
        node.put("article_id", article.id());
        node.put("text_hash", article.textHash());
        node.put("sentence_index", event.evidence().sentenceIndex());
        node.set("trigger", span(event.evidence().trigger()));
        ArrayNode actors = node.putArray("actor");
        event.actors().forEach(party -> actors.add(party(party)));
        ArrayNode recipients = node.putArray("recipient");
        event.recipients().forEach(party -> recipients.add(party(party)));
        node.put("annalist_version", AnnalistVersion.get());
        EventConfidence confidence = confidence(event);
        if (confidence != null) {
            node.put("confidence_model", confidence.model());
            node.put("confidence_model_sha256", confidence.modelSha256());
        }
        ModelFile recipientModel = event.provenance() == null ? null : event.provenance().recipientModel();
        if (recipientModel != null) {
            node.put("recipient_model", recipientModel.name());
            node.put("recipient_model_sha256", recipientModel.sha256());
        }
        List<ModelFile> classFiles = event.provenance() == null ? List.of() : event.provenance().wordClassFiles();
        if (!classFiles.isEmpty()) {
            ArrayNode files = node.putArray("word_class_files");
            classFiles.forEach(file -> files.addObject().put("file", file.name()).put("sha256", file.sha256()));
        }
        try {
            return mapper.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private ObjectNode party(EventParty party) {
        ObjectNode node = mapper.createObjectNode();
        node.put("entity", party.entity());
        node.put("name", party.name());
        node.put("code", party.code());
        node.set("mention", span(party.mention()));
        return node;
    }

    private ObjectNode span(Span span) {
        if (span == null) {
            return null;
        }
        ObjectNode node = mapper.createObjectNode();
        node.put("start", span.start());
        node.put("end", span.end());
        node.put("text", span.text());
        return node;
    }
}
