package org.annalist.reranking.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.annalist.evaluation.EventScorer;
import org.annalist.evaluation.GoldArticle;
import org.annalist.events.Event;
import org.annalist.pipeline.CodedArticle;
import org.annalist.reranking.RecipientCandidate;
import org.annalist.reranking.RecipientCandidates;
import org.annalist.reranking.RecipientFeatures;

/**
 * One coded event to learn the recipient from: the features of each of its candidates (the rules'
 * choice first) and which candidates give the recipient codes of the gold event the evaluation
 * pairs it with on type and actor.
 *
 * @param set the gold set (the fold of cross-validation)
 * @param features per candidate, its features
 * @param positive per candidate, whether its codes are the gold recipient's
 */
public record RecipientExample(String set, List<List<String>> features, List<Boolean> positive) {

    public RecipientExample {
        features = features.stream().map(List::copyOf).toList();
        positive = List.copyOf(positive);
    }

    /** The events of a coded gold article that have a gold partner on type and actor and more than one candidate. */
    public static List<RecipientExample> of(String set, List<GoldArticle.Event> gold, CodedArticle coded, UnaryOperator<String> asGoldCode) {
        int[] partners = EventScorer.goldPartnersIgnoringRecipients(gold, coded.events(), asGoldCode);
        RecipientCandidates candidates = new RecipientCandidates(coded.entities());
        RecipientFeatures features = new RecipientFeatures(coded.entities(), coded.events());
        List<RecipientExample> examples = new ArrayList<>();
        for (int i = 0; i < partners.length; i++) {
            if (partners[i] < 0) {
                continue;
            }
            Event event = coded.events().get(i);
            List<RecipientCandidate> list = candidates.of(event);
            if (list.size() < 2) {
                continue;
            }
            Set<String> wanted = new TreeSet<>();
            gold.get(partners[i]).recipients().forEach(party -> wanted.add(party.code()));
            List<List<String>> featureLists = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            for (RecipientCandidate candidate : list) {
                featureLists.add(features.of(event, candidate, list.size()));
                Set<String> codes = new TreeSet<>();
                candidate.codes().forEach(code -> {
                    String goldCode = asGoldCode.apply(code);
                    if (goldCode != null) {
                        codes.add(goldCode);
                    }
                });
                labels.add(codes.equals(wanted));
            }
            examples.add(new RecipientExample(set, featureLists, labels));
        }
        return examples;
    }

    /** Whether the rules' choice (the first candidate) is right. */
    public boolean ruleRight() {
        return positive.get(0);
    }
}
