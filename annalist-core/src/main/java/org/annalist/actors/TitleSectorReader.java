package org.annalist.actors;

import java.util.List;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.PhraseIndex;
import org.annalist.dictionary.SectorPhrase;
import org.annalist.language.Sentence;

/**
 * Reads the sector a person's title gives: an armed group named in it (rebels, whatever rank
 * word follows: "Houthi military spokesman"), then the first sector keyword of sectors.tsv with a
 * sector, a title word ("foreign minister" GOV, "general" MIL) before a body word ("armed forces"
 * MIL), then a named body's own sector; an international peacekeeping body's (MIL) officials
 * with no armed title word of their own are GOV, its civilian staff.
 */
final class TitleSectorReader {

    /** The PLOVER sector of non-state armed groups. */
    private static final String REBELS = "REB";
    private static final String MILITARY = "MIL";
    private static final String GOVERNMENT = "GOV";

    private final ActorDictionaries dictionaries;

    TitleSectorReader(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /**
     * The sector a title gives.
     *
     * @param sector the sector code, null when the title gives none
     * @param sectorBy the rule or dictionary row that gave it
     */
    record TitleSector(String sector, String sectorBy) {}

    TitleSector read(String text, Sentence sentence, List<TitleSpan> spans, List<ActorPhrase> phrases) {
        String sector = null;
        String sectorBy = null;
        // an armed group's ranks and spokesmen are rebels, not an army ("Houthi military spokesman",
        // "Arakan Army spokesman", "RSF commander"): the group's sector outranks the rank word's
        for (TitleSpan span : spans) {
            for (ActorPhrase phrase : phrases) {
                if (sector == null && phrase.known() != null && !phrase.known().isPerson() && REBELS.equals(phrase.known().sector())
                        && phrase.firstToken() >= span.firstToken() && phrase.endToken() <= span.endToken()) {
                    sector = REBELS;
                    sectorBy = "title: " + phrase.known().source() + " " + phrase.known().name() + ", an armed group";
                }
            }
        }
        for (SectorPhrase.Kind wanted : List.of(SectorPhrase.Kind.TITLE, SectorPhrase.Kind.ORGANISATION)) {
            for (TitleSpan span : spans) {
                for (PhraseIndex.Match<SectorPhrase> match : dictionaries.sectors().index().findAll(text, sentence.tokens(), span.firstToken(), span.endToken())) {
                    if (sector == null && match.value().kind() == wanted && match.value().sector() != null
                            && !insideKnownBody(phrases, match)) {
                        sector = match.value().sector();
                        sectorBy = "title: " + match.value().source() + " " + match.value().phrase();
                    }
                }
            }
        }
        for (TitleSpan span : spans) {
            for (ActorPhrase phrase : phrases) {
                if (sector == null && phrase.known() != null && phrase.known().sector() != null
                        && phrase.firstToken() >= span.firstToken() && phrase.endToken() <= span.endToken()) {
                    sector = phrase.known().sector();
                    sectorBy = "title: " + phrase.known().source() + " " + phrase.known().name();
                    if (MILITARY.equals(sector) && ActorCodes.INTERGOVERNMENTAL.contains(phrase.known().code())) {
                        // "UNIFIL spokeswoman", "head of the U.N. peacekeeping mission": a
                        // peacekeeping body's officials with no rank of their own are its civilian staff
                        sector = GOVERNMENT;
                        sectorBy += ", an international mission's official with no armed rank: GOV";
                    }
                }
            }
        }
        return new TitleSector(sector, sectorBy);
    }

    /**
     * "African Union Commission chairperson": a body word inside a body the dictionaries know
     * ("union") is part of that body's name, whose own sector the title then takes.
     */
    private static boolean insideKnownBody(List<ActorPhrase> phrases, PhraseIndex.Match<SectorPhrase> match) {
        return phrases.stream().anyMatch(phrase -> phrase.known() != null && !phrase.known().isPerson()
                && phrase.firstToken() <= match.firstToken() && match.endToken() <= phrase.endToken());
    }
}
