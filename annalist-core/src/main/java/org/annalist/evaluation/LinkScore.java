package org.annalist.evaluation;

import java.util.Locale;

/**
 * A coreference metric's recall and precision kept as numerators and denominators, so that
 * documents add up (micro-averaged) before the ratios are taken, as the CoNLL scorer does.
 */
public record LinkScore(double recallNumerator, double recallDenominator, double precisionNumerator, double precisionDenominator) {

    public static final LinkScore ZERO = new LinkScore(0, 0, 0, 0);

    public LinkScore plus(LinkScore other) {
        return new LinkScore(recallNumerator + other.recallNumerator, recallDenominator + other.recallDenominator,
                precisionNumerator + other.precisionNumerator, precisionDenominator + other.precisionDenominator);
    }

    public double recall() {
        return recallDenominator == 0 ? 0 : recallNumerator / recallDenominator;
    }

    public double precision() {
        return precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** "P 0.712  R 0.655  F1 0.682". */
    public String summary() {
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f", precision(), recall(), f1());
    }
}
