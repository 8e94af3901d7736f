package org.annalist.reranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.actors.MentionKind;
import org.annalist.confidence.ConfidenceModel;
import org.annalist.dictionary.DictionaryException;
import org.annalist.events.Event;
import org.annalist.events.EventDerivation;
import org.annalist.events.EventParty;
import org.annalist.events.Evidence;
import org.annalist.events.ModelFile;
import org.annalist.events.Provenance;
import org.annalist.events.Span;
import org.annalist.events.TriggerPath;
import org.annalist.events.TriggerRelations;
import org.annalist.events.patterns.TriggerKind;
import org.junit.jupiter.api.Test;

class RecipientRerankingTest {

    // sentences 0, 1, 2: Chile's envoy met Peruvian officials; Bolivia watched; later Santiago protested strongly.
    private static final String TEXT = "Chile's envoy met Peruvian officials in Lima. Bolivia watched the talks closely. "
            + "Later Santiago protested strongly to the United Nations.";

    private static Span span(String word) {
        int start = TEXT.indexOf(word);
        return new Span(start, start + word.length(), word);
    }

    private static Mention mention(String word, int sentence, MentionKind kind) {
        Span span = span(word);
        return new Mention(span.start(), span.end(), word, sentence, kind);
    }

    private static final List<Entity> ENTITIES = List.of(
            new Entity("e1", "Chile", "COUNTRY", "CHL", null, null,
                    List.of(mention("Chile", 0, MentionKind.NAME), mention("Santiago", 2, MentionKind.METONYM)), "test"),
            new Entity("e2", "Peru", "COUNTRY", "PER", "GOV", null,
                    List.of(mention("Peruvian", 0, MentionKind.DEMONYM), mention("Lima", 0, MentionKind.NAME)), "test"),
            new Entity("e3", "Bolivia", "COUNTRY", "BOL", null, null, List.of(mention("Bolivia", 1, MentionKind.NAME)), "test"),
            new Entity("e4", "United Nations", "ORGANIZATION", "UNO", null, null, List.of(mention("United Nations", 2, MentionKind.NAME)), "test"));

    private static final Event PROTEST = new Event("v1", LocalDate.of(2025, 3, 1), "ACCUSE", null, List.of(),
            List.of(new EventParty("e1", "Chile", "CHL", null, span("Santiago"))), List.of(), null, 2, -2, "111", -2, List.of(),
            new Evidence(2, "Later Santiago protested strongly to the United Nations.", span("protested"), null, null), "accuse.protest",
            new Provenance("events/patterns.tsv", "0".repeat(64), "a1", "0".repeat(64), "test",
                    new EventDerivation(TriggerKind.VERB, "subject", null), null));

    private static RecipientModel model(double margin, ConfidenceModel.Weight... weights) {
        List<ConfidenceModel.Weight> rows = new java.util.ArrayList<>(List.of(weights));
        rows.add(new ConfidenceModel.Weight(RecipientModel.MARGIN, margin, 0));
        return RecipientModel.of("test", "0".repeat(64), rows);
    }

    @Test
    void offersTheRulesChoiceThenTheNearbyPartiesOtherThanTheActorNearestFirst() {
        List<RecipientCandidate> candidates = new RecipientCandidates(ENTITIES).of(PROTEST);

        assertThat(candidates).extracting(RecipientCandidate::kind).containsExactly(RecipientCandidate.Kind.RULE,
                RecipientCandidate.Kind.NEARBY, RecipientCandidate.Kind.NEARBY, RecipientCandidate.Kind.NEARBY);
        assertThat(candidates.get(0).parties()).isEmpty();
        assertThat(candidates.subList(1, 4)).extracting(RecipientCandidate::codes)
                .containsExactly(java.util.Set.of("UNO"), java.util.Set.of("BOL"), java.util.Set.of("PER"));
        assertThat(candidates.subList(1, 4)).extracting(RecipientCandidate::sentenceDistance).containsExactly(0, 1, 2);
    }

    @Test
    void namesTheCandidatesFeaturesJoinedWithItsClass() {
        List<RecipientCandidate> candidates = new RecipientCandidates(ENTITIES).of(PROTEST);
        RecipientFeatures features = new RecipientFeatures(ENTITIES, List.of(PROTEST));

        assertThat(features.of(PROTEST, candidates.get(0), candidates.size())).containsExactly("candidate=none",
                "rule path and candidate=none | rule", "type and candidate=ACCUSE | rule", "rule and candidate=accuse.protest | rule",
                "candidates and candidate=4 | rule");
        assertThat(features.of(PROTEST, candidates.get(1), candidates.size())).contains("candidate=nearby", "distance=0 | nearby",
                "entity=organization | nearby", "body=non-state | nearby", "side=after | nearby", "characters=under 60 | nearby",
                "type and entity=ACCUSE | organization", "previous event=no previous | nearby");
    }

