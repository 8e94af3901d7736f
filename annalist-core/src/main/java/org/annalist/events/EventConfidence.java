package org.annalist.events;

/**
 * How likely an event is to be right, as the confidence model estimates it from how the event
 * was found, and which model file said so (the file and its hash make the figure reproducible).
 *
 * @param value the estimated probability, from 0 to 1, that a gold annotator would code the same
 *        event type between the same actor and recipient countries
 * @param model the weights file ("events/confidence-weights.tsv" or a user path)
 * @param modelSha256 SHA-256 of that file's bytes
 */
public record EventConfidence(double value, String model, String modelSha256) {

    public EventConfidence {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("confidence outside 0..1: " + value);
        }
    }
}
