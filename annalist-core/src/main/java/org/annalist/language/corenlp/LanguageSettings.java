package org.annalist.language.corenlp;

import java.util.List;

/**
 * How the language layer runs. Fixed when the pipeline is built.
 *
 * @param maxSentenceTokens sentences longer than this are cut into chunks before tagging and
 *     parsing (news sentences rarely pass 80 tokens; run-ons and tables do)
 * @param fineGrainedEntities whether to add CoreNLP's fine-grained types (COUNTRY, CITY,
 *     NATIONALITY, TITLE…) on top of PERSON/ORGANIZATION/LOCATION
 * @param timeOnlyWhereTimeWords whether SUTime runs only on sentences with a digit or a time word
 *     (see {@code time-words.txt}); the others get the entity models and number rules alone
 * @param entityModels the CRF entity models, in order of precedence (CoreNLP's NORMAL combination:
 *     a later model only adds types the earlier ones do not have)
 */
public record LanguageSettings(int maxSentenceTokens, boolean fineGrainedEntities, boolean timeOnlyWhereTimeWords,
        List<String> entityModels) {

    /** Persons, organisations, places: CoreNLP's best three-class model, trained on the most data. */
    public static final String THREE_CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** Adds MONEY, PERCENT, DATE, TIME; SUTime and the number rules give those types too. */
    public static final String SEVEN_CLASS = "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";
    /** Adds MISC (nationalities, events, works…), which the fine-grained rules refine. */
    public static final String FOUR_CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /** CoreNLP's default English entity models, all three. */
    public static final List<String> ALL_ENTITY_MODELS = List.of(THREE_CLASS, SEVEN_CLASS, FOUR_CLASS);

    /**
     * The models Annalist runs by default: the seven-class model is left out because its extra
     * types (MONEY, PERCENT, DATE, TIME) come from SUTime and the number rules anyway; the scores
     * in docs/accuracy.md are unchanged without it (docs/performance.md, One machine).
     */
    public static final List<String> DEFAULT_ENTITY_MODELS = List.of(THREE_CLASS, FOUR_CLASS);

    public static final LanguageSettings DEFAULT = new LanguageSettings(120, true);

    public LanguageSettings {
        if (maxSentenceTokens < 10) {
            throw new IllegalArgumentException("maxSentenceTokens must be at least 10, was " + maxSentenceTokens);
        }
        entityModels = List.copyOf(entityModels);
        if (entityModels.isEmpty()) {
            throw new IllegalArgumentException("at least one entity model is needed");
        }
    }

    /** The default speed settings: SUTime only where time words are, {@link #DEFAULT_ENTITY_MODELS}. */
    public LanguageSettings(int maxSentenceTokens, boolean fineGrainedEntities) {
        this(maxSentenceTokens, fineGrainedEntities, true, DEFAULT_ENTITY_MODELS);
    }

    /** The CoreNLP annotators of the analysis pass, after tokenization and sentence splitting. */
    public String annotators() {
        return "pos,lemma,ner,depparse";
    }
}
