package org.annalist.sink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.annalist.events.Event;
import org.annalist.events.EventConfidence;
import org.annalist.events.EventDerivation;
import org.annalist.events.EventLocation;
import org.annalist.events.EventParty;
import org.annalist.events.ModelFile;
import org.annalist.events.Span;

/** An event as a PLOVER record (field names as in the PLOVER spec) with CAMEO and evidence. */
final class EventJson {

    private final ObjectMapper mapper;

    EventJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode toJson(Event event) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", event.id());
        node.put("date", event.date() == null ? null : event.date().toString());
        node.put("date_precision", event.datePrecision().jsonName());
        node.put("event", event.event());
        node.put("mode", event.mode());
        ArrayNode context = node.putArray("context");
        event.context().forEach(context::add);
        node.set("actor", parties(event.actors()));
        node.set("recipient", parties(event.recipients()));
        node.set("event_loc", location(event.location()));
        node.put("quad_code", event.quadCode());
        node.put("event_scale", event.scale());
        node.put("text", event.evidence().sentence());
        ObjectNode textInfo = node.putObject("text_info");
        textInfo.put("sentence_index", event.evidence().sentenceIndex());
        textInfo.set("trigger", span(event.evidence().trigger()));
        textInfo.put("quote", event.evidence().quote());
        textInfo.put("reported_by", event.evidence().reportedBy());
        node.put("cameo", event.cameo());
        node.put("goldstein", event.goldstein());
        ArrayNode aux = node.putArray("aux");
        event.aux().forEach(aux::add);
        node.put("rule", event.rule());
        EventConfidence confidence = event.provenance() == null ? null : event.provenance().confidence();
        if (confidence != null) {
            node.put("confidence", confidence.value());
        }
        if (event.provenance() != null) {
            ObjectNode provenance = node.putObject("provenance");
            provenance.put("rule_file", event.provenance().ruleFile());
            provenance.put("rule_file_sha256", event.provenance().ruleFileSha256());
            provenance.put("article_id", event.provenance().articleId());
            provenance.put("text_sha256", event.provenance().textSha256());
            provenance.put("version", event.provenance().version());
            EventDerivation derivation = event.provenance().derivation();
            if (derivation != null) {
                provenance.put("trigger_kind", derivation.triggerKind() == null ? null : derivation.triggerKind().name().toLowerCase(java.util.Locale.ROOT));
                provenance.put("actor_found_by", derivation.actorSource());
                provenance.put("recipient_found_by", derivation.recipientSource());
            }
            if (confidence != null) {
                provenance.put("confidence_model", confidence.model());
                provenance.put("confidence_model_sha256", confidence.modelSha256());
            }
            ModelFile recipientModel = event.provenance().recipientModel();
            if (recipientModel != null) {
                provenance.put("recipient_model", recipientModel.name());
                provenance.put("recipient_model_sha256", recipientModel.sha256());
            }
            if (!event.provenance().wordClassFiles().isEmpty()) {
                ArrayNode classFiles = provenance.putArray("word_class_files");
                for (ModelFile file : event.provenance().wordClassFiles()) {
                    classFiles.addObject().put("file", file.name()).put("sha256", file.sha256());
                }
            }
        }
        return node;
    }

    private ArrayNode parties(List<EventParty> parties) {
        ArrayNode array = mapper.createArrayNode();
        for (EventParty party : parties) {
            ObjectNode node = array.addObject();
            node.put("entity", party.entity());
            node.put("name", party.name());
            node.put("code", party.code());
            node.put("sector", party.sector());
            if (party.mention() != null) {
                node.put("start", party.mention().start());
                node.put("end", party.mention().end());
                node.put("text", party.mention().text());
            }
        }
        return array;
    }

    private ObjectNode location(EventLocation location) {
        if (location == null) {
            return null;
        }
        ObjectNode node = mapper.createObjectNode();
        node.put("name", location.name());
        node.put("code", location.code());
        node.put("lat", location.latitude());
        node.put("lon", location.longitude());
        if (location.mention() != null) {
            node.put("start", location.mention().start());
            node.put("end", location.mention().end());
            node.put("text", location.mention().text());
        }
        return node;
    }

    private ObjectNode span(Span span) {
        ObjectNode node = mapper.createObjectNode();
        node.put("start", span.start());
        node.put("end", span.end());
        node.put("text", span.text());
        return node;
    }
}
