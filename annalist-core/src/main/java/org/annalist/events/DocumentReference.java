package org.annalist.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Whom "the statement" or "the warrant" stands for when it is a verb's subject: "Judges at the
 * International Criminal Court issued an arrest warrant for … The warrant accuses him of murder",
 * "According to a joint statement, the two sides agreed … The statement urged all parties to …".
 * A document speaks for its authors, and news names them once, where the document is first issued
 * or cited; the text says "the warrant accuses" and never repeats the court. A definite document
 * noun ({@code document-noun}) refers back to the latest earlier mention of the same noun, at most
 * {@link #SENTENCES_BACK} sentences back, and its authors are the subjects of the verb that issued it
 * (the document as its object: "issued a warrant") or that it is cited for ("said in a statement",
 * "according to a joint statement, the two sides agreed"). This class only finds those subject
 * tokens; {@link PartyFinder} says whom they name.
 */
final class DocumentReference {

    /** How many sentences back the document may have been issued: agency copy cites it once, near the top, then quotes it paragraph by paragraph. */
    static final int SENTENCES_BACK = 5;

    /** The prepositions by which a verb cites a document: "said in a statement", "according to a statement". */
    private static final java.util.Set<String> CITING = java.util.Set.of("in", "according");

    /** The subjects naming the document's authors, in the sentence that issued or cited it. */
    record Authors(SentenceGraph graph, List<Integer> subjects) {}

    private final List<Sentence> sentences;
    private final WordLists words;

    DocumentReference(List<Sentence> sentences, WordLists words) {
        this.sentences = List.copyOf(sentences);
        this.words = words;
    }

    /** The authors of the document the noun refers back to; empty subjects when it is no such reference. */
    Authors of(SentenceGraph graph, int noun) {
        Token token = graph.token(noun);
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        if (!token.isNoun() || token.isProperNoun() || !words.contains(ListName.DOCUMENT_NOUN, lemma) || !isDefinite(graph, noun)) {
            return new Authors(graph, List.of());
        }
        int own = graph.sentence().index();
        if (own == 0) {
            return new Authors(graph, List.of());
        }
        // a document is issued or cited in an earlier sentence: read back from the end of the one before;
        // the latest mention decides, whether or not it names the authors
        SentenceGraph before = new SentenceGraph(sentences.get(own - 1));
        return EarlierWords.nearest(sentences, before, before.size(), SENTENCES_BACK - 1,
                        (earlier, word) -> earlier.token(word).lemma().toLowerCase(Locale.ROOT).equals(lemma)
                                ? Optional.of(new Authors(earlier, issuers(earlier, word))) : Optional.<Authors>empty())
                .orElse(new Authors(graph, List.of()));
    }

    /** "the warrant", "the statement": with "the" and no owner, which would name the authors itself. */
    private static boolean isDefinite(SentenceGraph graph, int noun) {
        boolean definite = false;
        for (Dependency arc : graph.basicDependents(noun)) {
            if (arc.relation().equals("nmod:poss")) {
                return false;
            }
            definite |= arc.relation().equals("det") && graph.token(arc.dependent()).text().equalsIgnoreCase("the");
        }
        return definite;
    }

    /** The subjects of the active verb that issued the document ("issued a warrant") or cites it ("said in a statement"). */
    private static List<Integer> issuers(SentenceGraph graph, int document) {
        Dependency up = graph.basicHead(document);
        if (up == null || up.governor() < 0 || !graph.token(up.governor()).isVerb() || graph.isPassive(up.governor())) {
            return List.of();
        }
        boolean issued = up.relation().equals("obj");
        // "said in a statement", "according to a joint statement, the two sides agreed"
        boolean cited = up.relation().startsWith("obl") && graph.basicDependents(document).stream()
                .anyMatch(arc -> arc.relation().equals("case") && CITING.contains(graph.token(arc.dependent()).text().toLowerCase(Locale.ROOT)));
        if (!issued && !cited) {
            return List.of();
        }
        return RoleFillers.subjectsOf(graph, up.governor());
    }
}
