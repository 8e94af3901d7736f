/**
 * Learning the confidence model's weights from gold: which coded events the evaluation's
 * matching pairs with a gold event (the labels; {@link org.annalist.evaluation.EventScorer#matchedEvents},
 * not a second matcher), an L2-regularised logistic regression fitted by LIBLINEAR over the
 * events' features ({@link LogisticRegression}), the weights file it is written to
 * ({@link WeightsFile}), and the honest check: leave-one-gold-set-out cross-validation with the
 * filtering threshold for each held-out set chosen on the other sets only ({@link LeaveOneSetOut}).
 * Used by {@code annalist train-confidence}; nothing here runs while coding.
 */
package org.annalist.confidence.training;
