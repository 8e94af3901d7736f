/**
 * Learning the recipient reranker from gold: the training events and their labelled candidates
 * ({@link org.annalist.reranking.training.RecipientExample}), the logistic regression over them
 * ({@link org.annalist.reranking.training.RecipientTrainer}, LIBLINEAR as for the confidence), and
 * leave-one-gold-set-out cross-validation of the recipients fixed and broken
 * ({@link org.annalist.reranking.training.RecipientCrossValidation}). Used by
 * {@code annalist train-recipients}; nothing here runs while coding.
 */
package org.annalist.reranking.training;
