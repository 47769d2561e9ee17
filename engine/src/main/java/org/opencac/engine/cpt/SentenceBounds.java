package org.opencac.engine.cpt;

/** The bounds of the sentence around an offset of a note's lower-cased text, as the CPT plug-in's cue reading takes them. */
final class SentenceBounds {
    private SentenceBounds() {
    }

    /** Where the sentence holding {@code offset} starts: after the last period or line break before it. */
    static int start(String lower, int offset) {
        return Math.max(lower.lastIndexOf('.', offset - 1), lower.lastIndexOf('\n', offset - 1)) + 1;
    }

    /** Where the sentence holding {@code offset} ends: at the first period or line break from it on, or the text's end. */
    static int end(String lower, int offset) {
        int to = offset;
        while (to < lower.length() && lower.charAt(to) != '.' && lower.charAt(to) != '\n') {
            to++;
        }
        return to;
    }
}
