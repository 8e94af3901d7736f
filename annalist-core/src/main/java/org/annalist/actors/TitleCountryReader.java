package org.annalist.actors;

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
 * Reads the country a person's title gives: the first country word, nationality word, place
 * governing the office ("Kano State Governor", "the mayor of Kharkiv") or coded body in the
 * spans, in their order. A country that is the office's subject ("special envoy for Sudan") is
 * not the holder's; an officer a state lends an international mission keeps the nationality
 * written before their name ("Ugandan Lieutenant General X, commander of the AU mission").
 */
final class TitleCountryReader {

    /** Sectors of a rank that an officer lent to an international mission holds ("Lieutenant General"). */
    private static final Set<String> ARMED_SECTORS = Set.of("MIL", "COP");

    private final ActorDictionaries dictionaries;

    TitleCountryReader(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /**
     * The country a title gives, with the rule or dictionary row that gave it.
     *
     * @param code the country or body code, null when the title gives none
     * @param codedBy the rule or dictionary row that gave the code
     * @param codedByBody whether the code is a dictionary body's ("EU", "UN") rather than a country word's
     * @param nationality whether the code came from a demonym, which says whose citizen the person is
     * @param countryBeforeName whether the code came from the words right before the name
     */
    record TitleCountry(String code, String codedBy, boolean codedByBody, boolean nationality, boolean countryBeforeName) {}

    TitleCountry read(String text, Sentence sentence, TitleSpanFinder.TitleSpans titleSpans, List<ActorPhrase> phrases) {
        List<TitleSpan> spans = titleSpans.all();
        TitleSpan rank = titleSpans.rank();
        String code = null;
        String codedBy = null;
        boolean codedByBody = false;
        boolean nationality = false;
        boolean countryBeforeName = false;
        for (TitleSpan span : spans) {
            for (ActorPhrase phrase : phrases) {
                if (code == null && phrase.firstToken() >= span.firstToken() && phrase.endToken() <= span.endToken()) {
                    if (phrase.country() != null && phrase.category() != Category.PLACE && !isPortfolio(sentence, phrase)) {
                        code = phrase.country().code();
                        countryBeforeName = span.equals(rank);
                        nationality = phrase.country().form() == CountryName.Form.DEMONYM;
                        codedBy = "title: " + phrase.country().source() + " " + phrase.country().form().name().toLowerCase(Locale.ROOT)
                                + " of " + phrase.country().country();
                    } else if (phrase.category() == Category.PLACE && phrase.place() != null
                            && (span.equals(rank) && governsOffice(text, sentence, phrase) || officeOf(text, sentence, phrase))) {
                        code = phrase.place().country();
                        countryBeforeName = true;
                        codedBy = "title: " + phrase.place().file() + " " + phrase.place().name() + " (" + code + ") is the jurisdiction of the office";
                    } else if (phrase.known() != null && !phrase.known().isPerson() && !postedTo(sentence, phrase)) {
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
        return new TitleCountry(code, codedBy, codedByBody, nationality, countryBeforeName);
    }

    /** Whether the words before the name hold a military or police rank or office ("Lieutenant General", "police commander"). */
    private boolean armedRank(String text, Sentence sentence, TitleSpan rank) {
        return dictionaries.sectors().index().findAll(text, sentence.tokens(), rank.firstToken(), rank.endToken()).stream()
                .anyMatch(match -> match.value().kind() == SectorPhrase.Kind.TITLE && match.value().sector() != null
                        && ARMED_SECTORS.contains(match.value().sector()));
    }

    /** A nationality word in the rank or office written right before the name ("Ugandan Lieutenant General"). */
    private static Optional<ActorPhrase> nationalityBeforeName(Sentence sentence, TitleSpan rank, List<ActorPhrase> phrases) {
        return phrases.stream().filter(phrase -> phrase.firstToken() >= rank.firstToken() && phrase.endToken() <= rank.endToken()
                && phrase.country() != null && phrase.category() != Category.PLACE
                && phrase.country().form() == CountryName.Form.DEMONYM && !isPortfolio(sentence, phrase)).findFirst();
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
     * "the movement's representative at the United Nations", "its ambassador to the African
     * Union": a body after "to" or "at" following a word of a post abroad (reference-words.tsv
     * posted) is where the person is posted, not who sends them.
     */
    private boolean postedTo(Sentence sentence, ActorPhrase body) {
        int preposition = body.firstToken() - 1;
        if (preposition >= 0 && sentence.token(preposition).text().equalsIgnoreCase("the")) {
            preposition--;
        }
        if (preposition < 1 || !Set.of("to", "at").contains(sentence.token(preposition).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Token post = sentence.token(preposition - 1);
        return dictionaries.referenceWords().is(ReferenceWords.Kind.POSTED, post.lemma().toLowerCase(Locale.ROOT))
                || dictionaries.referenceWords().is(ReferenceWords.Kind.POSTED, post.text().toLowerCase(Locale.ROOT));
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
}
