package org.annalist.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.CountryName;
import org.annalist.dictionary.PhraseIndex;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.dictionary.SectorPhrase;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Reads a person's title, country and sector from the words around their name.
 *
 * <p>Three places hold them: the rank or office written before the name and attached to it
 * ("Brigadier General Mohammad-Reza Ashtiani", "Iranian President X", "Iran's foreign minister
 * X"); an office in apposition before it, ending with a comma ("Deputy Chief of Staff of the
 * Iranian Armed Forces, Brigadier General …"); and an office in apposition after it ("X, the
 * foreign minister, said"). The title is the office, then the rank, joined by ", "; leading
 * articles, nationality words and possessors are left out of it. The country is the first
 * country word, nationality word or coded body in the office then the rank; the sector is the
 * first sector keyword with a sector in them: a title word ("foreign minister" GOV, "general"
 * MIL) before a body word ("armed forces" MIL), before a named body's own sector.
 */
final class TitleReader {

    /** Sectors of a rank that an officer lent to an international mission holds ("Lieutenant General"). */
    private static final Set<String> ARMED_SECTORS = Set.of("MIL", "COP");
    private static final Set<String> STOP_WORDS = Set.of(",", ";", ":", "``", "''", "-LRB-", "-RRB-", ".", "and", "or", "but", "who", "whose", "which");
    private static final int LONGEST_APPOSITION = 16;

    /** The PLOVER sector of non-state armed groups. */
    private static final String REBELS = "REB";

    private final ActorDictionaries dictionaries;

    TitleReader(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    PersonDescription describe(String text, Sentence sentence, ActorPhrase name, List<ActorPhrase> phrases) {
        int rankStart = bodyBeforeRank(phrases, rankStart(sentence, name), name);
        int[] before = appositionBefore(text, sentence, rankStart, phrases);
        int[] after = appositionAfter(text, sentence, name.endToken(), phrases);
        List<int[]> spans = new ArrayList<>();
        if (before != null) {
            spans.add(before);
        }
        if (after != null) {
            spans.add(after);
        }
        int[] rank = null;
        if (rankStart < name.firstToken()) {
            rank = new int[] {rankStart, name.firstToken()};
            spans.add(rank);
        }
        if (spans.isEmpty()) {
            return PersonDescription.NOTHING;
        }
        List<String> titleParts = new ArrayList<>();
        for (int[] span : spans) {
            String part = titleText(text, sentence, span, phrases);
            if (!part.isEmpty()) {
                titleParts.add(part);
            }
        }
        String title = titleParts.isEmpty() ? null : String.join(", ", titleParts);
        String code = null;
        String codedBy = null;
        boolean codedByBody = false;
        boolean nationality = false;
        boolean countryBeforeName = false;
        for (int[] span : spans) {
            for (ActorPhrase phrase : phrases) {
                if (code == null && phrase.firstToken() >= span[0] && phrase.endToken() <= span[1]) {
                    if (phrase.country() != null && phrase.category() != Category.PLACE && !isPortfolio(sentence, phrase)) {
                        code = phrase.country().code();
                        countryBeforeName = span == rank;
                        nationality = phrase.country().form() == CountryName.Form.DEMONYM;
                        codedBy = "title: " + phrase.country().source() + " " + phrase.country().form().name().toLowerCase(Locale.ROOT)
                                + " of " + phrase.country().country();
                    } else if (phrase.category() == Category.PLACE && phrase.place() != null
                            && (span == rank && governsOffice(text, sentence, phrase) || officeOf(text, sentence, phrase))) {
                        code = phrase.place().country();
                        countryBeforeName = true;
                        codedBy = "title: " + phrase.place().file() + " " + phrase.place().name() + " (" + code + ") is the jurisdiction of the office";
                    } else if (phrase.known() != null && !phrase.known().isPerson()) {
                        code = phrase.known().code();
                        codedBy = "title: " + phrase.known().source() + " " + phrase.known().name();
                        codedByBody = true;
                    }
                }
            }
        }
        if (codedByBody && ActorCodes.INTERGOVERNMENTAL.contains(code) && rank != null && armedRank(text, sentence, rank)) {
            // "Ugandan Lieutenant General X, commander of the AU mission": an officer a state lends
            // an international mission keeps the nationality written before their name; a "Dutch
            // lawmaker" leading an EU observer mission serves the EU
            Optional<ActorPhrase> demonym = nationalityBeforeName(sentence, rank, phrases);
            if (demonym.isPresent()) {
                CountryName country = demonym.get().country();
                code = country.code();
                codedBy = "title: " + country.source() + " demonym of " + country.country() + " before the name of an official of " + code;
                codedByBody = false;
                nationality = true;
                countryBeforeName = true;
            }
        }
        String sector = null;
        String sectorBy = null;
        // an armed group's ranks and spokesmen are rebels, not an army ("Houthi military spokesman",
        // "Arakan Army spokesman", "RSF commander"): the group's sector outranks the rank word's
        for (int[] span : spans) {
            for (ActorPhrase phrase : phrases) {
                if (sector == null && phrase.known() != null && !phrase.known().isPerson() && REBELS.equals(phrase.known().sector())
                        && phrase.firstToken() >= span[0] && phrase.endToken() <= span[1]) {
                    sector = REBELS;
                    sectorBy = "title: " + phrase.known().source() + " " + phrase.known().name() + ", an armed group";
                }
            }
        }
        for (SectorPhrase.Kind wanted : List.of(SectorPhrase.Kind.TITLE, SectorPhrase.Kind.ORGANISATION)) {
            for (int[] span : spans) {
                for (PhraseIndex.Match<SectorPhrase> match : dictionaries.sectors().index().findAll(text, sentence.tokens(), span[0], span[1])) {
                    if (sector == null && match.value().kind() == wanted && match.value().sector() != null
                            && !insideKnownBody(phrases, match)) {
                        sector = match.value().sector();
                        sectorBy = "title: " + match.value().source() + " " + match.value().phrase();
                    }
                }
            }
        }
        for (int[] span : spans) {
            for (ActorPhrase phrase : phrases) {
                if (sector == null && phrase.known() != null && phrase.known().sector() != null
                        && phrase.firstToken() >= span[0] && phrase.endToken() <= span[1]) {
                    sector = phrase.known().sector();
                    sectorBy = "title: " + phrase.known().source() + " " + phrase.known().name();
                }
            }
        }
        return new PersonDescription(title, code, codedBy, codedByBody, nationality, sector, sectorBy, employer(sentence, spans, phrases, countryBeforeName),
                possessor(sentence, spans, phrases));
    }

    /** Whether the words before the name hold a military or police rank or office ("Lieutenant General", "police commander"). */
    private boolean armedRank(String text, Sentence sentence, int[] rank) {
        return dictionaries.sectors().index().findAll(text, sentence.tokens(), rank[0], rank[1]).stream()
                .anyMatch(match -> match.value().kind() == SectorPhrase.Kind.TITLE && match.value().sector() != null
                        && ARMED_SECTORS.contains(match.value().sector()));
    }

    /** A nationality word in the rank or office written right before the name ("Ugandan Lieutenant General"). */
    private static Optional<ActorPhrase> nationalityBeforeName(Sentence sentence, int[] rank, List<ActorPhrase> phrases) {
        return phrases.stream().filter(phrase -> phrase.firstToken() >= rank[0] && phrase.endToken() <= rank[1]
                && phrase.country() != null && phrase.category() != Category.PLACE
                && phrase.country().form() == CountryName.Form.DEMONYM && !isPortfolio(sentence, phrase)).findFirst();
    }

    /**
     * "Petro's foreign minister, Laura Sarabia", "Sarabia, Petro's foreign minister,": another
     * person's name with a possessive inside the title, whose office it is; null when there is none
     * or the title is one of relation words (a "counterpart", a "rival") that name the other side.
     */
    private ActorPhrase possessor(Sentence sentence, List<int[]> spans, List<ActorPhrase> phrases) {
        for (int[] span : spans) {
            for (ActorPhrase phrase : phrases) {
                if (phrase.firstToken() >= span[0] && possessorIn(sentence, phrase, span[1])) {
                    for (int index = phrase.endToken() + 1; index < span[1]; index++) {
                        if (dictionaries.referenceWords().is(ReferenceWords.Kind.COUNTERPART, sentence.token(index).lemma())) {
                            return null;
                        }
                    }
                    return phrase;
                }
            }
        }
        return null;
    }

    /** Whether a person's name is followed by a possessive "'s" or "'" before the end of a title span. */
    private static boolean possessorIn(Sentence sentence, ActorPhrase phrase, int end) {
        return phrase.category() == Category.PERSON_NAME && phrase.endToken() < end - 1
                && sentence.token(phrase.endToken()).partOfSpeech().equals("POS");
    }

    /**
     * "Tamil Nadu Chief Minister M.K. Stalin", "Kano State Governor", "Kyiv Mayor", "Northern
     * Ireland's First Minister": a place right before a government office, or its possessive (a
     * GOV title of sectors.tsv, not a word of a post abroad), names the office's jurisdiction,
     * whose country the office-holder serves. A place before other
     * titles ("Nairobi correspondent", "Geneva spokesman") says where someone works, not whose.
     */
    private boolean governsOffice(String text, Sentence sentence, ActorPhrase place) {
        int office = place.endToken() < sentence.tokens().size() && sentence.token(place.endToken()).partOfSpeech().equals("POS")
                ? place.endToken() + 1 : place.endToken(); // "Johor's chief minister", "Northern Ireland's First Minister"
        return dictionaries.sectors().index().longestAt(text, sentence.tokens(), office, sentence.tokens().size())
                .filter(match -> match.firstToken() == office)
                .map(PhraseIndex.Match::value)
                .filter(title -> title.kind() == SectorPhrase.Kind.TITLE && "GOV".equals(title.sector())
                        && !dictionaries.referenceWords().is(ReferenceWords.Kind.POSTED, title.phrase().toLowerCase(Locale.ROOT)))
                .isPresent();
    }

    /**
     * "the mayor of Kharkiv, Ihor Terekhov", "the governor of Upper Nile state, James Odhok": a
     * place written with "of" right after a government office (a GOV title of sectors.tsv, not a
     * word of a post abroad: "the ambassador of Iran" is Iran's through the country, not a place)
     * is the office's jurisdiction.
     */
    private boolean officeOf(String text, Sentence sentence, ActorPhrase place) {
        int of = place.firstToken() - 1;
        if (of >= 0 && sentence.token(of).text().equalsIgnoreCase("the")) {
            of--;
        }
        if (of < 1 || !sentence.token(of).text().equals("of")) {
            return false;
        }
        for (int first = Math.max(0, of - 3); first < of; first++) {
            Optional<PhraseIndex.Match<SectorPhrase>> office = dictionaries.sectors().index().exactly(text, sentence.tokens(), first, of);
            if (office.isPresent() && office.get().value().kind() == SectorPhrase.Kind.TITLE && "GOV".equals(office.get().value().sector())
                    && !dictionaries.referenceWords().is(ReferenceWords.Kind.POSTED, office.get().value().phrase().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "African Union Commission chairperson": a body word inside a body the dictionaries know
     * ("union") is part of that body's name, whose own sector the title then takes.
     */
    private static boolean insideKnownBody(List<ActorPhrase> phrases, PhraseIndex.Match<SectorPhrase> match) {
        return phrases.stream().anyMatch(phrase -> phrase.known() != null && !phrase.known().isPerson()
                && phrase.firstToken() <= match.firstToken() && match.endToken() <= phrase.endToken());
    }

    /**
     * The first words of the title that point back at an employing organisation: a possessive
     * "its" or "their" right before the title; an employer word of reference-words.tsv that is
     * no body's name of its own ("Alliance spokeswoman", "the group's Kenya director"); or a
     * body phrase with no country and no dictionary name ("at the Joint Chiefs"). An
     * organisation's name no dictionary knows is not taken: most are the article's own
     * country's ("the army's Northern Command").
     */
    private PersonDescription.EmployerReference employer(Sentence sentence, List<int[]> spans, List<ActorPhrase> phrases, boolean countryBeforeName) {
        ReferenceWords words = dictionaries.referenceWords();
        for (int[] span : spans) {
            int before = span[0] - 1;
            // "its current chairman, Sierra Leone's President Julius Maada Bio": the country the
            // words right before the name give is his; the possessive names the bloc he chairs
            if (!countryBeforeName && before >= 0 && sentence.token(before).partOfSpeech().equals("PRP$")
                    && Set.of("its", "their").contains(sentence.token(before).text().toLowerCase(Locale.ROOT))) {
                return new PersonDescription.EmployerReference(sentence.index(), before, before + 1, true, "possessive \"" + sentence.token(before).text() + "\" before a title");
            }
            for (int index = span[0]; index < span[1]; index++) {
                Token token = sentence.token(index);
                ActorPhrase inside = phraseAt(phrases, index);
                if (inside != null && inside.category() == Category.GROUP && inside.country() == null && inside.known() == null
                        && inside.sectorWord() != null && inside.sectorWord().kind() == SectorPhrase.Kind.ORGANISATION) {
                    int first = sentence.token(inside.firstToken()).text().equalsIgnoreCase("the") ? inside.firstToken() + 1 : inside.firstToken();
                    Token head = sentence.token(inside.headToken());
                    boolean bare = inside.endToken() - first == 1 && words.is(ReferenceWords.Kind.EMPLOYER, head.lemma())
                            && !namedOnly(words, head);
                    return new PersonDescription.EmployerReference(sentence.index(), first, inside.endToken(), bare,
                            "body words \"" + sentence.token(inside.headToken()).text() + "\" in the title");
                }
                boolean employerWord = token.isNoun() && (words.is(ReferenceWords.Kind.EMPLOYER, token.lemma())
                        || words.is(ReferenceWords.Kind.EMPLOYER, token.text()));
                if ((inside == null || inside.category() == Category.NOMINAL) && employerWord && !indefinite(sentence, index)) {
                    int start = PhraseFinder.nounPhraseStart(sentence, index);
                    boolean bare = !namedOnly(words, token);
                    for (int word = start; word < index; word++) {
                        String partOfSpeech = sentence.token(word).partOfSpeech();
                        bare &= partOfSpeech.equals("DT") || partOfSpeech.equals("PRP$");
                    }
                    String source = words.source(ReferenceWords.Kind.EMPLOYER, token.lemma())
                            .or(() -> words.source(ReferenceWords.Kind.EMPLOYER, token.text())).orElseThrow();
                    return new PersonDescription.EmployerReference(sentence.index(), index, index + 1, bare,
                            source + " \"" + token.text() + "\"");
                }
            }
        }
        return null;
    }

    /** Whether the employer word names only a body whose name holds it, never the last one named (reference-words.tsv named-employer). */
    private static boolean namedOnly(ReferenceWords words, Token token) {
        return words.is(ReferenceWords.Kind.NAMED_EMPLOYER, token.lemma()) || words.is(ReferenceWords.Kind.NAMED_EMPLOYER, token.text());
    }

    /**
     * "A fisheries agency official, Hiroshi Tanaka,": an indefinite title introduces an office of
     * its own, not the agency the article named before (a Russian agency in a Tokyo story).
     */
    private static boolean indefinite(Sentence sentence, int word) {
        int head = word;
        while (sentence.headArc(head).map(Dependency::relation).orElse("").equals("compound")) {
            head = sentence.headArc(head).map(Dependency::governor).orElse(head); // "agency" in "A fisheries agency official"
        }
        String first = sentence.token(PhraseFinder.nounPhraseStart(sentence, head)).text().toLowerCase(Locale.ROOT);
        return first.equals("a") || first.equals("an");
    }

    /**
     * "deputy director for U.S. affairs at Cuba's foreign ministry", "special envoy for Sudan",
     * "adviser on China": a country after "for" or "on", or before "affairs", is the office's
     * subject, not the holder's country.
     */
    private static boolean isPortfolio(Sentence sentence, ActorPhrase phrase) {
        int before = phrase.firstToken() - 1;
        int after = phrase.endToken();
        boolean marked = before >= 0 && Set.of("for", "on").contains(sentence.token(before).text().toLowerCase(Locale.ROOT));
        boolean affairs = after < sentence.tokens().size() && sentence.token(after).text().equalsIgnoreCase("affairs");
        return marked || affairs || modifiesPortfolio(sentence, phrase.headToken());
    }

    /**
     * "the minister responsible for Canada-US trade": a country word that modifies the noun of a
     * "for"/"on" phrase is the office's subject too.
     */
    private static boolean modifiesPortfolio(Sentence sentence, int token) {
        int noun = token;
        for (int steps = 0; steps < 4; steps++) {
            Optional<Dependency> arc = sentence.headArc(noun);
            if (arc.isEmpty() || !Set.of("compound", "amod").contains(arc.get().relation())) {
                break;
            }
            noun = arc.get().governor();
        }
        int head = noun;
        return noun != token && sentence.dependentArcs(head).stream().anyMatch(arc -> arc.relation().equals("case")
                && Set.of("for", "on").contains(sentence.token(arc.dependent()).text().toLowerCase(Locale.ROOT)));
    }

    private static ActorPhrase phraseAt(List<ActorPhrase> phrases, int token) {
        for (ActorPhrase phrase : phrases) {
            if (token >= phrase.firstToken() && token < phrase.endToken() && phrase.category() != Category.PRONOUN) {
                return phrase;
            }
        }
        return null;
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
    private int[] appositionBefore(String text, Sentence sentence, int rankStart, List<ActorPhrase> phrases) {
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
        return holdsTitle(text, sentence, start, end, phrases) ? new int[] {start, end} : null;
    }

    /** "Name, the foreign minister, said", "Name, a spokesman for Hamas, said". */
    private int[] appositionAfter(String text, Sentence sentence, int nameEnd, List<ActorPhrase> phrases) {
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
        boolean relativeClause = Set.of("who", "whose").contains(sentence.token(end).text().toLowerCase(Locale.ROOT));
        if (!sentence.token(end).text().equals(",") && !sentence.token(end).text().equals(".") && !(relativeClause && placed(start, end, phrases))) {
            return null;
        }
        return holdsTitle(text, sentence, start, end, phrases) ? new int[] {start, end} : null;
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
    private static int[] officeInRelativeClause(Sentence sentence, int verb, List<ActorPhrase> phrases) {
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
        return coded ? new int[] {verb, end} : null;
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
                    && !modifiesOffice(sentence, phrase, end) && !(phrase.firstToken() >= start && possessorIn(sentence, phrase, end))) {
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

    /** The span's words without leading articles, nationality words and possessors. */
    private static String titleText(String text, Sentence sentence, int[] span, List<ActorPhrase> phrases) {
        int start = span[0];
        boolean moved = true;
        while (moved && start < span[1]) {
            moved = false;
            Token token = sentence.token(start);
            if (token.partOfSpeech().equals("DT") || token.partOfSpeech().equals("POS")) {
                start++;
                moved = true;
                continue;
            }
            for (ActorPhrase phrase : phrases) {
                if (phrase.firstToken() == start && phrase.endToken() <= span[1] && phrase.endToken() < span[1]
                        && (phrase.category() == Category.DEMONYM || phrase.category() == Category.COUNTRY_NAME)) {
                    start = phrase.endToken();
                    moved = true;
                    break;
                }
            }
        }
        if (start >= span[1]) {
            return "";
        }
        return text.substring(sentence.token(start).start(), sentence.token(span[1] - 1).end());
    }
}
