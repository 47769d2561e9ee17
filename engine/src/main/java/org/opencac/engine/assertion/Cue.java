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
        return matches(keys, at, limit, 0);
    }

    /**
     * {@link #matches(String[], int, int)} where the first {@code known} tokens are already known to match (the
     * cue was found by them), so only the tokens after them are compared.
     */
    boolean matches(String[] keys, int at, int limit, int known) {
        int n = length();
        if (at + n > limit) {
            return false;
        }
        for (int i = known; i < n; i++) {
            boolean ok = words != null ? words[i].equals(keys[at + i]) : patterns[i].matches(keys[at + i]);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether the cue's token {@code i} matches the key. */
    boolean matchesToken(int i, String key) {
        return words != null ? words[i].equals(key) : patterns[i].matches(key);
    }

    /**
     * How many of the cue's first tokens a key index names exactly (a literal word, or a plain alternation
     * answered by its set): 2 when the second token is one, else 1 ({@link CueMatcher.SecondWord}).
     */
    int keyedTokens() {
        return length() >= 2 && (words != null || patterns[1].byAlternatives()) ? 2 : 1;
    }

    /** Whether a cue found in the same sentence ends this cue's scope. */
    boolean endedBy(Cue other) {
        return other.rule.terminates(rule.category()) || endedBy.contains(other.rule.category());
    }
}
