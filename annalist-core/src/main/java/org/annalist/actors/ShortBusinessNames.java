package org.annalist.actors;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * "Resolute Mining … Resolute said", "Barrick Gold … Barrick said": news calls a company by the
 * first word of its name after naming it in full. The tagger often leaves such a word untagged (it
 * is also an English word), so no phrase covers it; this reader links it to the company.
 */
final class ShortBusinessNames {

    private ShortBusinessNames() {}

    /**
     * Every proper-noun token no phrase covers, standing alone as a noun phrase (not a compound of
     * another noun, no proper noun next to it), that is the first word of the multi-word name of
     * exactly one organisation named earlier as a business (sector BUS, or no sector yet: "the British group
     * Vantage Mining"), becomes an alias mention of that organisation.
     * Two businesses sharing the first word leave it alone.
     */
    static void mention(Sentence sentence, List<ActorPhrase> phrases, Collection<EntityDraft> bodies) {
        for (Token token : sentence.tokens()) {
            int index = token.index();
            if (!token.isProperNoun() || token.text().length() < 3 || !Character.isUpperCase(token.text().codePointAt(0))
                    || phrases.stream().anyMatch(phrase -> index >= phrase.firstToken() && index < phrase.endToken())
                    || !standsAlone(sentence, index)) {
                continue;
            }
            EntityDraft business = businessStartingWith(bodies, token);
            if (business != null) {
                business.mention(new Mention(token.start(), token.end(), token.text(), sentence.index(), MentionKind.ALIAS));
            }
        }
    }

    private static boolean standsAlone(Sentence sentence, int index) {
        Optional<Dependency> arc = sentence.headArc(index);
        String relation = arc.map(Dependency::relation).orElse("");
        if (relation.equals("compound") || relation.startsWith("flat") || relation.equals("amod")) {
            return false;
        }
        boolean properBefore = index > 0 && sentence.token(index - 1).isProperNoun();
        boolean properAfter = index + 1 < sentence.tokens().size() && sentence.token(index + 1).isProperNoun();
        return !properBefore && !properAfter;
    }

    private static EntityDraft businessStartingWith(Collection<EntityDraft> bodies, Token token) {
        String word = NameWords.of(token.text()).get(0);
        EntityDraft found = null;
        for (EntityDraft draft : bodies) {
            if (!"ORGANIZATION".equals(draft.type) || draft.sector != null && !"BUS".equals(draft.sector) || draft.name == null || draft.name.isEmpty()
                    || !Character.isUpperCase(draft.name.codePointAt(0)) || draft.firstOffset() >= token.start()) {
                continue;
            }
            List<String> words = NameWords.of(draft.name);
            if (words.size() < 2 || !words.get(0).equals(word)) {
                continue;
            }
            if (found != null && found != draft) {
                return null;
            }
            found = draft;
        }
        return found;
    }
}
