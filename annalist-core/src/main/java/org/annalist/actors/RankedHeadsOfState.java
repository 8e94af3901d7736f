package org.annalist.actors;

import java.util.List;
import java.util.Locale;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.KnownPerson;
import org.annalist.dictionary.PersonDictionary;
import org.annalist.dictionary.SectorDictionary;
import org.annalist.dictionary.SectorPhrase;

/**
 * Keeps the head of a military government GOV when the text calls them by their rank alone:
 * "Senior General Min Aung Hlaing", "Niger's leader, General Abdourahamane Tiani". A rank says
 * what the person is in the army, not what office they hold; persons.tsv knows they head the
 * state (GOV), and the gold sets code a junta's head GOV and its army MIL (wire3, wire8, wire9).
 *
 * <p>Only when one part of the person's title is a military rank of sectors.tsv ("general", "senior
 * general", "major general"), the other parts hold no title with a sector of its own ("Niger's
 * military leader, General X", "the junta's spokesman, Major General X"), and their persons.tsv
 * row says GOV. An office written beside the
 * rank keeps the text's reading: "Deputy Chief of Staff …, Brigadier General X" and "army chief"
 * are MIL, and a minister who is also an officer stays MIL through the rank, as sectors.tsv
 * prefers, because the title then holds more than the rank.
 */
final class RankedHeadsOfState {

    private final PersonDictionary persons;
    private final SectorDictionary sectors;

    RankedHeadsOfState(ActorDictionaries dictionaries) {
        this.persons = dictionaries.persons();
        this.sectors = dictionaries.sectors();
    }

    void mark(List<EntityDraft> drafts) {
        for (EntityDraft draft : drafts) {
            if (!"PERSON".equals(draft.type) || !"MIL".equals(draft.sector) || draft.title == null || !isRankOnly(draft.title)) {
                continue;
            }
            KnownPerson row = persons.find(draft.name).orElse(null);
            if (row != null && "GOV".equals(row.sector())) {
                draft.sector = "GOV";
                draft.sectorBy = row.source() + " " + row.name() + " (" + row.role() + "): heads the state; \"" + draft.title
                        + "\" is only their rank";
            }
        }
    }

    /**
     * One part of the title (parts are joined with commas: "military leader, General") is one
     * military rank, and no other part holds a word that is a title with a sector of its own
     * ("leader", "spokesman" have none; "defence minister" has: an officer-minister stays MIL).
     */
    private boolean isRankOnly(String title) {
        boolean rank = false;
        for (String part : title.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split(",")) {
            String trimmed = part.trim();
            if (isRank(trimmed)) {
                rank = true;
                continue;
            }
            for (String word : NameWords.of(trimmed.replace("'s", ""))) {
                boolean titleWithSector = sectors.index().lookup(word)
                        .map(phrase -> phrase.kind() == SectorPhrase.Kind.TITLE && phrase.sector() != null).orElse(false);
                if (titleWithSector) {
                    return false;
                }
            }
        }
        return rank;
    }

    private boolean isRank(String phrase) {
        return sectors.index().lookup(phrase)
                .map(found -> found.kind() == SectorPhrase.Kind.TITLE && "MIL".equals(found.sector()))
                .orElse(false);
    }
}
