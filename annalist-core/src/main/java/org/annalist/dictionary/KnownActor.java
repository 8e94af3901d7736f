package org.annalist.dictionary;

import java.util.List;

/**
 * A named organisation, body or person from organisations.tsv or a user's {@code --actors}
 * file.
 *
 * @param name canonical name
 * @param aliases other names and acronyms
 * @param code actor code: ISO alpha-3, or UNO, NATO, EUR, IGO, NGO, IMG
 * @param sector PLOVER sector, or null
 * @param kind igo, ngo, state-body, armed-group, party, media, company, religious, person…
 * @param source "actors/organisations.tsv:232" or "my-actors.tsv:3"
 */
public record KnownActor(String name, List<String> aliases, String code, String sector, String kind, String source) {

    public KnownActor {
        aliases = List.copyOf(aliases);
    }

    public boolean isPerson() {
        return "person".equals(kind);
    }
}
