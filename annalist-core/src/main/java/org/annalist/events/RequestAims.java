package org.annalist.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.dictionary.TsvTable;
import org.annalist.events.ontology.EventOntology;
import org.annalist.language.Dependency;

/**
 * What a demand or appeal asks for, as its CAMEO sub-code ({@code events/request-aims.tsv}):
 * "urged Kigali to release the detainees" is an appeal for release of persons (0253), "demanded a
 * ceasefire" a demand for de-escalation (1056). A user of CAMEO data counts demands for release,
 * for talks and for a leader's resignation apart; the general "urged" (020) says none of that.
 */
final class RequestAims {

    static final String BUNDLED_FILE = "events/request-aims.tsv";
    private static final Set<String> COLUMNS = Set.of("aim", "cameo");

    /** The general codes a REQUEST row gives before its aim is read. */
    private static final Set<String> GENERAL_CODES = Set.of("100", "020");

    /** Relations from a request to the clause saying what is to be done ("urged X to release"; "called on X to free" parses as advcl). */
    private static final Set<String> COMPLEMENT_RELATIONS = Set.of("xcomp", "ccomp", "advcl");

    /** How many clauses deep an aim is sought ("urged them to press Israel to halt its attacks"). */
    private static final int LONGEST_CHAIN = 2;

    /** Relations from a request to what it asks for as a noun ("called for talks", "demanded the release of"). */
    private static final Set<String> AIM_NOUN_RELATIONS = Set.of("obj", "obl:for", "nmod:for", "obl:of", "nmod:of", "nsubj:pass");

    private final Map<String, String> demandCodeByAim;

    private RequestAims(Map<String, String> demandCodeByAim) {
        this.demandCodeByAim = Map.copyOf(demandCodeByAim);
    }

    /** The bundled file; every code is checked against the ontology and must be a demand (10x) with an appeal twin (02x). */
    static RequestAims bundled(EventOntology ontology) {
        Map<String, String> codes = new HashMap<>();
        for (TsvTable.Row row : TsvTable.bundled(BUNDLED_FILE, COLUMNS).rows()) {
            String code = row.get("cameo");
            if (!code.startsWith("10") || ontology.cameo(code).isEmpty() || ontology.cameo(appealTwin(code)).isEmpty()) {
                throw row.error("\"" + code + "\" is not a CAMEO demand code (10x) with an appeal counterpart (02x)");
            }
            String aim = row.get("aim").toLowerCase(Locale.ROOT).strip();
            if (codes.putIfAbsent(aim, code) != null) {
                throw row.error("the aim \"" + aim + "\" is listed twice");
            }
        }
        return new RequestAims(codes);
    }

    /**
     * The sub-code for a request coded {@code code} at {@code match}: the code itself unless it is a
     * general demand or appeal and what the request asks for is in the table.
     */
    String narrow(SentenceGraph graph, TriggerMatch match, String code) {
        if (!GENERAL_CODES.contains(code)) {
            return code;
        }
        return aim(graph, match.head())
                .map(demand -> code.startsWith("02") ? appealTwin(demand) : demand)
                .orElse(code);
    }

    /** Nearest first: the complement's verb with its object, the verb alone, then the request's own aim nouns. */
    private Optional<String> aim(SentenceGraph graph, int request) {
        Optional<String> clause = complementAim(graph, request, LONGEST_CHAIN);
        if (clause.isPresent()) {
            return clause;
        }
        for (Dependency arc : graph.dependents(request)) {
            if (AIM_NOUN_RELATIONS.contains(arc.relation())) {
                Optional<String> code = lookUp(lemma(graph, arc.dependent()));
                if (code.isPresent()) {
                    return code;
                }
            }
        }
        return Optional.empty();
    }

    /** The aim of the first complement clause of {@code verb} that names one ("urged them to press Israel to halt its attacks"). */
    private Optional<String> complementAim(SentenceGraph graph, int verb, int depth) {
        for (Dependency arc : graph.basicDependents(verb)) {
            if (COMPLEMENT_RELATIONS.contains(arc.baseRelation()) && graph.token(arc.dependent()).isVerb()) {
                Optional<String> aim = clauseAim(graph, arc.dependent(), depth);
                if (aim.isPresent()) {
                    return aim;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> clauseAim(SentenceGraph graph, int verb, int depth) {
        String lemma = lemma(graph, verb);
        for (Dependency arc : graph.basicDependents(verb)) {
            String relation = arc.relation();
            if (relation.equals("obj") || relation.equals("compound:prt")) {
                Optional<String> pair = lookUp(lemma + " " + lemma(graph, arc.dependent()));
                if (pair.isPresent()) {
                    return pair;
                }
            }
        }
        Optional<String> alone = lookUp(lemma);
        if (alone.isPresent()) {
            return alone;
        }
        // "to exercise restraint", "to act with restraint": the clause's own object or oblique names the aim
        for (Dependency arc : graph.basicDependents(verb)) {
            if (arc.relation().equals("obj") || arc.baseRelation().equals("obl")) {
                Optional<String> noun = lookUp(lemma(graph, arc.dependent()));
                if (noun.isPresent()) {
                    return noun;
                }
            }
        }
        return depth > 1 ? complementAim(graph, verb, depth - 1) : Optional.empty();
    }

    private Optional<String> lookUp(String aim) {
        return Optional.ofNullable(demandCodeByAim.get(aim));
    }

    private static String lemma(SentenceGraph graph, int token) {
        return graph.token(token).lemma().toLowerCase(Locale.ROOT);
    }

    /** The appeal code with the demand's sub-code: 1053 → 0253, 106 → 026. */
    static String appealTwin(String demand) {
        return "02" + demand.substring(2);
    }
}
