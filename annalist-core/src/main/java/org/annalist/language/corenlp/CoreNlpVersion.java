package org.annalist.language.corenlp;

/** The CoreNLP release the models come from; kept in step with the pom's corenlp.version. */
final class CoreNlpVersion {
    static final String VERSION = "4.5.10";

    private CoreNlpVersion() {}
}