    @Test
    void aPartyOfTheSameSentenceIsDescribedByTheShapeOfItsPathFromTheTriggerAndItsFirstArc() {
        Provenance provenance = PROTEST.provenance();
        TriggerRelations relations = new TriggerRelations(java.util.Map.of(span("United").start(), TriggerPath.down("obl:to")));
        Event withRelations = PROTEST.withProvenance(new Provenance(provenance.ruleFile(), provenance.ruleFileSha256(),
                provenance.articleId(), provenance.textSha256(), provenance.version(),
                new EventDerivation(TriggerKind.VERB, "subject", null, null, relations), null));
        List<RecipientCandidate> candidates = new RecipientCandidates(ENTITIES).of(withRelations);
        RecipientFeatures features = new RecipientFeatures(ENTITIES, List.of(withRelations));

        assertThat(features.of(withRelations, candidates.get(1), candidates.size()))
                .contains("relation=one down | nearby", "relation arc=obl | nearby");
        // a party of an earlier sentence has no path from the trigger
        assertThat(features.of(withRelations, candidates.get(2), candidates.size())).noneMatch(feature -> feature.startsWith("relation"));
    }

    @Test
    void replacesTheRulesRecipientOnlyWhenAnotherCandidateWinsByMoreThanTheMargin() {
        RecipientModel prefersBodies = model(1.0, new ConfidenceModel.Weight("body=non-state | nearby", 2.5, 10));

        Event reranked = new RecipientReranking(prefersBodies).rerank(List.of(PROTEST), ENTITIES).get(0);

        assertThat(reranked.recipients()).extracting(EventParty::code).containsExactly("UNO");
        assertThat(reranked.provenance().derivation().recipientSource()).isEqualTo("reranked: party of the same sentence (rules: none)");
        assertThat(reranked.actors()).isEqualTo(PROTEST.actors());

        RecipientModel cautious = model(3.0, new ConfidenceModel.Weight("body=non-state | nearby", 2.5, 10));
        Event kept = new RecipientReranking(cautious).rerank(List.of(PROTEST), ENTITIES).get(0);
        assertThat(kept.recipients()).isEmpty();
        assertThat(kept.provenance().derivation()).isEqualTo(PROTEST.provenance().derivation());
    }

    @Test
    void everyJudgedEventNamesTheWeightsFileAndItsHashWhetherKeptOrReplaced() {
        List<ConfidenceModel.Weight> rows = List.of(new ConfidenceModel.Weight("body=non-state | nearby", 2.5, 10),
                new ConfidenceModel.Weight(RecipientModel.MARGIN, 1.0, 0));
        RecipientModel replacing = RecipientModel.of("my-weights.tsv", "ab".repeat(32), rows);
        RecipientModel keeping = RecipientModel.of("my-weights.tsv", "cd".repeat(32),
                List.of(new ConfidenceModel.Weight(RecipientModel.MARGIN, 1.0, 0)));

        Event replaced = new RecipientReranking(replacing).rerank(List.of(PROTEST), ENTITIES).get(0);
        Event kept = new RecipientReranking(keeping).rerank(List.of(PROTEST), ENTITIES).get(0);

        assertThat(PROTEST.provenance().recipientModel()).isNull();
        assertThat(replaced.provenance().recipientModel()).isEqualTo(new ModelFile("my-weights.tsv", "ab".repeat(32)));
        assertThat(kept.provenance().recipientModel()).isEqualTo(new ModelFile("my-weights.tsv", "cd".repeat(32)));
        assertThat(kept.recipients()).isEmpty();
        // the confidence stage keeps the reranker's file
        assertThat(replaced.provenance().withConfidence(new org.annalist.events.EventConfidence(0.5, "c.tsv", "ef".repeat(32)))
                .recipientModel()).isEqualTo(replaced.provenance().recipientModel());
    }

    @Test
    void aWeightsFileWithoutTheMarginIsRefused() {
        assertThatThrownBy(() -> RecipientModel.of("test.tsv", "0".repeat(64), List.of(new ConfidenceModel.Weight("bias", 0.1, 3))))
                .isInstanceOf(DictionaryException.class).hasMessageContaining("margin");
    }

    @Test
    void theBundledWeightsLoad() {
        RecipientModel bundled = RecipientModel.bundled();
        assertThat(bundled.margin()).isGreaterThanOrEqualTo(0);
        // the rules' own choice is favoured over no recipient, as the training data says
        assertThat(bundled.score(java.util.List.of("bias", "candidate=rule"))).isGreaterThan(bundled.score(java.util.List.of("bias", "candidate=none")));
        assertThat(bundled.sha256()).hasSize(64);
    }
}
