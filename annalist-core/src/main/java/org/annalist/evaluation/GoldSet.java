package org.annalist.evaluation;

import java.util.List;
import java.util.Map;

/**
 * A gold set as read: its articles, and how Annalist's codes are to be read against its older
 * coding conventions.
 *
 * @param articles the gold articles
 * @param systemCodeAliases Annalist codes counted as another code when scoring this set: the
 *     2016 PLOVER records code every international body (the UN, NATO, the EU…) as IGO, where
 *     Annalist distinguishes UNO, NATO and EUR
 */
public record GoldSet(List<GoldArticle> articles, Map<String, String> systemCodeAliases) {

    public GoldSet {
        articles = List.copyOf(articles);
        systemCodeAliases = Map.copyOf(systemCodeAliases);
    }

    /** The code a system code counts as in this set. */
    public String asGoldCode(String systemCode) {
        return systemCode == null ? null : systemCodeAliases.getOrDefault(systemCode, systemCode);
    }
}
