package org.annalist.actors;

/**
 * What the words around one name say about the person: office or rank, country and sector,
 * each with the rule or dictionary row that gave it, and the words of the title that point
 * back at the organisation employing the person. Fields are null when the text says nothing;
 * {@code codedByBody} tells a code read from a dictionary body in the title ("EU", "UN") from one
 * read from a country word ("Kenya", "Iranian"); {@code nationality} tells a demonym ("its Kenyan
 * deputy commander"), which says whose citizen the person is whoever employs them; {@code possessor}
 * is the name of another person whose office the title is ("Petro's foreign minister, Laura
 * Sarabia"), null when the title names none.
 */
record PersonDescription(String title, String code, String codedBy, boolean codedByBody, boolean nationality, String sector, String sectorBy,
        EmployerReference employer, ActorPhrase possessor) {

    static final PersonDescription NOTHING = new PersonDescription(null, null, null, false, false, null, null, null, null);

    /**
     * Words of a person's title that stand for an organisation the article names elsewhere:
     * "Alliance" in "Alliance spokeswoman", "the bloc's" in "the bloc's commissioner", "the
     * Joint Chiefs" in "director of operations at the Joint Chiefs", "Its" in "Its North Africa
     * researcher".
     *
     * @param sentence sentence index
     * @param firstToken first token of the words (without a leading article)
     * @param endToken token after the words
     * @param bare whether the words are only a generic body word or a possessive pronoun, which
     *     may stand for the most recently named organisation; other words ("the Joint Chiefs")
     *     must be part of an earlier organisation's name
     * @param source the rule or dictionary row that made the words a reference
     */
    record EmployerReference(int sentence, int firstToken, int endToken, boolean bare, String source) {}
}
