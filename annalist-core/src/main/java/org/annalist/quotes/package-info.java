/** The quotes stage: finds direct and indirect quotations and attributes each to an entity. */
package org.annalist.quotes;
