/**
 * The lexicon audit: codes a folder (or JSON Lines file) of notes and lists every trigger (the covered
 * text that produced a suggested code) with its code, the lexicon term and source behind it, the number
 * of notes and a few example contexts, most frequent first. A coder reviews the top of the list; the
 * verdicts are kept in a TSV of trigger, code and verdict only (no note text) and merged back in, so the
 * count of rejected triggers is reproducible. Contexts written to files hold at most a few words either
 * side of the trigger; full clauses are only shown on screen.
 */
package org.opencac.evaluation.audit;
