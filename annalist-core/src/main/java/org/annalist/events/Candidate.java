package org.annalist.events;

import java.util.List;

/**
 * A matched trigger with its roles filled and its modality marks, before the decisions that
 * emit it, fold it into another candidate or drop it. A record of its own because the filling
 * ({@link RoleFilling}), the relations between a sentence's candidates ({@link CandidateRelations})
 * and the emitting coder all pass it along.
 */
record Candidate(TriggerMatch match, PartyFinder.Filling actor, PartyFinder.Filling recipient, List<String> aux) {}
