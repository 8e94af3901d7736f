package org.annalist.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.dictionary.SectorPhrase;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Finds the words around a person's name that hold their title. Three places hold one: the rank
 * or office written before the name and attached to it ("Brigadier General Mohammad-Reza
 * Ashtiani", "Iran's foreign minister X"); an office in apposition before it, ending with a comma
 * ("Deputy Chief of Staff of the Iranian Armed Forces, Brigadier General …"); and an office in
 * apposition after it ("X, the foreign minister, said"), or a body the person heads told in a
 * relative clause ("X, who heads the Houthi prisoners committee,"). An apposition is kept only
 * when it holds a title word and names no other person.
 */
final class TitleSpanFinder {

    private static final Set<String> STOP_WORDS = Set.of(",", ";", ":", "``", "''", "-LRB-", "-RRB-", ".", "and", "or", "but", "who", "whose", "which");
    private static final int LONGEST_APPOSITION = 16;

    private final ActorDictionaries dictionaries;

    TitleSpanFinder(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /**
     * The title spans of one name.
     *
     * @param all the apposition before the name, the one after it, then the rank before it, each
     *     when present, in the order their words are trusted
     * @param rank the rank or office attached before the name, null when there is none
     */
    record TitleSpans(List<TitleSpan> all, TitleSpan rank) {

        TitleSpans {
            all = List.copyOf(all);
        }

        boolean isEmpty() {
            return all.isEmpty();
        }
    }

    /** The spans around {@code name} that may hold its title; empty when no words describe the person. */
    TitleSpans find(String text, Sentence sentence, ActorPhrase name, List<ActorPhrase> phrases) {
        int rankStart = bodyBeforeRank(phrases, rankStart(sentence, name), name);
        TitleSpan before = appositionBefore(text, sentence, rankStart, phrases);
        TitleSpan after = appositionAfter(text, sentence, name.endToken(), phrases);
        List<TitleSpan> spans = new ArrayList<>();
        if (before != null) {
            spans.add(before);
        }
        if (after != null) {
            spans.add(after);
        }
        TitleSpan rank = null;
        if (rankStart < name.firstToken()) {
            rank = new TitleSpan(rankStart, name.firstToken());
            spans.add(rank);
        }
        return new TitleSpans(spans, rank);
    }

    /**
     * "Organization of American States Secretary General Albert Ramdin": a dictionary body whose
     * name runs into the office before the name, or ends right where it starts, is the office's
     * body, whatever part of its name the parse left out of the noun phrase.
     */
    private static int bodyBeforeRank(List<ActorPhrase> phrases, int rankStart, ActorPhrase name) {
        if (rankStart >= name.firstToken()) {
            return rankStart; // no office before the name: a body right before it is another actor
        }
        for (ActorPhrase phrase : phrases) {
            boolean body = phrase.category() == Category.KNOWN_BODY && phrase.known() != null && !phrase.known().isPerson();
            if (body && phrase.firstToken() < rankStart && phrase.endToken() >= rankStart) {
                return phrase.firstToken();
            }
        }
        return rankStart;
    }

    /** The first word of the rank or office attached before the name ("Brigadier General", "Iranian President"). */
    private static int rankStart(Sentence sentence, ActorPhrase name) {
        int start = name.firstToken();
        for (int index = name.firstToken(); index < name.endToken(); index++) {
            for (Dependency arc : sentence.dependentArcs(index)) {
                if (arc.dependent() < name.firstToken() && !arc.relation().equals("det")
                        && (arc.relation().equals("compound") || arc.relation().equals("amod") || arc.relation().equals("nmod:poss"))) {
                    start = Math.min(start, PhraseFinder.nounPhraseStart(sentence, arc.dependent()));
                }
            }
        }
        // "his Iranian counterpart Mohammad Reza Ashtiani": a common noun right before the name
        // and joined to it in the parse describes the person, whichever way the arc points.
        int before = name.firstToken() - 1;
        if (before >= 0 && sentence.token(before).isNoun() && !sentence.token(before).isProperNoun()
                && (sentence.headArc(name.headToken()).map(Dependency::governor).orElse(Dependency.ROOT) == before
                        || insideName(sentence.headArc(before).map(Dependency::governor).orElse(Dependency.ROOT), name))) {
            start = Math.min(start, PhraseFinder.nounPhraseStart(sentence, before));
        }
        // "Qatar's Minister of State Mohammed Al-Khulaifi": the parse may hang the name on an
        // office with an "of" phrase written right before it; the office is the name's title.
        int governor = sentence.headArc(name.headToken()).map(Dependency::governor).orElse(Dependency.ROOT);
        if (governor >= 0 && governor < name.firstToken() && sentence.token(governor).namedEntityTag().equals("TITLE")
                && java.util.stream.IntStream.range(governor + 1, name.firstToken())
                        .allMatch(index -> sentence.token(index).isNoun() || sentence.token(index).partOfSpeech().equals("IN"))) {
            start = Math.min(start, PhraseFinder.nounPhraseStart(sentence, governor));
        }
        // CoreNLP's TITLE words directly before the name, whatever the parse says.
        while (start > 0 && sentence.token(start - 1).namedEntityTag().equals("TITLE")) {
            start--;
        }
        while (start < name.firstToken() && (sentence.token(start).partOfSpeech().equals("DT") || sentence.token(start).partOfSpeech().equals("PRP$"))) {
            start++;
        }
        return start;
    }

    private static boolean insideName(int token, ActorPhrase name) {
        return token >= name.firstToken() && token < name.endToken();
    }

    /** "Deputy Chief of Staff of the Iranian Armed Forces, [Brigadier General] Name". */
    private TitleSpan appositionBefore(String text, Sentence sentence, int rankStart, List<ActorPhrase> phrases) {
        if (rankStart < 2 || !sentence.token(rankStart - 1).text().equals(",")) {
            return null;
        }
        int end = rankStart - 1;
        int start = end;
        while (start > 0 && end - start < LONGEST_APPOSITION) {
            Token previous = sentence.token(start - 1);
            // "A commander of the al Qaeda-linked JNIM group, Name,": a participle modifying a noun is part of the office
            if (STOP_WORDS.contains(previous.text().toLowerCase(Locale.ROOT)) || STOP_WORDS.contains(previous.partOfSpeech())
                    || previous.isVerb() && !adjectival(sentence, start - 1) || previous.isPronoun()) {
                break;
            }
            start--;
        }
        return holdsTitle(text, sentence, start, end, phrases) ? new TitleSpan(start, end) : null;
    }

    /** "Name, the foreign minister, said", "Name, a spokesman for Hamas, said". */
    private TitleSpan appositionAfter(String text, Sentence sentence, int nameEnd, List<ActorPhrase> phrases) {
        if (nameEnd + 1 >= sentence.tokens().size() || !sentence.token(nameEnd).text().equals(",")) {
            return null;
        }
        int start = nameEnd + 1;
        if (headingClause(sentence, start)) {
            return officeInRelativeClause(sentence, start + 1, phrases);
        }
        int end = start;
        while (end < sentence.tokens().size() && end - start < LONGEST_APPOSITION) {
            Token next = sentence.token(end);
            if (STOP_WORDS.contains(next.text().toLowerCase(Locale.ROOT)) || STOP_WORDS.contains(next.partOfSpeech())
                    || (next.isVerb() && !next.partOfSpeech().equals("VBN") && !adjectival(sentence, end)) || next.partOfSpeech().equals("MD")) {
                break;
            }
            end++;
        }
        if (end == start || end >= sentence.tokens().size()) {
            return null;
        }
        boolean relativeClause = Set.of("who", "whose").contains(sentence.token(end).text().toLowerCase(Locale.ROOT))
                || participleOnOffice(sentence, start, end);
        if (!sentence.token(end).text().equals(",") && !sentence.token(end).text().equals(".") && !(relativeClause && placed(start, end, phrases))) {
            return null;
        }
        return holdsTitle(text, sentence, start, end, phrases) ? new TitleSpan(start, end) : null;
    }

    /**
     * "Name, a Nigerien onion exporter waiting in Gaya, said": a participle that modifies the
     * office's noun opens a reduced relative clause on it, which ends the office as "who" does.
     */
    private static boolean participleOnOffice(Sentence sentence, int start, int end) {
        return sentence.token(end).partOfSpeech().equals("VBG") && sentence.headArc(end)
                .filter(arc -> arc.relation().startsWith("acl") && arc.governor() >= start && arc.governor() < end).isPresent();
    }

    /** "X, who heads …": a relative clause right after the name whose verb gives an office (reference-words.tsv, kind heading). */
    private boolean headingClause(Sentence sentence, int who) {
        if (who + 2 >= sentence.tokens().size() || !sentence.token(who).text().equalsIgnoreCase("who")) {
            return false;
        }
        Token verb = sentence.token(who + 1);
        String lemma = (verb.lemma() == null ? verb.text() : verb.lemma()).toLowerCase(Locale.ROOT);
        return verb.isVerb() && dictionaries.referenceWords().is(ReferenceWords.Kind.HEADING, lemma);
    }

    /**
     * "Abdulqader al-Murtada, who heads the Houthi prisoners committee, said": the body a person
     * heads, told only in a relative clause, is their office; read from the verb to the clause's
     * end when the body it names is coded (a named body, a country or its people, a place), so
     * that a dateline of the mediating capital does not decide. "who leads the talks" names none.
     */
    private static TitleSpan officeInRelativeClause(Sentence sentence, int verb, List<ActorPhrase> phrases) {
        int end = verb + 1;
        while (end < sentence.tokens().size() && end - verb < LONGEST_APPOSITION) {
            Token next = sentence.token(end);
            if (STOP_WORDS.contains(next.text().toLowerCase(Locale.ROOT)) || next.isVerb() || next.partOfSpeech().equals("MD")) {
                break;
            }
            end++;
        }
        int last = end;
        boolean coded = phrases.stream().anyMatch(phrase -> phrase.firstToken() > verb && phrase.endToken() <= last
                && (phrase.known() != null && !phrase.known().isPerson() || namesCountryOrPlace(phrase)));
        return coded ? new TitleSpan(verb, end) : null;
    }

    /**
     * "Name, a Venezuelan opposition politician who lives in Washington, said", "a former mayor of
     * the Chacao district who": an office ending where a relative clause on it begins is read when
     * it names a country or a place, whose words say whose office it is wherever the person now
     * lives; a bare "a trader who fled", "a blogger for <outlet> who" stays unread.
     */
    private static boolean placed(int start, int end, List<ActorPhrase> phrases) {
        return phrases.stream().anyMatch(phrase -> phrase.firstToken() >= start && phrase.endToken() <= end && namesCountryOrPlace(phrase));
    }

    /** A place, a country's name or its demonym: words that say whose an office is. */
    private static boolean namesCountryOrPlace(ActorPhrase phrase) {
        return phrase.category() == Category.PLACE || phrase.category() == Category.DEMONYM || phrase.category() == Category.COUNTRY_NAME;
    }

    /** "the cooperative's managing director", "the acting governor": a participle used as an adjective is part of the office. */
    private static boolean adjectival(Sentence sentence, int token) {
        return sentence.headArc(token).map(arc -> arc.relation().equals("amod")).orElse(false);
    }

    /**
     * Whether a span is an office: it holds a title word and names no person. A lone word the
     * language layer took for a person's name while it modifies the office ("the group's senior
     * Sahel researcher") is the office's region, not a person.
     */
    private boolean holdsTitle(String text, Sentence sentence, int start, int end, List<ActorPhrase> phrases) {
        for (ActorPhrase phrase : phrases) {
            if (phrase.category() == Category.PERSON_NAME && phrase.firstToken() < end && phrase.endToken() > start
                    && !modifiesOffice(sentence, phrase, end) && !(phrase.firstToken() >= start && TitlePossessor.possessorIn(sentence, phrase, end))) {
                return false;
            }
        }
        for (int index = start; index < end; index++) {
            if (sentence.token(index).namedEntityTag().equals("TITLE")) {
                return true;
            }
        }
        return dictionaries.sectors().index().findAll(text, sentence.tokens(), start, end).stream()
                .anyMatch(match -> match.value().kind() == SectorPhrase.Kind.TITLE);
    }

    /** Whether a one-word name is a compound modifier of a later title word inside the span. */
    private static boolean modifiesOffice(Sentence sentence, ActorPhrase name, int end) {
        if (name.endToken() - name.firstToken() != 1) {
            return false;
        }
        return sentence.headArc(name.firstToken()).filter(arc -> arc.relation().equals("compound") && arc.governor() > name.firstToken()
                && arc.governor() < end && sentence.token(arc.governor()).namedEntityTag().equals("TITLE")).isPresent();
    }
}
