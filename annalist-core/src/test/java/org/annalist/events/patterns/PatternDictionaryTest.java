package org.annalist.events.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annalist.dictionary.DictionaryException;
import org.annalist.dictionary.TsvTable;
import org.annalist.events.ontology.EventOntology;
import org.annalist.events.ontology.PloverEventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternDictionaryTest {

    private static final String HEADER = "id\tkind\ttrigger\tactor\trecipient\tcameo\tevent\tmode\tcontext\tcomplement\tnote\n";

    private final EventOntology ontology = EventOntology.bundled();

    @TempDir
    Path folder;

    @Test
    void bundledPatternsCoverEveryPloverTypeAndCameoRootFromTwoToTwenty() {
        PatternDictionary patterns = PatternDictionary.load(List.of(), ontology);
        TsvTable table = patterns.sources().get(0);
        Set<String> events = new HashSet<>();
        Set<String> roots = new HashSet<>();
        for (TsvTable.Row row : table.rows()) {
            String cameo = row.get("cameo");
            roots.add(cameo.substring(0, 2));
            events.add(row.get("event").isEmpty() ? ontology.cameo(cameo).orElseThrow().ploverEvent() : row.get("event"));
        }

        assertThat(events).containsAll(ontology.events().stream().map(PloverEventType::name).toList());
        for (int root = 2; root <= 20; root++) {
            assertThat(roots).contains(String.format("%02d", root));
        }
        assertThat(patterns.size()).isGreaterThan(500);
    }

    @Test
    void readsVerbTriggerWithObjectAndPreposition() {
        PatternDictionary patterns = PatternDictionary.load(List.of(), ontology);

        EventPattern sanctions = patterns.candidates("impose").stream()
                .filter(pattern -> pattern.trigger().equals("impose sanction on")).findFirst().orElseThrow();

        assertThat(sanctions.objects()).containsExactly("sanction");
        assertThat(sanctions.particles()).containsExactly("on");
        assertThat(sanctions.recipient().get(0)).isEqualTo(new RoleSource(RoleSource.Kind.PREPOSITION, "on"));
        assertThat(sanctions.event()).isEqualTo("SANCTION");
    }

    @Test
    void userFileReplacesBundledRowWithSameIdAndComesFirstOnTies() throws IOException {
        Path user = folder.resolve("mine.tsv");
        Files.writeString(user, HEADER
                + "assault.attack\tverb\tattack\t\t\t111\t\t\t\t\tin my corpus \"attack\" is verbal\n"
                + "mine.attack\tverb\tattack\t\t\t190\t\t\t\t\t\n");

        PatternDictionary patterns = PatternDictionary.load(List.of(user), ontology);

        List<EventPattern> attack = patterns.candidates("attack").stream()
                .filter(pattern -> pattern.trigger().equals("attack") && pattern.kind() == TriggerKind.VERB).toList();
        assertThat(attack).extracting(EventPattern::id).containsExactly("assault.attack", "mine.attack");
        assertThat(attack.get(0).event()).isEqualTo("ACCUSE");
        assertThat(attack.get(0).source()).isEqualTo(user.toString());
    }

    @Test
    void malformedPatternFileFailsWithFileAndLine() throws IOException {
        Path user = folder.resolve("broken.tsv");
        Files.writeString(user, "# my patterns\n" + HEADER
                + "mine.meet\tverb\tmeet\t\t\t040\t\t\t\t\t\n"
                + "mine.bad\tverb\tsmite\t\t\t999\t\t\t\t\t\n");

        assertThatThrownBy(() -> PatternDictionary.load(List.of(user), ontology))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining("broken.tsv:4")
                .hasMessageContaining("unknown CAMEO code \"999\"");
    }

    @Test
    void rejectsModeThatIsNotAModeOfTheEvent() throws IOException {
        Path user = folder.resolve("mode.tsv");
        Files.writeString(user, HEADER + "mine.call\tverb\tring\t\t\t041\t\tfirearms\t\t\t\n");

        assertThatThrownBy(() -> PatternDictionary.load(List.of(user), ontology))
                .hasMessageContaining("mode.tsv:2")
                .hasMessageContaining("\"firearms\" is not a mode of CONSULT");
    }

    @Test
    void rejectsUnknownRoleSource() throws IOException {
        Path user = folder.resolve("role.tsv");
        Files.writeString(user, HEADER + "mine.meet\tverb\tmeet\tthe boss\t\t040\t\t\t\t\t\n");

        assertThatThrownBy(() -> PatternDictionary.load(List.of(user), ontology))
                .hasMessageContaining("role.tsv:2")
                .hasMessageContaining("unknown role source \"the boss\"");
    }

    @Test
    void classWordMatchesEveryWordOfItsClassAndRanksBelowANamedWord() {
        PatternDictionary patterns = PatternDictionary.load(List.of(), ontology);

        List<EventPattern> send = patterns.candidates("send");
        EventPattern forces = send.stream().filter(pattern -> pattern.id().equals("mobilize.send-force-unit")).findFirst().orElseThrow();
        EventPattern tanks = send.stream().filter(pattern -> pattern.id().equals("aid.send-tank")).findFirst().orElseThrow();

        assertThat(forces.alternatives("<force-unit>")).contains("platoon", "brigade", "warship");
        assertThat(forces.alternatives("tank")).containsExactly("tank");
        assertThat(forces.specificity()).isLessThan(tanks.specificity());
        assertThat(send.indexOf(tanks)).isLessThan(send.indexOf(forces));
    }

    @Test
    void classAsAPrepositionsObjectRanksBelowTheNamedWord() {
        PatternDictionary patterns = PatternDictionary.load(List.of(), ontology);

        List<EventPattern> hand = patterns.candidates("hand");
        EventPattern goods = hand.stream().filter(pattern -> pattern.id().equals("aid.hand-out-relief-goods")).findFirst().orElseThrow();
        EventPattern blankets = hand.stream().filter(pattern -> pattern.id().equals("aid.hand-out-blanket")).findFirst().orElseThrow();

        assertThat(goods.specificity()).isLessThan(blankets.specificity());
        assertThat(hand.indexOf(blankets)).isLessThan(hand.indexOf(goods));
    }

    @Test
    void prepositionObjectsKeepTriggerOrder() {
        PatternDictionary patterns = PatternDictionary.load(List.of(), ontology);

        // "back" must find "team" before "of" looks for the inspectors on it: a hashed order made the match random
        EventPattern team = patterns.pattern("reject.turn-back-team-monitor-party").orElseThrow();
        assertThat(team.prepositionObjects().keySet()).containsExactly("back", "of");
    }

    @Test
    void userClassFileAddsWordsToABundledClass() throws IOException {
        Path classes = folder.resolve("my-classes.tsv");
        Files.writeString(classes, "class\tword\tnote\nforce-unit\thussar\tmy corpus is historical\n");

        PatternDictionary patterns = PatternDictionary.load(List.of(classes), ontology);

        EventPattern forces = patterns.pattern("mobilize.send-force-unit").orElseThrow();
        assertThat(forces.alternatives("<force-unit>")).contains("hussar", "platoon");
        assertThat(patterns.sources()).extracting(TsvTable::name).contains(classes.toString());
    }

    @Test
    void rejectsUnknownClassAndClassAsHeadWord() throws IOException {
        Path unknown = folder.resolve("unknown.tsv");
        Files.writeString(unknown, HEADER + "mine.send\tverb\tsend <spaceship>\t\t\t154\t\t\t\t\t\n");
        Path head = folder.resolve("head.tsv");
        Files.writeString(head, HEADER + "mine.any\tverb\t<force-unit> to\t\t\t154\t\t\t\t\t\n");

        assertThatThrownBy(() -> PatternDictionary.load(List.of(unknown), ontology))
                .hasMessageContaining("unknown.tsv:2")
                .hasMessageContaining("unknown word class <spaceship>");
        assertThatThrownBy(() -> PatternDictionary.load(List.of(head), ontology))
                .hasMessageContaining("head.tsv:2")
                .hasMessageContaining("head word cannot be a word class");
    }

    @Test
    void fileWithNeitherPatternNorClassColumnsIsRejected() throws IOException {
        Path odd = folder.resolve("odd.tsv");
        Files.writeString(odd, "id\tword\nx\ty\n");

        assertThatThrownBy(() -> PatternDictionary.load(List.of(odd), ontology))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining("odd.tsv")
                .hasMessageContaining("header lacks a pattern column");
    }
}
