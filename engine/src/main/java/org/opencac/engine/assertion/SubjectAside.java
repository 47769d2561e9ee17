package org.opencac.engine.assertion;

import java.util.List;
import java.util.Set;
import org.opencac.engine.text.Token;

/**
 * An aside between a subject cue and its verb: in "his brother, although he is a vegetarian, has high
 * cholesterol" the words between the commas say something else about the relative, and the clause goes on
 * with its verb after them. For cues of the given categories, a forward scope that meets such an aside
 * (a comma right after the cue, a closing comma within {@code maxWords} words, then one of the
 * {@code resumedBy} words) skips it: its words are not in the scope, its cues do not end it, and the scope
 * starts again at the verb.
 *
 * @param categories the cue categories whose scope may skip an aside (FAMILY: the relative is the subject)
 * @param maxWords   the longest aside in words
 * @param resumedBy  the token keys (verbs) that continue the clause after the closing comma
 */
record SubjectAside(Set<ContextCategory> categories, int maxWords, Set<String> resumedBy) {
    static final SubjectAside NONE = new SubjectAside(Set.of(), 0, Set.of());

    SubjectAside {
        categories = Set.copyOf(categories);
        resumedBy = Set.copyOf(resumedBy);
        if (maxWords < 0) {
            throw new IllegalArgumentException("aside max_words must not be negative");
        }
    }

    /**
     * Where the clause resumes after an aside that opens right after the cue ending at {@code cueEnd}: the index
     * of the verb after the closing comma, or {@code cueEnd} if the cue is not followed by an aside.
     */
    int resume(CueMatch cue, List<Token> tokens, String[] keys, int cueEnd, int sentenceEnd) {
        if (!categories.contains(cue.cue().rule().category()) || cueEnd >= sentenceEnd || !keys[cueEnd].equals(",")) {
            return cueEnd;
        }
        int words = 0;
        for (int j = cueEnd + 1; j < sentenceEnd - 1; j++) {
            if (keys[j].equals(",")) {
                return words > 0 && resumedBy.contains(keys[j + 1]) ? j + 1 : cueEnd;
            }
            if (!tokens.get(j).isPunctuation() && ++words > maxWords) {
                return cueEnd;
            }
        }
        return cueEnd;
    }
}
