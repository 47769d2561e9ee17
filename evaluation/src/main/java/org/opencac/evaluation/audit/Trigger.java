package org.opencac.evaluation.audit;

import java.util.List;

/**
 * One trigger of the audit: a normalized piece of note text and the code it produced.
 *
 * @param trigger  the trigger, normalized (the lexicon key of the covered text)
 * @param surface  its most frequent written form
 * @param code     the suggested code
 * @param title    the code's title
 * @param term     the lexicon term behind it and its source ("doe [CURATED]"), or "" when not a lexicon term
 * @param notes    number of distinct notes where it produced the code
 * @param mentions number of times it did
 * @param examples up to three example contexts
 * @param verdict  the reviewer's verdict ("accept", "reject", ...) or "" when not reviewed
 * @param reason   the reviewer's reason, or ""
 */
public record Trigger(String trigger, String surface, String code, String title, String term, int notes, int mentions,
                      List<TriggerExample> examples, String verdict, String reason) {
    public Trigger {
        examples = List.copyOf(examples);
    }

    public boolean rejected() {
        return verdict.equals(Verdicts.REJECT);
    }

    Trigger withVerdict(String v, String r) {
        return new Trigger(trigger, surface, code, title, term, notes, mentions, examples, v, r);
    }
}
