package org.annalist.dictionary;

import java.util.List;

/**
 * A gazetteer entry.
 *
 * @param name the place's usual English name
 * @param aliases other spellings
 * @param country ISO 3166-1 alpha-3 code
 * @param kind capital, city, region, or town (a row of the generated places/towns.tsv)
 * @param latitude decimal degrees
 * @param longitude decimal degrees
 */
public record Place(String name, List<String> aliases, String country, Kind kind, double latitude, double longitude) {

    /**
     * CAPITAL, CITY and REGION are the hand-written gazetteer's; TOWN is a row of the generated
     * list of towns (places/towns.tsv), which is read as a place where the words around it say
     * so ("a driver from Brest", "police in Malanville") but is a name of its own only where the
     * language layer reads a location too, since many towns share a person's or a thing's name.
     */
    public enum Kind { CAPITAL, CITY, REGION, TOWN }

    public Place {
        aliases = List.copyOf(aliases);
    }

    /** The bundled file a place of this kind comes from, for provenance. */
    public String file() {
        return kind == Kind.TOWN ? "places/towns.tsv" : "places/gazetteer.tsv";
    }
}
