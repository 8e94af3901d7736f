package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
