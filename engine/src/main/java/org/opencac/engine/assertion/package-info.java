/**
 * Clinical assertion: is a mention negated, uncertain, hypothetical, historical, or a family member's?
 * {@link org.opencac.engine.assertion.AssertionDetector} is ConText (as in medspaCy): cue rules are data
 * ({@code models/.../assertion/context_rules.json}), each a {@link org.opencac.engine.assertion.ContextRule}
 * that checks itself; a cue modifies the mentions in its scope inside one sentence. Reads sections,
 * sentences, tokens and mentions; writes one {@link org.opencac.engine.assertion.Assertion} per mention.
 * Traps: scope never crosses a sentence, so a sentence splitter that merges list lines widens scopes;
 * the longest cue at a position wins, which is how PSEUDO cues ("gram negative") hide shorter ones, but a cue limited
 * to codes a mention has none of is not there for that mention (unless its rule hides_elsewhere); a cue
 * that would end a scope does not end it over a mention that begins (or, backward, ends) with that cue, since
 * it is the mention's own word ("no screening colonoscopy was done"); a relative's scope skips a comma aside
 * to its verb ({@link org.opencac.engine.assertion.SubjectAside}: "his brother, though ..., has").
 */
package org.opencac.engine.assertion;
