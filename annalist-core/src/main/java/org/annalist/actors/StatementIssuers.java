package org.annalist.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The statements of one article and who issued them, so that "the statement said" is a mention
 * of its issuer. One instance reads one article, sentence by sentence, in order.
 */
final class StatementIssuers {

    private final ReferenceWords referenceWords;
    private final String text;
    private EntityDraft statementIssuer;

    StatementIssuers(ReferenceWords referenceWords, String text) {
        this.referenceWords = referenceWords;
        this.text = text;
    }

    /**
     * "a statement by the Ministry of Defence …", "the association said in a statement …":
     * a statement is its issuer's words, so a later "the statement said" is a mention of the
     * last body or person that issued one. A statement with no issuer in the text leaves
     * the next "the statement" unresolved.
     */
    void read(Sentence sentence, List<EntityDraft> drafts) {
        for (Token token : sentence.tokens()) {
            if (!token.isNoun() || !referenceWords.is(ReferenceWords.Kind.STATEMENT, token.lemma())) {
                continue;
            }
            EntityDraft issuer = issuerOf(sentence, token.index(), drafts);
            if (issuer != null) {
                statementIssuer = issuer;
                continue;
            }
            boolean definite = sentence.dependentArcs(token.index()).stream()
                    .anyMatch(arc -> arc.relation().equals("det") && sentence.token(arc.dependent()).text().equalsIgnoreCase("the"));
            boolean subject = sentence.headArc(token.index()).map(arc -> arc.relation().startsWith("nsubj")).orElse(false);
            if (definite && subject && statementIssuer != null && token.index() > 0) {
                int first = token.index() - 1;
                int start = sentence.token(first).start();
                statementIssuer.mention(new Mention(start, token.end(), text.substring(start, token.end()), sentence.index(), MentionKind.NOMINAL));
            }
            statementIssuer = definite ? statementIssuer : null;
        }
    }

    /** The entity behind "a statement by X", "X's statement", or X in "X said in / issued a statement". */
    private EntityDraft issuerOf(Sentence sentence, int statement, List<EntityDraft> drafts) {
        for (Dependency arc : sentence.dependentArcs(statement)) {
            if (markedBy(sentence, arc, "by", "from") || arc.relation().equals("nmod:poss")) {
                return draftAt(sentence, arc.dependent(), drafts);
            }
        }
        var governor = sentence.headArc(statement);
        if (governor.isEmpty() || governor.get().governor() < 0) {
            return null;
        }
        int verb = governor.get().governor();
        // "carried a statement by the ministry" with "by …" hung from the verb: the ministry, not the carrier.
        for (Dependency arc : sentence.dependentArcs(verb)) {
            if (arc.dependent() > statement && markedBy(sentence, arc, "by", "from")) {
                return draftAt(sentence, arc.dependent(), drafts);
            }
        }
        boolean inStatement = governor.get().baseRelation().equals("obl") && markedBy(sentence, governor.get(), "in");
        boolean issued = governor.get().baseRelation().equals("obj") && referenceWords.is(ReferenceWords.Kind.ISSUING, sentence.token(verb).lemma());
        if (!inStatement && !issued) {
            return null;
        }
        for (Dependency arc : sentence.dependentArcs(verb)) {
            if (arc.relation().equals("nsubj")) {
                return draftAt(sentence, arc.dependent(), drafts);
            }
        }
        return null;
    }

    private static boolean markedBy(Sentence sentence, Dependency arc, String... prepositions) {
        Set<String> wanted = Set.of(prepositions);
        return sentence.dependentArcs(arc.dependent()).stream().anyMatch(
                c -> c.relation().equals("case") && wanted.contains(sentence.token(c.dependent()).text().toLowerCase(Locale.ROOT)));
    }

    private static EntityDraft draftAt(Sentence sentence, int token, List<EntityDraft> drafts) {
        int offset = sentence.token(token).start();
        for (EntityDraft draft : drafts) {
            if ((draft.type.equals("ORGANIZATION") || draft.type.equals("PERSON") || draft.type.equals("COUNTRY"))
                    && draft.mentions.stream().anyMatch(m -> m.sentenceIndex() == sentence.index() && m.start() <= offset && offset < m.end())) {
                return draft;
            }
        }
        return null;
    }
}
