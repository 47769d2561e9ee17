package org.opencac.engine.assertion;

import java.util.Set;

/**
 * A rule compiled for matching: its token keys (or token patterns) and its resolved scope settings.
 *
 * @param rule     the rule
 * @param words    the literal's token keys, or null if the rule matches by pattern
 * @param patterns one regex test per token, or null if the rule matches by literal
 * @param maxScope scope limit in words
 * @param endedBy  categories whose cues end this cue's scope (TERMINATE cues always may)
 */
record Cue(ContextRule rule, String[] words, TokenTest[] patterns, int maxScope, Set<ContextCategory> endedBy) {

    int length() {
        return words != null ? words.length : patterns.length;
    }

    /** Whether the cue matches the token keys starting at {@code at} (keys[at..] within limit). */
    boolean matches(String[] keys, int at, int limit) {
        int n = length();
        if (at + n > limit) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            boolean ok = words != null ? words[i].equals(keys[at + i]) : patterns[i].matches(keys[at + i]);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether a cue found in the same sentence ends this cue's scope. */
    boolean endedBy(Cue other) {
        return other.rule.terminates(rule.category()) || endedBy.contains(other.rule.category());
    }
}
