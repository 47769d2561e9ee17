package org.opencac.engine.assertion;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One token of a pattern cue: whether a token key (lower case, as {@link CueMatcher#key} makes it) matches the
 * rule's regex for that token, compiled case-insensitively. A regex that is a plain alternation of ASCII words or
 * punctuation ("no|none|denies", ":|-", "\\(") is answered by a set of its lower-cased alternatives, as the regex
 * would answer a key without upper-case ASCII letters; any other regex is run.
 */
final class TokenTest {
    private final Pattern pattern;
    /** The lower-cased alternatives, or null when the regex is run. */
    private final Set<String> alternatives;
    /**
     * The regex's matcher of each thread, reset to each key: a matcher made per key was most of what a sentence's
     * cue search allocated; null when the test is answered by its alternatives.
     */
    private final ThreadLocal<Matcher> matchers;

    TokenTest(String regex) {
        this.alternatives = alternatives(regex);
        // a plain alternation is a valid regex answered by its set: compiled only when it is run
        this.pattern = alternatives == null ? Pattern.compile(regex, Pattern.CASE_INSENSITIVE) : null;
        this.matchers = pattern == null ? null : ThreadLocal.withInitial(() -> pattern.matcher(""));
    }

    /** Whether the key matches the whole regex. */
    boolean matches(String key) {
        return alternatives != null ? alternatives.contains(key) : matchers.get().reset(key).matches();
    }

    /** Whether the test is answered by its set of alternatives (not by running its regex). */
    boolean byAlternatives() {
        return alternatives != null;
    }

    /** The lower-cased alternatives this test is answered by, or null when it runs its regex. */
    java.util.List<String> alternativesOrNull() {
        return alternatives == null ? null : java.util.List.copyOf(alternatives);
    }

    private static Set<String> alternatives(String regex) {
        if (CueMatcher.literalAlternatives(regex).isEmpty()) {
            return null;
        }
        Set<String> out = new HashSet<>();
        for (String alt : regex.split("\\|", -1)) {
            String literal = alt.replace("\\", "");
            for (int i = 0; i < literal.length(); i++) {   // a loop, not a stream: run for every cue at start-up
                if (literal.charAt(i) >= 128) {
                    return null;
                }
            }
            out.add(literal.toLowerCase(Locale.ROOT));
        }
        return org.opencac.engine.WordSet.of(out);   // asked per token (WordSet)
    }
}
