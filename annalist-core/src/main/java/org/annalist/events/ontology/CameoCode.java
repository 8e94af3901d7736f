package org.annalist.events.ontology;

import java.util.List;

/**
 * A CAMEO 1.1b3 code from {@code ontology/cameo-codes.tsv} with its PLOVER mapping.
 *
 * @param code the code with leading zeros ("042", "0312")
 * @param name the CAMEO name
 * @param goldstein Goldstein value, -10..+10
 * @param ploverEvent the PLOVER type it maps to, or null when PLOVER does not code it (CAMEO 01, 02)
 * @param ploverMode the PLOVER mode, or null
 * @param contexts PLOVER contexts, possibly empty
 */
public record CameoCode(String code, String name, double goldstein, String ploverEvent, String ploverMode, List<String> contexts) {

    public CameoCode {
        contexts = List.copyOf(contexts);
    }

    /** The two-digit root ("04" for "042"). */
    public String root() {
        return code.substring(0, 2);
    }
}
