package org.annalist.actors;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * "Pakistan Tehreek-e-Insaf (PTI), the main opposition party, …; PTI said it would …": an
 * acronym in brackets right after a body's name is that body for the rest of the article. The
 * dictionaries cannot list such acronyms for good (PTI is also the Press Trust of India); the
 * article itself says which body it means. The acronym must be the initials of the name, or a
 * word of three capital letters or more, which is the acronym of the body's name in its own
 * language ("the West Papua National Liberation Army (TPNPB)", "the National Elections Jury
 * (JNE)"); "the ministry (Monday)" or "the party (in Lahore)" is no alias. One article's state.
 */
final class Acronyms {

    private final Map<String, EntityDraft> byAcronym = new HashMap<>();
    private EntityDraft lastBody;
    private int lastSentence = -1;
    private int lastEnd = -1;

    /** Remembers the body whose name ended just now, for a bracketed acronym after it. */
    void sawBody(EntityDraft body, Sentence sentence, ActorPhrase phrase) {
        lastBody = body;
        lastSentence = sentence.index();
        lastEnd = phrase.endToken();
    }

    /**
     * The body the name abbreviates: one the article spelled out before, or the body named just
     * before this bracketed acronym (which is then remembered); else null.
     */
    EntityDraft bodyOf(Sentence sentence, ActorPhrase phrase, String name) {
        return bodyOf(sentence, phrase.firstToken(), phrase.endToken(), name);
    }

    /**
     * The same, and else the one body the article spelled out before whose name's capitalised
     * words the acronym is the initials of, brackets or not: "The Joint Chiefs of Staff said … the
     * JCS said" (news style abbreviates a body named in full a paragraph before without
     * announcing it). Three letters or more, and only one such body: "the UN" is no guess.
     */
    EntityDraft bodyOf(Sentence sentence, ActorPhrase phrase, String name, Collection<EntityDraft> drafts) {
        EntityDraft found = bodyOf(sentence, phrase, name);
        return found != null ? found : spelledOutBefore(name, drafts);
    }

    private EntityDraft spelledOutBefore(String name, Collection<EntityDraft> drafts) {
        if (!isAcronym(name)) {
            return null;
        }
        List<EntityDraft> spelled = drafts.stream()
                .filter(draft -> "ORGANIZATION".equals(draft.type) && !draft.mentions.isEmpty() && !draft.name.equals(name)
                        && isInitialsOfTrailingWords(name, draft.name))
                .distinct()
                .toList();
        if (spelled.size() != 1) {
            return null;
        }
        byAcronym.put(name, spelled.get(0));
        return spelled.get(0);
    }

    /** "JCS" of "Joint Chiefs of Staff" or of "South Korea's Joint Chiefs of Staff": the initials of the name's capitalised words, or of its last ones. */
    static boolean isInitialsOfTrailingWords(String acronym, String name) {
        String[] words = name.split("\\s+");
        for (int first = 0; first < words.length; first++) {
            if (!words[first].isEmpty() && Character.isUpperCase(words[first].codePointAt(0))
                    && isInitialsOf(acronym, String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length)))) {
                return true;
            }
        }
        return false;
    }

    /** The same for a stretch of tokens the language layer did not tag as a name ("(UDR)"). */
    EntityDraft bodyOf(Sentence sentence, int first, int end, String name) {
        EntityDraft known = byAcronym.get(name);
        if (known != null) {
            return known;
        }
        boolean bracketed = first >= 1 && end < sentence.tokens().size()
                && isOpening(sentence.token(first - 1).text()) && isClosing(sentence.token(end).text());
        if (bracketed && lastBody != null && lastSentence == sentence.index() && lastEnd == first - 1
                && "ORGANIZATION".equals(lastBody.type) && (isInitialsOf(name, lastBody.name) || isAcronym(name))) {
            byAcronym.put(name, lastBody);
            return lastBody;
        }
        return null;
    }

    /**
     * "The Union for Democratic Renewal (UDR) … UDR said": an all-capital word the language
     * layer left untagged is a mention of the body it abbreviates, when the article spelled
     * that body out with the word in brackets after it (the brackets seen by {@link #sawBody}).
     */
    void mentionUntagged(Sentence sentence, List<ActorPhrase> phrases, Collection<EntityDraft> drafts) {
        for (Token token : sentence.tokens()) {
            int index = token.index();
            String word = token.text();
            boolean covered = phrases.stream().anyMatch(p -> index >= p.firstToken() && index < p.endToken());
            // an acronym the article spelled out is its body even where the tagger takes it for a common noun ("The TPNPB accused")
            boolean spelledOut = byAcronym.containsKey(word) && token.isNoun();
            if (covered || !token.isProperNoun() && !spelledOut || word.length() < 2 || !word.equals(word.toUpperCase(Locale.ROOT))) {
                continue;
            }
            EntityDraft body = bodyOf(sentence, index, index + 1, word);
            if (body == null && token.isProperNoun()) {
                body = spelledOutBefore(word, drafts);
            }
            if (body != null) {
                body.mention(new Mention(token.start(), token.end(), word, sentence.index(), MentionKind.ALIAS));
            }
        }
    }

    /** "PTI" of "Pakistan Tehreek-e-Insaf" (capitalised words and hyphen parts), "UNHCR" of … only when they match. */
    static boolean isInitialsOf(String acronym, String name) {
        if (acronym.length() < 2 || !acronym.equals(acronym.toUpperCase(Locale.ROOT)) || !acronym.chars().allMatch(Character::isLetter)) {
            return false;
        }
        StringBuilder capitals = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (String word : name.split("[\\s\\-]+")) {
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
                continue;
            }
            all.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            if (Character.isUpperCase(word.codePointAt(0))) {
                capitals.appendCodePoint(word.codePointAt(0));
            }
        }
        return acronym.contentEquals(capitals) || acronym.contentEquals(all);
    }

    /** "TPNPB", "JNE": three capital letters or more, an acronym whatever language it abbreviates. */
    static boolean isAcronym(String word) {
        return word.length() >= 3 && word.chars().allMatch(letter -> Character.isLetter(letter) && Character.isUpperCase(letter));
    }

    private static boolean isOpening(String token) {
        return token.equals("(") || token.equals("-LRB-");
    }

    private static boolean isClosing(String token) {
        return token.equals(")") || token.equals("-RRB-");
    }
}
