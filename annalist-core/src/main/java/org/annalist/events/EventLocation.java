package org.annalist.events;

/**
 * Where an event happened, from the gazetteer.
 *
 * @param name the place as the gazetteer names it ("Tehran")
 * @param code ISO 3166-1 alpha-3 country of the place
 * @param latitude decimal degrees, or null for a country without coordinates
 * @param longitude decimal degrees, or null
 * @param mention where the place is named in the text, or null when inferred from the article
 */
public record EventLocation(String name, String code, Double latitude, Double longitude, Span mention) {}
