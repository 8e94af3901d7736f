package org.annalist.events;

/**
 * Where an event's trigger stands in its sentence, as the confidence model reads it: news
 * reports the day's events in main clauses, and puts what it recalls (background, history, what
 * a party is known for) in relative clauses, "since"/"after" phrases, the pluperfect and phrases
 * dated before the article. None of these rules an event out — "Houthi rebels, who seized a ship
 * on Monday" is news — so they are evidence for the model, not filters.
 *
 * @param clause the kind of clause or phrase the trigger is in: {@code main} (also under a verb
 *        of saying), {@code relative} ("Hungary, which has threatened to …"), {@code participle}
 *        (a reduced relative: "troops deployed in May"), {@code temporal} (a clause or phrase of
 *        sequence: "since Russia's invasion", "days after Washington approved"), {@code conditional}
 *        ("if Ankara sent soldiers"), {@code purpose} ("travelled to Cairo to help bridge the gaps"),
 *        {@code adverbial} (another adverbial clause: "as", "when", a bare participle),
 *        {@code complement} (the complement of a verb not of saying: "urged Paris to press Israel",
 *        "threatened to impose sanctions"), {@code noun complement} ("his offer to resume talks"),
 *        {@code prepositional} (a noun trigger in a prepositional phrase: "at the request of")
 * @param time the period a time expression attached to the trigger (or the verb governing a noun
 *        trigger) names, against the article date: {@code earlier} (ending more than two weeks
 *        before it: "in 1982", "last year", "in February 2022"), {@code current}, {@code later},
 *        or {@code none}
 */
public record TriggerPosition(String clause, String time) {}
