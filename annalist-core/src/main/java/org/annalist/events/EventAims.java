package org.annalist.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.dictionary.TsvTable;
import org.annalist.events.ontology.EventOntology;
import org.annalist.language.Dependency;

/**
 * What a demand, appeal or accusation is about, as its CAMEO sub-code ({@code events/event-aims.tsv}):
 * "urged Kigali to release the detainees" is an appeal for release of persons (0253), "demanded a
 * ceasefire" a demand for de-escalation (1056), "accused Baku of shelling border villages" an
 * accusation of aggression (1123). A user of CAMEO data counts these apart; the general code of the
 * verb ("urged" 020, "accused" 112) says none of it.
 *
 * <p>A row narrows an event only from a code above its own in CAMEO's hierarchy: a root's
 * unspecified code ("100", "020") or the row code's parent ("112" for 1123). Rows are written in the
 * demand family for requests; an appeal (02) takes the same aim in its own family (1053 → 0253).
 */
final class EventAims {

    static final String BUNDLED_FILE = "events/event-aims.tsv";
    private static final Set<String> COLUMNS = Set.of("aim", "cameo");

    /** Relations from an event's head to the clause saying what is asked or alleged ("urged X to release"; "accused X of shelling"). */
    private static final Set<String> COMPLEMENT_RELATIONS = Set.of("xcomp", "ccomp", "advcl");

    /** Relations from an event's head to what it is about as a noun ("called for talks", "accused X of war crimes"). */
    private static final Set<String> AIM_NOUN_RELATIONS = Set.of("obj", "obl:for", "nmod:for", "obl:of", "nmod:of", "nsubj:pass");

    /** How many clauses deep an aim is sought ("urged them to press Israel to halt its attacks"). */
    private static final int LONGEST_CHAIN = 2;

    private final Map<String, List<String>> codesByAim;

    private EventAims(Map<String, List<String>> codesByAim) {
        this.codesByAim = Map.copyOf(codesByAim);
    }

    /** The bundled file; every code is checked against the ontology. */
    static EventAims bundled(EventOntology ontology) {
        Map<String, List<String>> codes = new HashMap<>();
        for (TsvTable.Row row : TsvTable.bundled(BUNDLED_FILE, COLUMNS).rows()) {
            String code = row.get("cameo");
            if (ontology.cameo(code).isEmpty() || (code.startsWith("10") && ontology.cameo(appealTwin(code)).isEmpty())) {
                throw row.error("\"" + code + "\" is not a CAMEO code (a demand also needs its appeal counterpart, 02x)");
            }
            String aim = row.get("aim").toLowerCase(Locale.ROOT).strip();
            List<String> forAim = codes.computeIfAbsent(aim, key -> new ArrayList<>());
            if (forAim.contains(code)) {
                throw row.error("the aim \"" + aim + "\" is listed twice with " + code);
            }
            forAim.add(code);
        }
        codes.replaceAll((aim, list) -> List.copyOf(list));
        return new EventAims(codes);
    }

    /** The sub-code for an event coded {@code code} at {@code match}: the code itself unless an aim in the table narrows it. */
    String narrow(SentenceGraph graph, TriggerMatch match, String code) {
        return aim(graph, match.head(), code).orElse(code);
    }

