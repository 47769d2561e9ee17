package org.opencac.workbench.learning;

import org.opencac.engine.suggest.Suggestion;

/**
 * A suggestion after learning: possibly re-scored, re-coded or held back, with the engine's own score kept.
 *
 * @param suggestion  the suggestion as the coder sees it (its rationale ends with the learning lines)
 * @param engineScore the engine's score before learning
 * @param origin      "engine", or "learned" for a code coders taught (added by hand for this trigger)
 * @param suppressed  true when learning holds it back (a trigger coders keep rejecting)
 */
public record Learned(Suggestion suggestion, double engineScore, String origin, boolean suppressed) {
}
