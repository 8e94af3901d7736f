package org.annalist.actors;

import java.util.Collection;
import java.util.Locale;
import org.annalist.language.Sentence;

/**
 * "ExxonMobil said drilling had continued. “…,” the company said": a definite business word
 * ("the company", "the firm": organisation words of sector BUS in sectors.tsv) refers back to the
 * company the article has just named.
 *
 * <p>Why: a company's own name seldom holds the word "company", so the name test that links
 * "the commission" to "the Election Commission" finds nothing, and "the company" became a
 * nameless body of its own (or merged with an unrelated "a company in Dubai"), taking the
 * company's words with it. The referent is the one named organisation, of sector BUS or of no
 * known sector (an undictionaried name such as a ship manager), named in the phrase's sentence
 * before it or in the two sentences before; two such names there leave the phrase alone.
 */
final class BusinessReference {

    /** The sector whose definite organisation words refer back to a named company. */
    private static final String BUSINESS = "BUS";
    /** How many sentences back the company may have been named. */
    private static final int REACH = 2;
    /** Words that open a description, not a name ("The firm", "A company"). */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "this", "that", "its", "their");

    private BusinessReference() {}

    /** The company "the company" at the phrase refers to, or null. */
    static EntityDraft referent(Collection<EntityDraft> drafts, Sentence sentence, ActorPhrase phrase) {
        boolean definiteWord = phrase.sectorWord() != null && BUSINESS.equals(phrase.sectorWord().sector())
                && phrase.endToken() - phrase.firstToken() == 2
                && sentence.token(phrase.firstToken()).text().toLowerCase(Locale.ROOT).equals("the");
        if (!definiteWord) {
            return null;
        }
        int before = sentence.token(phrase.firstToken()).start();
        EntityDraft found = null;
        for (EntityDraft draft : drafts) {
            boolean company = "ORGANIZATION".equals(draft.type) && (draft.sector == null || BUSINESS.equals(draft.sector));
            boolean namedNearby = draft.mentions.stream().anyMatch(mention -> isName(mention)
                    && mention.end() <= before && mention.sentenceIndex() >= sentence.index() - REACH);
            if (!company || !namedNearby) {
                continue;
            }
            if (found != null && found != draft) {
                return null;
            }
            found = draft;
        }
        return found;
    }

    /** A name, or a capitalised body name read from its sector word ("Lusaka Smelting Corporation"), not "The firm". */
    private static boolean isName(Mention mention) {
        if (mention.kind() == MentionKind.NAME || mention.kind() == MentionKind.ALIAS) {
            return true;
        }
        String text = mention.text();
        String first = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return mention.kind() == MentionKind.NOMINAL && !text.isEmpty() && Character.isUpperCase(text.codePointAt(0))
                && !DETERMINERS.contains(first);
    }
}
