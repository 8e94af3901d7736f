package org.annalist.language.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FineGrainedGazetteerTest {

    @Test
    void treatsPlainWordsAsLiteral() {
        assertThat(FineGrainedGazetteer.isLiteral("foreign minister")).isTrue();
        assertThat(FineGrainedGazetteer.isLiteral("u.s.")).isTrue();
        assertThat(FineGrainedGazetteer.isLiteral("bosnia-herzegovina")).isTrue();
    }

    @Test
    void treatsEscapesAlternativesAndCharacterClassesAsRegularExpressions() {
        assertThat(FineGrainedGazetteer.isLiteral("Calif\\.?-born")).isFalse();
        assertThat(FineGrainedGazetteer.isLiteral("rigdonite|rigdonites")).isFalse();
        assertThat(FineGrainedGazetteer.isLiteral("[A-Z][a-zA-Z]+ activist")).isFalse();
        assertThat(FineGrainedGazetteer.isLiteral("( /the/ /pope/ )")).isFalse();
    }

    @Test
    void keepsPlainEntriesOfEveryTypeAndDropsRegularExpressions() throws IOException {
        String mapping = FineGrainedGazetteer.literalEntriesMapping();
        assertThat(mapping).startsWith("ignorecase=true,validpospattern=^(NN|JJ).*,");
        String[] files = mapping.substring(mapping.indexOf(".*,") + 3).split(";");
        assertThat(files).hasSize(2);
        List<String> caseless = Files.readAllLines(Path.of(files[0]));
        List<String> cased = Files.readAllLines(Path.of(files[1]));
        assertThat(caseless).contains("iran\tCOUNTRY\tLOCATION\t1", "president\tTITLE\tMISC\t1",
                "iranian\tNATIONALITY\tMISC,COUNTRY,LOCATION\t1");
        assertThat(caseless).noneMatch(line -> line.startsWith("u\\.?s\\.?a\\.?\t"));
        assertThat(cased).contains("US\tCOUNTRY\tLOCATION\t1");
        assertThat(cased).noneMatch(line -> line.contains("\\."));
    }
}
