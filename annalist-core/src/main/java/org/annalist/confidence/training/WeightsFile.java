package org.annalist.confidence.training;

import java.util.List;
import java.util.Locale;
import org.annalist.confidence.ConfidenceModel;

/**
 * Writes the confidence weights as the TSV {@link ConfidenceModel} reads: {@code #} comment lines
 * saying how the file was made, the header {@code feature  weight  events}, one row per feature.
 * Weights are written with four decimals and rows in a fixed order, so training twice on the same
 * gold writes the same bytes.
 */
public final class WeightsFile {

    private WeightsFile() {}

    /**
     * @param comments lines for the head of the file (without the {@code #})
     * @param weights the rows, in the order to write them
     */
    public static String write(List<String> comments, List<ConfidenceModel.Weight> weights) {
        StringBuilder text = new StringBuilder();
        for (String comment : comments) {
            text.append(comment.isEmpty() ? "#" : "# " + comment).append('\n');
        }
        text.append("feature\tweight\tevents\n");
        for (ConfidenceModel.Weight weight : weights) {
            if (weight.feature().contains("\t") || weight.feature().contains("\n")) {
                throw new IllegalArgumentException("a feature name with a tab or line break: \"" + weight.feature() + "\"");
            }
            // a weight that rounds to zero is written as 0.0000, never -0.0000
            double rounded = Math.round(weight.weight() * 10000) / 10000.0 + 0.0;
            text.append(weight.feature()).append('\t').append(String.format(Locale.ROOT, "%.4f", rounded)).append('\t')
                    .append(weight.events()).append('\n');
        }
        return text.toString();
    }
}
