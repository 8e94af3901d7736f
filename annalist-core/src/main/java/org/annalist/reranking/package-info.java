/**
 * Recipient reranking, after the events and before the confidence: each event's candidate
 * recipients ({@link org.annalist.reranking.RecipientCandidates}: the rules' choice, none, the
 * coded parties of its sentence and the two before), their features
 * ({@link org.annalist.reranking.RecipientFeatures}), the learnt weights as data
 * ({@link org.annalist.reranking.RecipientModel}, dictionaries/events/recipient-weights.tsv) and
 * the stage that replaces the rules' recipient when another candidate wins by the model's margin
 * ({@link org.annalist.reranking.RecipientReranking}).
 */
package org.annalist.reranking;