    /** Nearest first: the complement clause, then the head's own aim nouns. */
    private Optional<String> aim(SentenceGraph graph, int head, String code) {
        Optional<String> clause = complementAim(graph, head, code, LONGEST_CHAIN);
        if (clause.isPresent()) {
            return clause;
        }
        for (Dependency arc : graph.dependents(head)) {
            if (AIM_NOUN_RELATIONS.contains(arc.relation())) {
                Optional<String> noun = nounAim(graph, arc.dependent(), code);
                if (noun.isPresent()) {
                    return noun;
                }
            }
        }
        // "accused Azerbaijan of shelling villages": the parser may hang the "of" phrase on the accused
        for (Dependency arc : graph.dependents(head)) {
            if (arc.relation().equals("obj")) {
                Optional<String> attached = attachedAim(graph, arc.dependent(), code);
                if (attached.isPresent()) {
                    return attached;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> attachedAim(SentenceGraph graph, int object, String code) {
        for (Dependency arc : graph.dependents(object)) {
            String relation = arc.relation();
            if (relation.equals("acl:of") || relation.equals("nmod:of") || relation.equals("acl")) {
                int dependent = arc.dependent();
                Optional<String> aim = graph.token(dependent).isVerb() ? clauseAim(graph, dependent, code, 1) : nounAim(graph, dependent, code);
                if (aim.isPresent()) {
                    return aim;
                }
            }
        }
        return Optional.empty();
    }

    /** The aim of the first complement clause of {@code verb} that names one. */
    private Optional<String> complementAim(SentenceGraph graph, int verb, String code, int depth) {
        for (Dependency arc : graph.basicDependents(verb)) {
            if (COMPLEMENT_RELATIONS.contains(arc.baseRelation()) && graph.token(arc.dependent()).isVerb()) {
                Optional<String> aim = clauseAim(graph, arc.dependent(), code, depth);
                if (aim.isPresent()) {
                    return aim;
                }
            }
        }
        return Optional.empty();
    }

    /** The clause's verb with its object ("lift sanction"), the verb alone, its object or oblique, then its own complement. */
    private Optional<String> clauseAim(SentenceGraph graph, int verb, String code, int depth) {
        String lemma = lemma(graph, verb);
        for (Dependency arc : graph.basicDependents(verb)) {
            String relation = arc.relation();
            if (relation.equals("obj") || relation.equals("compound:prt")) {
                Optional<String> pair = lookUp(lemma + " " + lemma(graph, arc.dependent()), code);
                if (pair.isPresent()) {
                    return pair;
                }
            }
        }
        Optional<String> alone = lookUp(lemma, code);
        if (alone.isPresent()) {
            return alone;
        }
        for (Dependency arc : graph.basicDependents(verb)) {
            if (arc.relation().equals("obj") || arc.baseRelation().equals("obl")) {
                Optional<String> noun = nounAim(graph, arc.dependent(), code);
                if (noun.isPresent()) {
                    return noun;
                }
            }
        }
        return depth > 1 ? complementAim(graph, verb, code, depth - 1) : Optional.empty();
    }

    /** A noun with its modifier first ("war crime", "human right"), then alone. */
    private Optional<String> nounAim(SentenceGraph graph, int noun, String code) {
        String lemma = lemma(graph, noun);
        for (Dependency arc : graph.basicDependents(noun)) {
            if (arc.relation().equals("compound") || arc.relation().equals("amod")) {
                Optional<String> pair = lookUp(lemma(graph, arc.dependent()) + " " + lemma, code);
                if (pair.isPresent()) {
                    return pair;
                }
            }
        }
        Optional<String> alone = lookUp(lemma, code);
        if (alone.isPresent()) {
            return alone;
        }
        // "of shelling border villages" parsed with the gerund as the villages' modifier
        for (Dependency arc : graph.basicDependents(noun)) {
            if (arc.relation().equals("amod") && graph.token(arc.dependent()).partOfSpeech().equals("VBG")) {
                Optional<String> gerund = lookUp(lemma(graph, arc.dependent()), code);
                if (gerund.isPresent()) {
                    return gerund;
                }
            }
        }
        return Optional.empty();
    }

    /** The first code listed for the aim that narrows {@code code}, in the family of {@code code}. */
    private Optional<String> lookUp(String aim, String code) {
        for (String listed : codesByAim.getOrDefault(aim, List.of())) {
            String inFamily = code.startsWith("02") && listed.startsWith("10") ? appealTwin(listed) : listed;
            if (narrows(code, inFamily)) {
                return Optional.of(inFamily);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code general} stands above {@code specific}: its root's unspecified code ("100") or an ancestor ("112" of "1123"). */
    static boolean narrows(String general, String specific) {
        if (general.equals(specific)) {
            return false;
        }
        boolean rootUnspecified = general.length() == 3 && general.endsWith("0") && specific.startsWith(general.substring(0, 2));
        return rootUnspecified || (specific.length() > general.length() && specific.startsWith(general));
    }

    private static String lemma(SentenceGraph graph, int token) {
        return graph.token(token).lemma().toLowerCase(Locale.ROOT);
    }

    /** The appeal code with the demand's sub-code: 1053 → 0253, 106 → 026. */
    static String appealTwin(String demand) {
        return "02" + demand.substring(2);
    }
}
