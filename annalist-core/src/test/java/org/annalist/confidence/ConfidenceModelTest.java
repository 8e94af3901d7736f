package org.annalist.confidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.dictionary.DictionaryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfidenceModelTest {

    @TempDir
    Path dir;

    private Path weights(String... lines) throws IOException {
        Path file = dir.resolve("weights.tsv");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    @Test
    void addsTheWeightsOfTheEventsFeaturesAndIgnoresFeaturesItDoesNotList() throws IOException {
        ConfidenceModel model = ConfidenceModel.file(weights("# a comment", "feature\tweight\tevents", "bias\t-0.5\t100",
                "type=CONSULT\t1.5\t40", "aux=negation\t-2\t3"));

        assertThat(model.probability(List.of("bias", "type=CONSULT", "rule=unseen"))).isCloseTo(1 / (1 + Math.exp(-1.0)), within(1e-12));
        assertThat(model.probability(List.of("bias", "type=CONSULT", "aux=negation"))).isCloseTo(1 / (1 + Math.exp(1.0)), within(1e-12));
        assertThat(model.weights()).extracting(ConfidenceModel.Weight::events).containsExactly(100, 40, 3);
        assertThat(model.sha256()).hasSize(64);
    }

    @Test
    void listsTheContributionsLargestEffectFirst() throws IOException {
        ConfidenceModel model = ConfidenceModel.file(weights("feature\tweight\tevents", "bias\t-0.5\t100",
                "type=CONSULT\t1.5\t40", "aux=negation\t-2\t3", "speech=narrator\t0\t90"));

        assertThat(model.contributions(List.of("bias", "type=CONSULT", "aux=negation", "speech=narrator", "rule=unseen")))
                .extracting(ConfidenceModel.Contribution::feature).containsExactly("aux=negation", "type=CONSULT", "bias");
    }

    @Test
    void rejectsAFeatureListedTwiceWithItsLine() throws IOException {
        Path file = weights("feature\tweight\tevents", "bias\t0\t10", "type=AID\t0.1\t2", "type=AID\t0.2\t2");

        assertThatThrownBy(() -> ConfidenceModel.file(file)).isInstanceOf(DictionaryException.class)
                .hasMessage(file + ":4: feature \"type=AID\" is listed twice");
    }

    @Test
    void rejectsAWeightThatIsNotANumberWithItsLine() throws IOException {
        Path file = weights("feature\tweight\tevents", "bias\t0\t10", "type=AID\theavy\t2");

        assertThatThrownBy(() -> ConfidenceModel.file(file)).isInstanceOf(DictionaryException.class)
                .hasMessageStartingWith(file + ":3: column \"weight\" is not a number");
    }

    @Test
    void rejectsAnInfiniteWeight() throws IOException {
        Path file = weights("feature\tweight\tevents", "bias\tInfinity\t10");

        assertThatThrownBy(() -> ConfidenceModel.file(file)).isInstanceOf(DictionaryException.class)
                .hasMessageStartingWith(file + ":2: weight of \"bias\" is not a finite number");
    }

    @Test
    void rejectsANegativeOrFractionalEventCount() throws IOException {
        Path negative = weights("feature\tweight\tevents", "bias\t0\t-1");
        assertThatThrownBy(() -> ConfidenceModel.file(negative)).hasMessage(negative + ":2: events of \"bias\" is negative: -1");

        Path fractional = weights("feature\tweight\tevents", "bias\t0\t1.5");
        assertThatThrownBy(() -> ConfidenceModel.file(fractional)).hasMessage(fractional + ":2: events of \"bias\" is not a whole number: \"1.5\"");
    }

    @Test
    void rejectsAFileWithoutTheBiasRow() throws IOException {
        Path file = weights("feature\tweight\tevents", "type=AID\t0.1\t2");

        assertThatThrownBy(() -> ConfidenceModel.file(file)).isInstanceOf(DictionaryException.class).hasMessageContaining("no \"bias\" row");
    }

    @Test
    void rejectsAFileWithoutTheEventsColumn() throws IOException {
        Path file = weights("feature\tweight", "bias\t0");

        assertThatThrownBy(() -> ConfidenceModel.file(file)).isInstanceOf(DictionaryException.class)
                .hasMessageContaining("header lacks column \"events\"");
    }

    @Test
    void bundledWeightsWereTrainedOnEventsOfEveryKindTheCoderProduces() {
        ConfidenceModel model = ConfidenceModel.bundled();

        assertThat(model.name()).isEqualTo("events/confidence-weights.tsv");
        List<String> features = model.weights().stream().map(ConfidenceModel.Weight::feature).toList();
        assertThat(features.get(0)).isEqualTo(EventFeatures.BIAS);
        assertThat(features).contains("type=CONSULT", "type=COOPERATE", "trigger=verb", "trigger=noun", "actor.path=subject",
                "recipient.path=none", "aux=negation", "speech=direct quote", "paragraph=first", "events in sentence=1");
        assertThat(model.weights()).allMatch(weight -> weight.events() > 0);
        assertThat(model.weights().get(0).events()).isGreaterThan(1000);
    }
}
