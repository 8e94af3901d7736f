package org.annalist.quotes;

/** What a reporting verb reports; decides which quotations it may introduce. */
public enum SpeechVerbKind {
    /** Reports words ("say", "warn"): attributes direct and partial quotes; its reported clause is indirect speech. */
    SPEECH,
    /** Reports a view ("believe", "consider"): attributes direct and partial quotes only, never indirect speech. */
    COGNITION,
    /** Asks someone to act ("urge", "call on"): its object and infinitive are the reported content. */
    APPEAL,
    /** Blames someone ("accuse", "blame"): its object and "of"/"for" phrase are the reported content. */
    ACCUSATION,
    /**
     * Takes a stand on something without reporting words ("slam", "voice", "express", "liken"):
     * attributes direct and partial quotes ("slammed the ruling as “a disgrace”", "voiced “full
     * confidence”"), as a speech verb does, but its object is no indirect speech.
     */
    STANCE;

    /** Whether the verb's reported clause or complement counts as indirect speech. */
    public boolean reportsSpeech() {
        return this != COGNITION && this != STANCE;
    }
}
