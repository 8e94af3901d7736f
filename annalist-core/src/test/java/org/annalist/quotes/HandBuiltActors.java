package org.annalist.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.actors.MentionKind;

/** Builds an ActorAnalysis by hand: an entity is mentioned at every whole-word occurrence of its forms. */
final class HandBuiltActors {

    private final String text;
    private final List<Entity> entities = new ArrayList<>();

    HandBuiltActors(String text) {
        this.text = text;
    }

    /** A person whose mentions are all occurrences of the forms ("Haddad", "the minister", "she"). */
    HandBuiltActors entity(String name, String... forms) {
        return entity(name, "PERSON", null, forms);
    }

    /** An entity of a type whose mentions are all of one kind (null: NAME when capitalised, else PRONOUN). */
    HandBuiltActors entity(String name, String type, MentionKind kind, String... forms) {
        List<Mention> mentions = new ArrayList<>();
        for (String form : forms) {
            Matcher matcher = Pattern.compile("\\b" + Pattern.quote(form) + "\\b").matcher(text);
            while (matcher.find()) {
                mentions.add(new Mention(matcher.start(), matcher.end(), form, 0,
                        kind != null ? kind : Character.isUpperCase(form.charAt(0)) ? MentionKind.NAME : MentionKind.PRONOUN));
            }
        }
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("no mention of " + name + " in the text");
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        entities.add(new Entity("e" + (entities.size() + 1), name, type, null, null, null, mentions, "hand-built"));
        return this;
    }

    ActorAnalysis build() {
        return new ActorAnalysis(entities);
    }
}
