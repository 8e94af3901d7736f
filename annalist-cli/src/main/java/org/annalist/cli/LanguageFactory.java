package org.annalist.cli;

import org.annalist.language.LanguageAnnotator;
import org.annalist.language.corenlp.CoreNlpAnnotator;
import org.annalist.language.corenlp.LanguageSettings;

/**
 * Makes the language annotator a command runs with. The CLI loads CoreNLP; tests pass a factory
 * that hands out their one shared instance, so models load once per JVM.
 */
@FunctionalInterface
public interface LanguageFactory {

    LanguageAnnotator create(LanguageSettings settings);

    static LanguageFactory coreNlp() {
        return CoreNlpAnnotator::new;
    }
}
