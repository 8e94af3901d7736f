package org.annalist.actors;

/**
 * What the words around one name say about the person: office or rank, country and sector,
 * each with the rule or dictionary row that gave it. Fields are null when the text says nothing.
 */
record PersonDescription(String title, String code, String codedBy, String sector, String sectorBy) {

    static final PersonDescription NOTHING = new PersonDescription(null, null, null, null, null);
}
