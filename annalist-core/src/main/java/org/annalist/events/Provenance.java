package org.annalist.events;

/**
 * Where an event came from, enough to reproduce it: the pattern file (and its exact version),
 * the article (and its exact text), and the software.
 *
 * @param ruleFile the pattern file the rule is in ("events/patterns.tsv" or a user path)
 * @param ruleFileSha256 SHA-256 of that file's bytes
 * @param articleId the article's id
 * @param textSha256 SHA-256 of the article text all offsets refer to
 * @param version the Annalist version that coded it
 */
public record Provenance(String ruleFile, String ruleFileSha256, String articleId, String textSha256, String version) {}
