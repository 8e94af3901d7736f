package org.annalist.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A sentence with its tokens and dependency parse.
 *
 * @param index position in the article, from 0
 * @param paragraph index of the paragraph it belongs to, from 0
 * @param start character offset of its first token in the article text
 * @param end character offset after its last token
 * @param text the sentence as written
 * @param tokens the tokens, in order
 * @param dependencies the basic dependency tree: one arc per token
 * @param enhancedDependencies the enhanced++ graph: prepositions in relation names
 *     ("obl:with"), subjects shared across conjuncts and controlled verbs; a token may have
 *     several heads
 * @param splitForLength whether this sentence is a chunk of a longer one cut at the length cap
 */
public record Sentence(
        int index,
        int paragraph,
        int start,
        int end,
        String text,
        List<Token> tokens,
        List<Dependency> dependencies,
        List<Dependency> enhancedDependencies,
        boolean splitForLength) {

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        enhancedDependencies = List.copyOf(enhancedDependencies);
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    /** The arc whose dependent is the token, i.e. the token's link to its head. */
    public Optional<Dependency> headArc(int tokenIndex) {
        for (Dependency arc : dependencies) {
            if (arc.dependent() == tokenIndex) {
                return Optional.of(arc);
            }
        }
        return Optional.empty();
    }

    /** The arcs from the token to its dependents, in token order. */
    public List<Dependency> dependentArcs(int tokenIndex) {
        List<Dependency> arcs = new ArrayList<>();
        for (Dependency arc : dependencies) {
            if (arc.governor() == tokenIndex) {
                arcs.add(arc);
            }
        }
        arcs.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return arcs;
    }

    /** The enhanced++ arcs from the token to its dependents, in token order. */
    public List<Dependency> enhancedDependentArcs(int tokenIndex) {
        List<Dependency> arcs = new ArrayList<>();
        for (Dependency arc : enhancedDependencies) {
            if (arc.governor() == tokenIndex) {
                arcs.add(arc);
            }
        }
        arcs.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return arcs;
    }

    /** The enhanced++ arcs from the token's heads to it. */
    public List<Dependency> enhancedHeadArcs(int tokenIndex) {
        List<Dependency> arcs = new ArrayList<>();
        for (Dependency arc : enhancedDependencies) {
            if (arc.dependent() == tokenIndex) {
                arcs.add(arc);
            }
        }
        return arcs;
    }

    /** The token index covering the character offset, or -1. */
    public int tokenAt(int offset) {
        for (Token token : tokens) {
            if (offset >= token.start() && offset < token.end()) {
                return token.index();
            }
        }
        return -1;
    }
}
