package org.annalist.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.CountryName;
import org.annalist.dictionary.KnownActor;
import org.annalist.dictionary.PhraseIndex;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.dictionary.SectorPhrase;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Finds the actor phrases of a sentence that are descriptions, not names: noun phrases headed
 * by a word of the sectors dictionary — bodies and groups ("the Iranian government", "Ministry
 * of Justice", "army officers"), a country's body named only before a spokesperson ("a U.S.
 * embassy spokesperson") and definite descriptions of one person ("the Iranian official", "the
 * Azeri general" with the title mistagged).
 *
 * <p>Why a class of its own: reading a description's extent (where a capitalised body name
 * ends, whether a title is definite, the plural of a title row) is a job apart from collecting
 * names ({@link PhraseFinder}). Contract: both methods read the sentence's phrases found so far
 * (names, countries, places) and add to, or replace in, that same list; a phrase inside a name
 * other than a language-layer guess or demonym is left alone. Stateless; the dictionaries are
 * immutable.
 */
final class SectorNounPhrases {

    /** Words that carry a body's capitalised name on past its head: "Ministry of Justice", "Forum for Democratic Change". */
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "on");
    /** Tags of capitalised words that end a name rather than continue it ("the Court on Monday"). */
    private static final Set<String> NOT_NAME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL");

    private final ActorDictionaries dictionaries;

    SectorNounPhrases(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /** Adds the noun phrases headed by a sector word: bodies and groups ("the Iranian government"), and nominals ("the minister"). */
    void addNounPhrases(String text, Sentence sentence, List<ActorPhrase> phrases) {
        List<Token> tokens = sentence.tokens();
        for (Token head : tokens) {
            if (!AdjectivesAsNouns.headsNounPhrase(sentence, head) || insideName(phrases, sentence.index(), head.index())) {
                continue;
            }
            String relation = sentence.headArc(head.index()).map(Dependency::relation).orElse("");
            if (relation.equals("compound") || relation.equals("flat")) {
                bodyBeforeTitle(text, sentence, head.index(), phrases).ifPresent(phrases::add);
                continue;
            }
            int start = PhraseFinder.nounPhraseStart(sentence, head.index());
            int end = head.index() + 1;
            Optional<PhraseIndex.Match<SectorPhrase>> word = Optional.empty();
            if (Character.isUpperCase(head.text().codePointAt(0))) {
                // A capitalised body name goes on after its head: "Ministry of Justice", "Joint Chiefs of Staff".
                int nameEnd = properNameEnd(sentence, phrases, end);
                for (int first = start; first <= head.index() && word.isEmpty() && nameEnd > end; first++) {
                    word = dictionaries.sectors().index().exactly(text, tokens, first, nameEnd);
                }
                if (word.isPresent() || nameEnd > end) {
                    end = nameEnd;
                }
            }
            for (int first = start; first <= head.index() && word.isEmpty(); first++) {
                word = dictionaries.sectors().index().exactly(text, tokens, first, head.index() + 1);
            }
            if (word.isEmpty() && bodyInside(phrases, sentence.index(), start, head.index()) == null) {
                word = pluralOfTitle(text, tokens, start, head);
            }
            if (word.isEmpty()) {
                continue;
            }
            SectorPhrase sector = word.get().value();
            if (sector.kind() != SectorPhrase.Kind.ORGANISATION) {
                end = head.index() + 1;
            }
            CountryName country = countryInside(phrases, sentence, start, head.index());
            KnownActor body = bodyInside(phrases, sentence.index(), start, head.index());
            ActorPhrase phrase;
            if (sector.kind() == SectorPhrase.Kind.TITLE) {
                if (head.partOfSpeech().endsWith("S") || !isDefinite(sentence, start, head.index(), country)) {
                    continue;
                }
                phrase = new ActorPhrase(sentence.index(), start, head.index() + 1, head.index(), Category.NOMINAL,
                        country, body, null, sector, null);
            } else {
                // "the association", "their association" (the fishermen's): one body even without a sector of its own
                boolean definiteBody = sector.kind() == SectorPhrase.Kind.ORGANISATION && ActorPhrase.isArticleOrOwner(sentence.token(start));
                // "AfriForum, a group that represents farmers": a bare body word explaining a name is that name's kind
                boolean explainsName = sector.kind() == SectorPhrase.Kind.ORGANISATION && NamesInApposition.explainsName(sentence, start, head.index());
                if (sector.sector() == null && country == null && body == null && !definiteBody && !explainsName) {
                    continue;
                }
                if (sector.kind() == SectorPhrase.Kind.ORGANISATION && head.isProperNoun()) {
                    end = organisationNameEnd(phrases, sentence.index(), head.index(), end);
                }
                phrase = new ActorPhrase(sentence.index(), start, end, head.index(), Category.GROUP,
                        country, body, null, sector, null);
            }
            // A body phrase replaces CoreNLP's guess of the same words ("Iranian Armed Forces" ORGANIZATION).
            phrases.removeIf(other -> other.category() == Category.OTHER_NAME && other.overlaps(phrase));
            phrases.add(phrase);
        }
    }

    /**
     * "Gendarmes have arrested nine soldiers", "army officers seized power", "Immigration officers
     * turned back two lawyers": a plural noun with no group row of its own whose singular is a title
     * row with a sector (sectors.tsv "gendarme" COP, "army officer" MIL) is a group of those
     * office-holders, with the title's sector, as the group rows written out ("police officers",
     * "prosecutors") are. Only a title with a sector: the plural of a bare "officer" or "official"
     * says nothing of whose people they are; not with a body inside ("31 ELN commanders" are the
     * ELN's, whose sector is the body's), an owner ("the two countries' governors") or an "of" after
     * ("the presidents of Congo and Rwanda"): there the owners are the parties. The match reads as
     * the title row, marked plural.
     */
    private Optional<PhraseIndex.Match<SectorPhrase>> pluralOfTitle(String text, List<Token> tokens, int start, Token head) {
        boolean ofSomeone = head.index() + 1 < tokens.size() && tokens.get(head.index() + 1).text().equalsIgnoreCase("of");
        boolean owned = tokens.subList(start, head.index()).stream().anyMatch(token -> token.partOfSpeech().equals("POS"));
        if (!head.partOfSpeech().equals("NNS") || head.lemma() == null || head.lemma().equalsIgnoreCase(head.text()) || ofSomeone || owned) {
            return Optional.empty(); // "the presidents of Congo and Rwanda", "the two countries' central bank governors": the owners act
        }
        for (int first = start; first <= head.index(); first++) {
            StringBuilder singular = new StringBuilder();
            for (int index = first; index < head.index(); index++) {
                singular.append(text, tokens.get(index).start(), tokens.get(index).end()).append(' ');
            }
            singular.append(head.lemma());
            Optional<SectorPhrase> title = dictionaries.sectors().index().lookup(singular.toString().toLowerCase(Locale.ROOT))
                    .filter(phrase -> phrase.kind() == SectorPhrase.Kind.TITLE && phrase.sector() != null);
            if (title.isPresent()) {
                String plural = text.substring(tokens.get(first).start(), head.end()).toLowerCase(Locale.ROOT);
                return Optional.of(new PhraseIndex.Match<>(first, head.index() + 1, plural, new SectorPhrase(plural, title.get().sector(),
                        SectorPhrase.Kind.GROUP, title.get().source() + " title \"" + title.get().phrase() + "\", in the plural:")));
            }
        }
        return Optional.empty();
    }

    /**
     * "a U.S. embassy spokesperson", "a Chinese foreign ministry spokesman": a country's body named
     * only as the compound before a spokesperson word (kind mouthpiece in reference-words.tsv) is
     * a body of its own, so that the spokesperson's words can be the body's (the quotes stage) and
     * a later "the embassy" has something to refer to. Only with a country inside the phrase ("a
     * company spokesman" names no body), and only before a mouthpiece: "a Turkish defence ministry
     * official" speaks for nobody but himself, and the gold sets leave his words unattributed.
     */
    private Optional<ActorPhrase> bodyBeforeTitle(String text, Sentence sentence, int compound, List<ActorPhrase> phrases) {
        List<Token> tokens = sentence.tokens();
        int title = sentence.headArc(compound).map(Dependency::governor).orElse(Dependency.ROOT);
        Token word = tokens.get(compound);
        String titleWord = title < 0 ? "" : tokens.get(title).lemma() == null ? tokens.get(title).text() : tokens.get(title).lemma();
        if (title <= compound || word.isProperNoun() || !word.isNoun() || !tokens.get(title).namedEntityTag().equals("TITLE")
                || !dictionaries.referenceWords().is(ReferenceWords.Kind.MOUTHPIECE, titleWord.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int start = PhraseFinder.nounPhraseStart(sentence, title);
        while (start < compound && tokens.get(start).partOfSpeech().equals("DT")) {
            start++;
        }
        Optional<PhraseIndex.Match<SectorPhrase>> body = Optional.empty();
        for (int first = start; first <= compound && body.isEmpty(); first++) {
            body = dictionaries.sectors().index().exactly(text, tokens, first, compound + 1)
                    .filter(match -> match.value().kind() == SectorPhrase.Kind.ORGANISATION);
        }
        CountryName country = countryInside(phrases, sentence, start, compound);
        if (body.isEmpty() || country == null || insideName(phrases, sentence.index(), compound)) {
            return Optional.empty();
        }
        return Optional.of(new ActorPhrase(sentence.index(), start, compound + 1, compound, Category.GROUP,
                country, null, null, body.get().value(), null));
    }

    /**
     * "the Azeri general told reporters" with "general" tagged as an adjective: a definite
     * nationality word followed by a one-word title the tagger did not take for a noun is still
     * a description of one person.
     */
    void addMistaggedTitles(String text, Sentence sentence, List<ActorPhrase> phrases) {
        List<Token> tokens = sentence.tokens();
        for (ActorPhrase demonym : List.copyOf(phrases)) {
            int next = demonym.endToken();
            if (demonym.category() != Category.DEMONYM || next >= tokens.size() || tokens.get(next).isNoun()
                    || demonym.firstToken() == 0 || !tokens.get(demonym.firstToken() - 1).text().equalsIgnoreCase("the")
                    || phrases.stream().anyMatch(other -> next >= other.firstToken() && next < other.endToken())) {
                continue;
            }
            Optional<PhraseIndex.Match<SectorPhrase>> word = dictionaries.sectors().index().exactly(text, tokens, next, next + 1);
            if (word.isPresent() && word.get().value().kind() == SectorPhrase.Kind.TITLE) {
                int first = demonym.firstToken() - 1;
                phrases.remove(demonym);
                phrases.add(new ActorPhrase(sentence.index(), first, next + 1, demonym.headToken(), Category.NOMINAL,
                        demonym.country(), null, null, word.get().value(), null));
            }
        }
    }

    /**
     * Where a body's capitalised name goes on after its head word: "Ministry of Justice",
     * "Joint Chiefs of Staff", "Association of the Petroleum Industry of Kurdistan", "Forum for
     * Democratic Change", "Commission on Human Rights" — "of", "for" or "on" (and "the")
     * followed by capitalised words, stopping at a country or place the dictionaries know ("the
     * Ministry of Foreign Affairs of Iran" ends before "of Iran", which codes it) and at a date
     * ("the Constitutional Court on Monday"). Two capitalised adjectives joined by "and" stay in
     * the name ("Forum for Economic and Social Rights").
     */
    private static int properNameEnd(Sentence sentence, List<ActorPhrase> phrases, int end) {
        List<Token> tokens = sentence.tokens();
        int index = end;
        while (index < tokens.size() && NAME_CONNECTORS.contains(tokens.get(index).text())) {
            int word = index + 1;
            if (word < tokens.size() && tokens.get(word).text().equals("the")) {
                word++;
            }
            int last = word;
            while (last < tokens.size() && (nameWord(tokens.get(last)) || adjectivesJoined(tokens, last))
                    && !insideKnownPlace(phrases, sentence.index(), last)) {
                last++;
            }
            if (last == word) {
                break;
            }
            end = last;
            index = last;
        }
        return end;
    }

    private static boolean capitalised(Token token) {
        return Character.isUpperCase(token.text().codePointAt(0)) && (token.isNoun() || token.partOfSpeech().startsWith("JJ"));
    }

    /**
     * Where the language layer's organisation name holding the head ends, when it ends later than
     * the body's name read from the words: "the Tunisian Forum for Economic and Social Rights"
     * is one name to the tagger, whose extent is the better guess of the name's tail.
     */
    private static int organisationNameEnd(List<ActorPhrase> phrases, int sentence, int head, int end) {
        for (ActorPhrase other : phrases) {
            if (other.sentence() == sentence && other.category() == Category.OTHER_NAME && "ORGANIZATION".equals(other.namedType())
                    && other.firstToken() <= head && head < other.endToken() && other.endToken() > end) {
                return other.endToken();
            }
        }
        return end;
    }

    /** A capitalised word of a name, not a date or number the tagger knows ("on Monday"). */
    private static boolean nameWord(Token token) {
        return capitalised(token) && !NOT_NAME_TAGS.contains(token.namedEntityTag());
    }

    /**
     * "and" between two capitalised words of a name: "Economic and Social Rights" (two
     * adjectives, or an "and" the tagger reads inside an organisation's name). "the Ministry of
     * Defence and Interior Minister …" joins two phrases, so nouns alone do not join.
     */
    private static boolean adjectivesJoined(List<Token> tokens, int index) {
        if (!tokens.get(index).text().equals("and") || index == 0 || index + 1 >= tokens.size()
                || !nameWord(tokens.get(index - 1)) || !nameWord(tokens.get(index + 1))) {
            return false;
        }
        return tokens.get(index).namedEntityTag().equals("ORGANIZATION")
                || tokens.get(index - 1).partOfSpeech().startsWith("JJ") && tokens.get(index + 1).partOfSpeech().startsWith("JJ");
    }

    private static boolean insideKnownPlace(List<ActorPhrase> phrases, int sentence, int token) {
        return phrases.stream().anyMatch(phrase -> phrase.sentence() == sentence && token >= phrase.firstToken() && token < phrase.endToken()
                && (phrase.category() == Category.COUNTRY_NAME || phrase.category() == Category.PLACE));
    }

    private static boolean insideName(List<ActorPhrase> phrases, int sentence, int token) {
        for (ActorPhrase phrase : phrases) {
            if (phrase.sentence() == sentence && token >= phrase.firstToken() && token < phrase.endToken()
                    && phrase.category() != Category.OTHER_NAME && phrase.category() != Category.DEMONYM) {
                return true;
            }
        }
        return false;
    }

    /** "the", or a possessor, or a demonym ("Iranian President") makes a description definite. */
    private static boolean isDefinite(Sentence sentence, int start, int head, CountryName country) {
        for (int index = start; index < head; index++) {
            String word = sentence.token(index).text().toLowerCase(Locale.ROOT);
            if (word.equals("the") || word.equals("this") || word.equals("that")) {
                return true;
            }
            if (word.equals("a") || word.equals("an") || word.equals("another") || word.equals("one")) {
                return false;
            }
        }
        return sentence.dependentArcs(head).stream().anyMatch(arc -> arc.relation().equals("nmod:poss"));
    }

    private static CountryName countryInside(List<ActorPhrase> phrases, Sentence sentence, int start, int head) {
        for (ActorPhrase phrase : phrases) {
            if (phrase.sentence() == sentence.index() && phrase.country() != null
                    && phrase.firstToken() >= start && phrase.endToken() <= head) {
                return phrase.country();
            }
        }
        // "the army of Sudan", "the government of Iran"
        for (Dependency arc : sentence.dependentArcs(head)) {
            if (arc.dependent() > head && (arc.relation().equals("nmod") || arc.relation().equals("nmod:of"))
                    && sentence.dependentArcs(arc.dependent()).stream().anyMatch(
                            c -> c.relation().equals("case") && sentence.token(c.dependent()).text().equalsIgnoreCase("of"))) {
                for (ActorPhrase phrase : phrases) {
                    if (phrase.sentence() == sentence.index() && phrase.category() == Category.COUNTRY_NAME
                            && arc.dependent() >= phrase.firstToken() && arc.dependent() < phrase.endToken()) {
                        return phrase.country();
                    }
                }
            }
        }
        return null;
    }

    private static KnownActor bodyInside(List<ActorPhrase> phrases, int sentence, int start, int head) {
        for (ActorPhrase phrase : phrases) {
            if (phrase.sentence() == sentence && phrase.category() == Category.KNOWN_BODY
                    && phrase.firstToken() >= start && phrase.endToken() <= head) {
                return phrase.known();
            }
        }
        return null;
    }
}
