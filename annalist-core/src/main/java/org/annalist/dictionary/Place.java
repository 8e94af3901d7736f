package org.annalist.dictionary;

import java.util.List;

/**
 * A gazetteer entry.
 *
 * @param name the place's usual English name
 * @param aliases other spellings
 * @param country ISO 3166-1 alpha-3 code
 * @param kind capital, city or region
 * @param latitude decimal degrees
 * @param longitude decimal degrees
 */
public record Place(String name, List<String> aliases, String country, Kind kind, double latitude, double longitude) {

    public enum Kind { CAPITAL, CITY, REGION }

    public Place {
        aliases = List.copyOf(aliases);
    }
}
