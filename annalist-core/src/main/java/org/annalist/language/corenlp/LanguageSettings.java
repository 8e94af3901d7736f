package org.annalist.language.corenlp;

/**
 * How the language layer runs. Fixed when the pipeline is built.
 *
 * @param maxSentenceTokens sentences longer than this are cut into chunks before tagging and
 *     parsing (news sentences rarely pass 80 tokens; run-ons and tables do)
 * @param fineGrainedEntities whether to add CoreNLP's fine-grained types (COUNTRY, CITY,
 *     NATIONALITY, TITLE…) on top of PERSON/ORGANIZATION/LOCATION
 */
public record LanguageSettings(int maxSentenceTokens, boolean fineGrainedEntities) {

    public static final LanguageSettings DEFAULT = new LanguageSettings(120, true);

    public LanguageSettings {
        if (maxSentenceTokens < 10) {
            throw new IllegalArgumentException("maxSentenceTokens must be at least 10, was " + maxSentenceTokens);
        }
    }

    /** The CoreNLP annotators of the analysis pass, after tokenization and sentence splitting. */
    public String annotators() {
        return "pos,lemma,ner,depparse";
    }
}
