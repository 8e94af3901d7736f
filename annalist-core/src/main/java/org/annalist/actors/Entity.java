package org.annalist.actors;

import java.util.List;

/**
 * One real-world referent of an article with every mention of it.
 *
 * @param id article-local id ("e1", "e2"…), in order of first mention
 * @param name the fullest name the article gives
 * @param type PERSON, ORGANIZATION, COUNTRY, LOCATION (CoreNLP's coarse types, COUNTRY for states)
 * @param code ISO 3166-1 alpha-3 country, or a non-state code (UNO, NATO, EUR, IGO, NGO, IMG); null when unknown
 * @param sector PLOVER sector code (GOV, MIL…), or null when unknown
 * @param title office or rank as written, or null
 * @param mentions every mention, in text order
 * @param codedBy how the code and sector were decided (dictionary row or rule), for provenance
 */
public record Entity(
        String id,
        String name,
        String type,
        String code,
        String sector,
        String title,
        List<Mention> mentions,
        String codedBy) {

    public Entity {
        mentions = List.copyOf(mentions);
    }

    /** Whether one of its mentions covers the character offset. */
    public boolean mentionedAt(int offset) {
        for (Mention mention : mentions) {
            if (offset >= mention.start() && offset < mention.end()) {
                return true;
            }
        }
        return false;
    }
}
