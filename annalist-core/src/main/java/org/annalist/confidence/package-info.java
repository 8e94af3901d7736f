/**
 * How far to trust each coded event: a logistic model over what the coder already knows about
 * how it found the event (the rule, the event type, the path that filled the actor and the
 * recipient, the kind of mention each was, the modality marks, whether it was reported in a
 * quotation, where the sentence stands in the article, how many events the sentence gave).
 *
 * <p>The weights are data: {@code dictionaries/events/confidence-weights.tsv}, one readable row
 * per feature with the number of training events that had it, written by
 * {@code annalist train-confidence} ({@link org.annalist.confidence.training}) from the gold
 * sets. {@link EventFeatures} names the features, {@link ConfidenceModel} loads and checks the
 * weights and turns features into a probability, and {@link ConfidenceScoring} is the pipeline
 * stage that adds the estimate to each event's provenance. The stage changes no event: it only
 * says how likely each is to be right, measured against gold by leave-one-gold-set-out
 * cross-validation (docs/accuracy-confidence.md).
 */
package org.annalist.confidence;
