package org.annalist.events;

/**
 * An actor or recipient of an event: the entity and the mention that filled the role.
 *
 * @param entity the entity id in the article, or null for a party known only from a dictionary
 * @param name the entity's name
 * @param code country or non-state code (IRN, UNO…), or null when unknown
 * @param sector PLOVER sector, or null
 * @param mention where in the text the role was filled
 */
public record EventParty(String entity, String name, String code, String sector, Span mention) {}
