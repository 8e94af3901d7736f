package org.annalist.events.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.annalist.dictionary.DictionaryException;
import org.annalist.dictionary.TsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventOntologyTest {

    @TempDir
    Path folder;

    @Test
    void loadsSixteenPloverTypesAndEveryCameoRoot() {
        EventOntology ontology = EventOntology.bundled();

        assertThat(ontology.events()).hasSize(16);
        assertThat(ontology.cameoCodes().stream().filter(code -> code.code().length() == 2)).hasSize(20);
        assertThat(ontology.cameo("042").orElseThrow().ploverMode()).isEqualTo("visit");
        assertThat(ontology.cameo("0312").orElseThrow().contexts()).containsExactly("military");
        assertThat(ontology.event("ASSAULT").orElseThrow().quadCode()).isEqualTo(4);
        assertThat(ontology.cameo("010").orElseThrow().ploverEvent()).isNull();
    }

    @Test
    void rejectsCameoRowWithUnknownModeNamingFileAndLine() throws IOException {
        TsvTable events = table("events.tsv", "event\tquad_code\tscore\nCONSULT\t1\t2.1\n");
        TsvTable modes = table("modes.tsv", "event\tmode\nCONSULT\tvisit\n");
        TsvTable contexts = table("contexts.tsv", "context\nmilitary\n");
        TsvTable cameo = table("cameo.tsv", "# comment\ncode\tname\tgoldstein\tplover_event\tplover_mode\tplover_context\n"
                + "040\tConsult\t1.0\tCONSULT\t\t\n042\tVisit\t1.9\tCONSULT\tphone\t\n");

        assertThatThrownBy(() -> EventOntology.fromTables(events, modes, contexts, cameo))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining("cameo.tsv:4")
                .hasMessageContaining("\"phone\" is not a mode of CONSULT");
    }

    @Test
    void rejectsModeOfUnknownEventType() throws IOException {
        TsvTable events = table("events.tsv", "event\tquad_code\tscore\nCONSULT\t1\t2.1\n");
        TsvTable modes = table("modes.tsv", "event\tmode\nFIGHT\tfirearms\n");
        TsvTable contexts = table("contexts.tsv", "context\nmilitary\n");
        TsvTable cameo = table("cameo.tsv", "code\tname\tgoldstein\tplover_event\tplover_mode\tplover_context\n");

        assertThatThrownBy(() -> EventOntology.fromTables(events, modes, contexts, cameo))
                .hasMessageContaining("modes.tsv:2")
                .hasMessageContaining("unknown PLOVER event \"FIGHT\"");
    }

    @Test
    void rejectsUnknownContext() throws IOException {
        TsvTable events = table("events.tsv", "event\tquad_code\tscore\nCONSULT\t1\t2.1\n");
        TsvTable modes = table("modes.tsv", "event\tmode\n");
        TsvTable contexts = table("contexts.tsv", "context\nmilitary\n");
        TsvTable cameo = table("cameo.tsv", "code\tname\tgoldstein\tplover_event\tplover_mode\tplover_context\n"
                + "040\tConsult\t1.0\tCONSULT\t\tmilitary|sports\n");

        assertThatThrownBy(() -> EventOntology.fromTables(events, modes, contexts, cameo))
                .hasMessageContaining("cameo.tsv:2")
                .hasMessageContaining("unknown PLOVER context \"sports\"");
    }

    private TsvTable table(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        return TsvTable.file(file, Set.of());
    }
}
