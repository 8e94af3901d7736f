package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetReaderTest {

    @Test
    void readsPloverRecordsWithTheirOldCountryCodesAsIsoCodesAndTheirOldTypeNames(@TempDir Path folder) throws IOException {
        Path records = folder.resolve("records.json");
        Files.writeString(records, """
                [{"id": "R-1", "date": "2001-05-02", "event": "DEMAND", "text": "Japan asked Italy to extradite the suspect.",
                  "source": [{"actorText": "Japan", "code": "JAP", "sector": "GOV"}],
                  "target": [{"actorText": "Italy", "code": "ITL"}]}]
                """);

        GoldSet gold = new GoldSetReader(new ObjectMapper()).read(records);

        GoldArticle.Event event = gold.articles().get(0).events().get(0);
        assertThat(event.event()).isEqualTo("REQUEST");
        assertThat(event.actors()).containsExactly(new GoldArticle.Party("JPN", "GOV"));
        assertThat(event.recipients()).containsExactly(new GoldArticle.Party("ITA", null));
    }

    @Test
    void readsTheRecordsModeAndContextButNotTheirPlaceholderDate(@TempDir Path folder) throws IOException {
        Path records = folder.resolve("records.json");
        Files.writeString(records, """
                [{"id": "R-2", "date": "2000-01-01", "event": "CONSULT", "mode": "visit", "context": "diplomatic",
                  "text": "The Kenyan president visited Addis Ababa.", "source": [{"code": "KEN"}], "target": [{"code": "ETH"}]}]
                """);

        GoldArticle.Event event = new GoldSetReader(new ObjectMapper()).read(records).articles().get(0).events().get(0);

        assertThat(event.attributes()).isEqualTo(new GoldArticle.Attributes(null, null, false, "visit", "diplomatic"));
    }

    @Test
    void readsAnEventsDateCameoCodeAndWhetherItsAuxIsAnnotated(@TempDir Path folder) throws IOException {
        Path gold = ownGold(folder, " date 2026-03-11 Ghana expelled two Togolese diplomats on Tuesday.", """
                {"article": "a1", "events": [{"event": "COERCE", "actor": [{"code": "GHA"}], "recipient": [{"code": "TGO"}], \
                "date": "2026-03-10", "cameo": "1734", "aux": [], "evidence": "expelled two Togolese diplomats"}]}
                """);

        GoldArticle.Event event = new GoldSetReader(new ObjectMapper()).read(gold).articles().get(0).events().get(0);

        assertThat(event.attributes()).isEqualTo(new GoldArticle.Attributes(LocalDate.of(2026, 3, 10), "1734", true, null, null));
    }

    @Test
    void namesTheLineOfAnEventDateThatIsNoDate(@TempDir Path folder) throws IOException {
        Path gold = ownGold(folder, "Ghana expelled two Togolese diplomats.", """
                {"article": "a1", "events": [{"event": "COERCE", "actor": [{"code": "GHA"}], "date": "10 March"}]}
                """);

        assertThatThrownBy(() -> new GoldSetReader(new ObjectMapper()).read(gold))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("gold.jsonl:1: an event date is not YYYY-MM-DD: 10 March");
    }

    /** A gold set in Annalist's own format: article a1 with this text, and this gold.jsonl. */
    private static Path ownGold(Path folder, String articleText, String goldLines) throws IOException {
        Files.createDirectory(folder.resolve("articles"));
        Files.writeString(folder.resolve("articles/a1.txt"), articleText);
        Path gold = folder.resolve("gold.jsonl");
        Files.writeString(gold, goldLines);
        return gold;
    }
}
