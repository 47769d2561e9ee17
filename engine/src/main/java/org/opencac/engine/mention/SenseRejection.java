package org.opencac.engine.mention;

import java.util.List;
import java.util.Objects;
import org.opencac.models.lexicon.Term;

/**
 * A reading of a mention that a word-sense rule rejected: the term, what the rejection means and why.
 * The mention keeps it so that its outcome can say why the code was not given.
 *
 * @param term    the rejected term (its code is not coded from this mention)
 * @param kind    what the rejection means
 * @param meaning the rule's meaning from the data file (the coded sense and the sense read instead)
 * @param cues    the words of the sentence that decided (a counter-cue found, or the cues none of which was found)
 */
public record SenseRejection(Term term, SenseKind kind, String meaning, List<String> cues) {
    public SenseRejection {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(kind, "kind");
        meaning = meaning == null ? "" : meaning;
        cues = List.copyOf(cues);
    }

    /** The reason in words for the coder: the code, the deciding words and the rule's meaning. */
    public String explanation() {
        String why = cues.isEmpty() ? "" : " (" + String.join(", ", cues) + ")";
        return term.code() + why + ": " + meaning;
    }
}
