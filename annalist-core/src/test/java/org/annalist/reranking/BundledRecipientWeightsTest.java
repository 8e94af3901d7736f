package org.annalist.reranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.annalist.events.Event;
import org.annalist.events.EventParty;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.PipelineFactory;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

/** The bundled reranker weights (dictionaries/events/recipient-weights.tsv) in the pipeline, on sentences written for them. */
class BundledRecipientWeightsTest {

    private static final ArticlePipeline PIPELINE = PipelineFactory.stages(PipelineFactory.UserFiles.NONE).pipeline(SharedLanguage.annotator());

    private static List<Event> events(String text) {
        return PIPELINE.code(SharedLanguage.annotate("t", " date 2025-03-06 " + text).article()).events();
    }

    private static String codes(List<EventParty> parties) {
        return String.join(",", parties.stream().map(EventParty::code).sorted().toList());
    }

    @Test
    void aRecipientTheRulesFoundAsTheObjectIsKept() {
        List<Event> accusations = events("Kenya accused Somalia on Tuesday of sheltering armed groups along the border.").stream()
                .filter(event -> event.event().equals("ACCUSE")).toList();

        assertThat(accusations).extracting(event -> codes(event.recipients()), event -> event.provenance().derivation().recipientSource())
                .containsExactly(tuple("SOM", "object"));
    }
}
