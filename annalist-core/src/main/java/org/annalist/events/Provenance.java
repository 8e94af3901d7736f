package org.annalist.events;

import java.util.List;

/**
 * Where an event came from, enough to reproduce it: the pattern file (and its exact version),
 * the article (and its exact text), and the software.
 *
 * @param ruleFile the pattern file the rule is in ("events/patterns.tsv" or a user path)
 * @param ruleFileSha256 SHA-256 of that file's bytes
 * @param articleId the article's id
 * @param textSha256 SHA-256 of the article text all offsets refer to
 * @param version the Annalist version that coded it
 * @param derivation how the trigger and the parties were found, or null for events built by hand
 * @param confidence the confidence model's estimate that the event is right, or null when no model scored it
 * @param recipientModel the recipient reranker's weights file that judged the event's recipient
 *        (docs/events.md, "Recipient reranking"), whether it kept the rules' choice or replaced it;
 *        null when no reranker ran
 * @param wordClassFiles the word-class files the rule's trigger also depends on ({@code <class>} in the
 *        trigger, events/word-classes.tsv and any user class file); empty when it names no class
 */
public record Provenance(String ruleFile, String ruleFileSha256, String articleId, String textSha256, String version,
        EventDerivation derivation, EventConfidence confidence, ModelFile recipientModel, List<ModelFile> wordClassFiles) {

    public Provenance {
        wordClassFiles = wordClassFiles == null ? List.of() : List.copyOf(wordClassFiles);
    }

    /** Provenance of a rule that names no word class, before any recipient reranker judged it. */
    public Provenance(String ruleFile, String ruleFileSha256, String articleId, String textSha256, String version,
            EventDerivation derivation, EventConfidence confidence) {
        this(ruleFile, ruleFileSha256, articleId, textSha256, version, derivation, confidence, null, List.of());
    }

    /** Provenance without a derivation or a confidence: for hand-built events in tests and tools. */
    public Provenance(String ruleFile, String ruleFileSha256, String articleId, String textSha256, String version) {
        this(ruleFile, ruleFileSha256, articleId, textSha256, version, null, null);
    }

    /** The same provenance with the confidence model's estimate. */
    public Provenance withConfidence(EventConfidence estimate) {
        return new Provenance(ruleFile, ruleFileSha256, articleId, textSha256, version, derivation, estimate, recipientModel, wordClassFiles);
    }

    /** The same provenance with another derivation (a reranked recipient's source) and the reranker's weights file. */
    public Provenance withRecipientReranking(EventDerivation reranked, ModelFile model) {
        return new Provenance(ruleFile, ruleFileSha256, articleId, textSha256, version, reranked, confidence, model, wordClassFiles);
    }
}
