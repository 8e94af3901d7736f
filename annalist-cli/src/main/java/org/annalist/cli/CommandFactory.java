package org.annalist.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Builds commands, giving those that code articles the language factory they need. */
final class CommandFactory implements CommandLine.IFactory {

    private final LanguageFactory languages;

    CommandFactory(LanguageFactory languages) {
        this.languages = languages;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            Constructor<K> withLanguages = type.getDeclaredConstructor(LanguageFactory.class);
            withLanguages.setAccessible(true);
            return withLanguages.newInstance(languages);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
