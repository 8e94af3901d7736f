/**
 * The actors stage: groups every name, alias, demonym, nominal and pronoun into one entity per
 * referent and codes it with a country and a PLOVER sector from the dictionaries.
 */
package org.annalist.actors;
