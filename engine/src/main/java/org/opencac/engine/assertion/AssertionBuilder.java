package org.opencac.engine.assertion;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the categories that apply to one mention and builds its {@link Assertion}. The switch in
 * {@link #add} is the one table from cue category to assertion attribute (medspaCy's DEFAULT_ATTRIBUTES).
 */
final class AssertionBuilder {
    private boolean negated;
    private boolean uncertain;
    private boolean hypothetical;
    private boolean historical;
    private Experiencer experiencer = Experiencer.PATIENT;
    private final List<String> cues = new ArrayList<>();

    AssertionBuilder add(ContextCategory category, String cueId) {
        switch (category) {
            case NEGATED -> negated = true;
            case UNCERTAIN -> uncertain = true;
            case HYPOTHETICAL -> hypothetical = true;
            case HISTORICAL -> historical = true;
            case FAMILY -> experiencer = Experiencer.FAMILY;
            case PSEUDO, TERMINATE -> {
                return this;
            }
        }
        if (!cues.contains(cueId)) {
            cues.add(cueId);
        }
        return this;
    }

    Assertion build(int mentionIndex) {
        return new Assertion(mentionIndex, negated, uncertain, hypothetical, historical, experiencer, cues);
    }
}
