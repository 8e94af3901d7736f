package org.annalist.actors;

import java.util.ArrayList;
import java.util.List;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.dictionary.ActorDictionaries;
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
 *
 * <p>The reading is split by job: {@link TitleSpanFinder} finds the spans, {@link
 * TitleCountryReader} their country, {@link TitleSectorReader} their sector, {@link
 * TitleEmployerReader} the words naming an employer and {@link TitlePossessor} another person
 * whose office the title is; this class joins them into one {@link PersonDescription}.
 */
final class TitleReader {

    private final TitleSpanFinder spanFinder;
    private final TitleCountryReader countries;
    private final TitleSectorReader sectors;
    private final TitleEmployerReader employers;
    private final TitlePossessor possessors;

    TitleReader(ActorDictionaries dictionaries) {
        this.spanFinder = new TitleSpanFinder(dictionaries);
        this.countries = new TitleCountryReader(dictionaries);
        this.sectors = new TitleSectorReader(dictionaries);
        this.employers = new TitleEmployerReader(dictionaries);
        this.possessors = new TitlePossessor(dictionaries);
    }

    PersonDescription describe(String text, Sentence sentence, ActorPhrase name, List<ActorPhrase> phrases) {
        TitleSpanFinder.TitleSpans spans = spanFinder.find(text, sentence, name, phrases);
        if (spans.isEmpty()) {
            return PersonDescription.NOTHING;
        }
        List<String> titleParts = new ArrayList<>();
        for (TitleSpan span : spans.all()) {
            String part = titleText(text, sentence, span, phrases);
            if (!part.isEmpty()) {
                titleParts.add(part);
            }
        }
        String title = titleParts.isEmpty() ? null : String.join(", ", titleParts);
        TitleCountryReader.TitleCountry country = countries.read(text, sentence, spans, phrases);
        TitleSectorReader.TitleSector sector = sectors.read(text, sentence, spans.all(), phrases);
        return new PersonDescription(title, country.code(), country.codedBy(), country.codedByBody(), country.nationality(),
                sector.sector(), sector.sectorBy(), employers.find(sentence, spans.all(), phrases, country.countryBeforeName()),
                possessors.find(sentence, spans.all(), phrases));
    }

    /** The span's words without leading articles, nationality words and possessors. */
    private static String titleText(String text, Sentence sentence, TitleSpan span, List<ActorPhrase> phrases) {
        int start = span.firstToken();
        boolean moved = true;
        while (moved && start < span.endToken()) {
            moved = false;
            Token token = sentence.token(start);
            if (token.partOfSpeech().equals("DT") || token.partOfSpeech().equals("POS")) {
                start++;
                moved = true;
                continue;
            }
            for (ActorPhrase phrase : phrases) {
                if (phrase.firstToken() == start && phrase.endToken() <= span.endToken() && phrase.endToken() < span.endToken()
                        && (phrase.category() == Category.DEMONYM || phrase.category() == Category.COUNTRY_NAME)) {
                    start = phrase.endToken();
                    moved = true;
                    break;
                }
            }
        }
        if (start >= span.endToken()) {
            return "";
        }
        return text.substring(sentence.token(start).start(), sentence.token(span.endToken() - 1).end());
    }
}
