package org.annalist.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An entity being assembled while one article is read; lives only inside one
 * {@link DictionaryActorResolver#resolve} call, then becomes an immutable {@link Entity}.
 */
final class EntityDraft {

    enum Gender { UNKNOWN, MALE, FEMALE }

    final String type;
    String name;
    String code;
    String codedBy;
    String sector;
    String sectorBy;
    String title;
    Gender gender = Gender.UNKNOWN;
    /** A person whose title names an employer the article does not code: no main-country guess for them. */
    boolean employedByUncodedBody;
    /** That employer, if the article named one: it may be coded once the whole article is read ({@link UncodedBodies}). */
    EntityDraft uncodedEmployer;
    /**
     * The body the person's title names as employer when the title's own words name it ("the
     * cooperative's chairman", "Its director" after the agency): its sector is theirs once the
     * article is read ({@link PersonSectors}). Null for a bare word that only found the last body named.
     */
    EntityDraft namedEmployer;
    /**
     * The country of the place a local body is named with ("police in Malanville", {@link BodySeats})
     * and where it comes from, for a body no word of its own codes ({@link UncodedBodies}); null for others.
     */
    String seatCode;
    String seatBy;
    /**
     * The country a body's apposition says it is based in ("Prisoners Defenders, a Madrid-based
     * rights group,") and where that was read, for a body no word of its own codes ({@link BasedBodies}).
     */
    String basedCode;
    String basedBy;
    final List<Mention> mentions = new ArrayList<>();

    EntityDraft(String type, String name) {
        this.type = type;
        this.name = name;
    }

    void mention(Mention mention) {
        for (Mention existing : mentions) {
            if (existing.start() == mention.start() && existing.end() == mention.end()) {
                return;
            }
        }
        mentions.add(mention);
    }

    int firstOffset() {
        return mentions.stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
    }

    void code(String code, String codedBy) {
        if (this.code == null && code != null) {
            this.code = code;
            this.codedBy = codedBy;
        }
    }

    /** A person whose title names an employer the article does not code (yet): see {@link #employedByUncodedBody}. */
    void employedByUncodedBody(EntityDraft employer) {
        this.employedByUncodedBody = true;
        this.uncodedEmployer = employer;
    }

    void sector(String sector, String sectorBy) {
        if (this.sector == null && sector != null) {
            this.sector = sector;
            this.sectorBy = sectorBy;
        }
    }

    Entity build(String id) {
        List<Mention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        List<String> provenance = new ArrayList<>();
        if (codedBy != null) {
            provenance.add("code: " + codedBy);
        }
        if (sectorBy != null) {
            provenance.add("sector: " + sectorBy);
        }
        return new Entity(id, name, type, code, sector, title, ordered, provenance.isEmpty() ? "uncoded" : String.join("; ", provenance));
    }
}
