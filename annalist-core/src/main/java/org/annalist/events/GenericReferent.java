package org.annalist.events;

import java.util.List;
import java.util.Locale;
import org.annalist.events.patterns.ComplementCondition;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.RoleSource;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Warnings that name no one: "Whoever fires at Israel will pay", "Those who order violence against
 * peaceful demonstrators will face consequences", "warned that anyone who attacked officers would
 * be dealt with". The subject (or, as a target, the warned party) is a {@code generic-referent}
 * word, usually with a relative clause; the warning is a threat, and it is aimed at nobody the
 * text names, so no recipient rule may invent one (the domestic rule made the speaker's own
 * country the target). The same holds for a threatened act aimed at a quantified noun that
 * names no party ("would respond decisively to every violation", "warned that any company working
 * on the highway would be treated as a target"): no fallback may name the target either.
 */
final class GenericReferent {

    /** The generic-referent value of a quantifier that makes its noun generic ("any", "every"). */
    private static final String DETERMINER = "determiner";

    /** The recipient source of a threat aimed at nobody named: no later rule may supply a recipient. */
    static final String NOBODY_SOURCE = "nobody (a generic target)";

    private GenericReferent() {}

    /** Whether the verb's subject (nsubj, nsubj:pass, or the nsubj of a clausal subject) is a generic referent. */
    static boolean hasGenericSubject(SentenceGraph graph, int verb, WordLists words) {
        for (Dependency arc : graph.dependents(verb)) {
            String relation = arc.relation();
            if ((relation.equals("nsubj") || relation.equals("nsubj:pass"))
                    && (isGeneric(graph.token(arc.dependent()), words) || quantifiedByClause(graph, arc.dependent(), words))) {
                return true;
            }
            if (relation.startsWith("csubj")) {
                // "Whoever fires at Israel will pay": the subject is a clause whose own subject is "whoever"
                for (Dependency inner : graph.dependents(arc.dependent())) {
                    if (inner.relation().startsWith("nsubj") && isGeneric(graph.token(inner.dependent()), words)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the verb has an adverbial clause opened by a pursuit-scope word whose own subject acts
     * ("will hunt these bandits wherever they hide", "wherever they are"): a punishment promised wherever
     * its targets go is a warning whoever the subject is. A clause whose subject undergoes something
     * ("would pursue talks wherever they are held") is about a thing, not about people pursued.
     */
    static boolean reachesAnywhere(SentenceGraph graph, int verb, WordLists words) {
        for (Dependency arc : graph.dependents(verb)) {
            if (arc.relation().startsWith("advcl") && opensWithScope(graph, arc.dependent(), words)
                    && graph.dependents(arc.dependent()).stream().anyMatch(inner -> inner.relation().equals("nsubj"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensWithScope(SentenceGraph graph, int clause, WordLists words) {
        for (Dependency inner : graph.dependents(clause)) {
            Token word = graph.token(inner.dependent());
            if ((inner.relation().equals("mark") || inner.relation().equals("advmod"))
                    && words.containsEither(ListName.PURSUIT_SCOPE, word.lemma(), word.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A noun made generic by a quantifier and said who it is by a clause: "Any captain who blocks an
     * inspection will be arrested", "every ship that enters our waters" (the subject of a warning, as
     * "anyone who" is). A bare "any captain" or "every ship" is not enough: without the clause it may
     * be a plain quantity ("every ship was searched").
     */
    private static boolean quantifiedByClause(SentenceGraph graph, int token, WordLists words) {
        boolean clause = graph.dependents(token).stream().anyMatch(arc -> arc.relation().startsWith("acl"));
        return clause && isQuantified(graph, token, words);
    }

    /** A noun with a quantifier that makes it generic: "any group", "every ship". */
    static boolean isQuantified(SentenceGraph graph, int token, WordLists words) {
        return graph.dependents(token).stream().anyMatch(arc -> arc.relation().equals("det")
                && DETERMINER.equals(value(graph.token(arc.dependent()), words)));
    }

    /**
     * Whether a threat is aimed at nobody named: a warning pattern whose subject is "whoever" or
     * "anyone who" (not "those who", value {@code group}, an unnamed side), or a threat whose
     * recipient role points at such a word ("warned that anyone who attacks officers …").
     */
    static boolean warnsNobody(SentenceGraph graph, TriggerMatch match, RoleFillers roles, WordLists words, PartyFinder parties) {
        if (!match.pattern().event().equals("THREATEN")) {
            return false;
        }
        List<Integer> targets = new java.util.ArrayList<>();
        for (RoleSource source : match.pattern().recipient()) {
            targets.addAll(roles.fillers(graph, match, source));
        }
        if (match.pattern().complementCondition() == ComplementCondition.WARNING) {
            for (Dependency arc : graph.dependents(match.head())) {
                if (arc.relation().equals("nsubj") || arc.relation().equals("nsubj:pass")) {
                    targets.add(arc.dependent());
                }
                if (arc.relation().startsWith("csubj")) {
                    graph.dependents(arc.dependent()).stream().filter(inner -> inner.relation().startsWith("nsubj"))
                            .forEach(inner -> targets.add(inner.dependent()));
                }
            }
        }
        if (targets.stream().anyMatch(token -> isGeneric(graph.token(token), words)
                && !"group".equals(value(graph.token(token), words)))) {
            return true;
        }
        return threatenedActTargets(graph, match.head(), words, parties).stream().anyMatch(token -> isGenericTarget(graph, token, words, parties));
    }

    /** Whom a stated act is aimed at, when it names no party: see {@link #aimOf}. */
    enum Aim {
        /** A party the text may name: no generic target. */
        NAMED,
        /** "anyone who", "whoever", "any vessel that": aimed at nobody named. */
        NOBODY,
        /** "those who": an unnamed side that the recipient rules may still place. */
        GROUP
    }

    /**
     * Whom the act at {@code head} is aimed at, when it is a generic referent: its object, passive
     * subject or "to"/"against" phrase ("will arrest anyone who blocks the roads", "will punish those
     * who attacked our officers", "would attack any foreign troops that enter"). A determiner with a
     * name ("any Japanese vessel") names its party.
     */
    static Aim aimOf(SentenceGraph graph, int head, WordLists words, PartyFinder parties) {
        List<Integer> targets = new java.util.ArrayList<>(threatenedActTargets(graph, head, words, parties));
        graph.dependents(head).stream().filter(arc -> arc.relation().equals("nsubj:pass") || arc.relation().equals("obj")).forEach(arc -> targets.add(arc.dependent()));
        if (targets.stream().anyMatch(token -> isGenericTarget(graph, token, words, parties))) {
            return Aim.NOBODY;
        }
        return targets.stream().anyMatch(token -> isGeneric(graph.token(token), words)
                && "group".equals(value(graph.token(token), words))
                && graph.dependents(token).stream().anyMatch(arc -> arc.relation().startsWith("acl")))
                ? Aim.GROUP : Aim.NAMED;
    }

    /**
     * The words the threatened act is aimed at: the trigger's and its complement's object, passive
     * subject and "to"/"against" phrase, and the complement's subject ("warned that anyone who
     * attacks officers would be dealt with", "would respond to any aggression", "warned that his
     * fighters would attack any foreign troops who entered").
     */
    private static List<Integer> threatenedActTargets(SentenceGraph graph, int head, WordLists words, PartyFinder parties) {
        List<Integer> acts = new java.util.ArrayList<>(List.of(head));
        for (Dependency arc : graph.dependents(head)) {
            if (arc.relation().equals("ccomp") || arc.relation().equals("xcomp")) {
                acts.add(arc.dependent());
            }
        }
        List<Integer> found = new java.util.ArrayList<>();
        for (int act : acts) {
            for (Dependency arc : graph.dependents(act)) {
                String relation = arc.relation();
                int token = arc.dependent();
                if (relation.equals("obl:to") || relation.equals("obl:against")) {
                    // "respond to any aggression": whatever the quantified noun, its doer is unnamed
                    found.add(token);
                } else if (relation.equals("obj") || relation.equals("nsubj:pass") || (act != head && relation.equals("nsubj"))) {
                    // "attack any foreign troops", but not the means: "take every measure necessary"
                    if (isGeneric(graph.token(token), words) || parties.isUnnamedParty(graph, token)) {
                        found.add(token);
                    }
                }
            }
        }
        return found;
    }

    /**
     * A target that names no one: "anyone", "whoever", or a noun quantified by a generic determiner
     * ("any country lending its soil", "every violation") that names no coded party ("any Japanese
     * vessel" names Japan and keeps it).
     */
    private static boolean isGenericTarget(SentenceGraph graph, int token, WordLists words, PartyFinder parties) {
        Token word = graph.token(token);
        if (isGeneric(word, words)) {
            return !"group".equals(value(word, words));
        }
        if (!word.isNoun()) {
            return false;
        }
        boolean quantified = graph.dependents(token).stream().anyMatch(arc -> arc.relation().equals("det")
                && DETERMINER.equals(value(graph.token(arc.dependent()), words)));
        return quantified && !namesCountry(graph, token);
    }

    /**
     * Whether a quantified noun names whose it is by a name among its modifiers ("any Norwegian
     * trawler", "any vessel of Iran"): the actor stage gives a bare "any media outlet" the story's
     * country, but the noun names nobody.
     */
    private static boolean namesCountry(SentenceGraph graph, int token) {
        for (Dependency arc : graph.dependents(token)) {
            String relation = arc.baseRelation();
            Token modifier = graph.token(arc.dependent());
            if ((relation.equals("amod") || relation.equals("compound") || relation.equals("nmod"))
                    && !modifier.text().isEmpty() && Character.isUpperCase(modifier.text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static String value(Token token, WordLists words) {
        String lemma = (token.lemma() == null ? token.text() : token.lemma()).toLowerCase(Locale.ROOT);
        return words.value(ListName.GENERIC_REFERENT, lemma).or(() -> words.value(ListName.GENERIC_REFERENT,
                token.text().toLowerCase(Locale.ROOT))).orElse("");
    }

    /** A generic-referent word standing for a party ("whoever", "anyone", "those"), not a determiner ("any"). */
    private static boolean isGeneric(Token token, WordLists words) {
        String lemma = (token.lemma() == null ? token.text() : token.lemma()).toLowerCase(Locale.ROOT);
        return words.containsEither(ListName.GENERIC_REFERENT, lemma, token.text().toLowerCase(Locale.ROOT))
                && !DETERMINER.equals(value(token, words));
    }
}
