package org.annalist.dictionary;

/**
 * What a country word in the text is: the country's code and name, how the word names it,
 * and the dictionary row, for provenance.
 *
 * @param code ISO 3166-1 alpha-3 (or XKX and the like, as in countries.tsv)
 * @param country the country's common name ("Iran")
 * @param form NAME ("Iran"), ALIAS ("Islamic Republic") or DEMONYM ("Iranian", "Iranians")
 * @param source "actors/countries.tsv:125"
 */
public record CountryName(String code, String country, Form form, String source) {

    public enum Form { NAME, ALIAS, DEMONYM }
}
