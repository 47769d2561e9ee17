package org.opencac.engine.outcome;

/**
 * What a stage decided about one mention that it did not pass on as the patient's condition: the stage
 * that drops or recodes a mention records why, so the reason is never re-derived later.
 *
 * @param mentionIndex index of the mention in {@code Document.mentions()}
 * @param reason       why it was not coded as the patient's condition
 * @param detail       specifics for the coder (the code it is integral to, the cues that fired ...), may be empty
 * @param relatedCode  the code the mention is tied to (the diagnosis a symptom is integral to, the history code
 *                     that reports a relative's or past condition, the code a past or relative's condition would
 *                     have taken where no history code exists), or null (a finding, which has no code); later
 *                     stages read it here, never from the detail
 */
public record MentionDecision(int mentionIndex, NotCodedReason reason, String detail, String relatedCode) {
    public MentionDecision {
        if (mentionIndex < 0 || reason == null) {
            throw new IllegalArgumentException("a mention decision needs a mention index and a reason");
        }
        detail = detail == null ? "" : detail;
    }

    public MentionDecision(int mentionIndex, NotCodedReason reason, String detail) {
        this(mentionIndex, reason, detail, null);
    }
}
