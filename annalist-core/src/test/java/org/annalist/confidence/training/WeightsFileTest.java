package org.annalist.confidence.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.confidence.ConfidenceModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightsFileTest {

    @TempDir
    Path dir;

    @Test
    void writesWeightsTheModelReadsBackWithFourDecimals() throws IOException {
        List<ConfidenceModel.Weight> weights = List.of(new ConfidenceModel.Weight("bias", -0.123456, 50),
                new ConfidenceModel.Weight("events in sentence=3 or more", 0.5, 4), new ConfidenceModel.Weight("aux=future", -0.00001, 2));

        String text = WeightsFile.write(List.of("trained on a test", ""), weights);
        Path file = dir.resolve("weights.tsv");
        Files.writeString(file, text);
        ConfidenceModel model = ConfidenceModel.file(file);

        assertThat(text).isEqualTo("# trained on a test\n#\nfeature\tweight\tevents\nbias\t-0.1235\t50\n"
                + "events in sentence=3 or more\t0.5000\t4\naux=future\t0.0000\t2\n");
        assertThat(model.weights()).extracting(ConfidenceModel.Weight::weight).containsExactly(-0.1235, 0.5, 0.0);
    }

    @Test
    void refusesAFeatureNameWithATab() {
        assertThatThrownBy(() -> WeightsFile.write(List.of(), List.of(new ConfidenceModel.Weight("bias\tx", 0, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
