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
    /** The HISTORICAL a past-history section gives, which a CURRENT cue lifts (a cue's own stays). */
    private String sectionHistorical;
    private boolean current;
    /** Whether a CURRENT cue read backward told the mention's status now, which lifts a cue's HISTORICAL too. */
    private boolean statusNow;
    /** The ids of the HISTORICAL cues added, dropped when {@link #statusNow} lifts them. */
    private final List<String> historicalCues = new ArrayList<>();
    /** The FAMILY a family-history section gives, which a PATIENT cue lifts (a relative's cue keeps its own). */
    private String sectionFamily;
    private boolean patientSubject;
    private Experiencer experiencer = Experiencer.PATIENT;
    private final List<String> cues = new ArrayList<>();

    AssertionBuilder add(ContextCategory category, String cueId) {
        switch (category) {
            case NEGATED -> negated = true;
            case UNCERTAIN -> uncertain = true;
            case HYPOTHETICAL -> hypothetical = true;
            case HISTORICAL -> {
                historical = true;
                historicalCues.add(cueId);
            }
            case FAMILY -> experiencer = Experiencer.FAMILY;
            case CURRENT -> {
                current = true;
                return this;
            }
            case PATIENT -> {
                patientSubject = true;
                return this;
            }
            case PSEUDO, TERMINATE -> {
                return this;
            }
        }
        if (!cues.contains(cueId)) {
            cues.add(cueId);
        }
        return this;
    }

    /**
     * A CURRENT cue that reads only backward, told right after the condition ("asthma, under good
     * control", "hypertension, untreated"): it says how the condition stands now, so it lifts the past that a
     * cue before the condition gave ("a history of") as well as the section's.
     */
    AssertionBuilder addStatusNow(String cueId) {
        statusNow = true;
        return add(ContextCategory.CURRENT, cueId);
    }

    /**
     * A category the mention's section gives: as {@link #add}, except that a section's HISTORICAL and FAMILY are
     * held apart until {@link #build}, where a CURRENT cue lifts the one and a PATIENT cue the other.
     */
    AssertionBuilder addSection(ContextCategory category, String cue) {
        if (category == ContextCategory.HISTORICAL) {
            sectionHistorical = cue;
            return this;
        }
        if (category == ContextCategory.FAMILY) {
            sectionFamily = cue;
            return this;
        }
        return add(category, cue);
    }

    Assertion build(int mentionIndex) {
        if (statusNow) {
            historical = false;
            cues.removeAll(historicalCues);
            sectionHistorical = null;
        }
        if (sectionHistorical != null && !current) {
            historical = true;
            if (!cues.contains(sectionHistorical)) {
                cues.add(0, sectionHistorical);
            }
        }
        if (sectionFamily != null && !patientSubject) {
            experiencer = Experiencer.FAMILY;
            if (!cues.contains(sectionFamily)) {
                cues.add(0, sectionFamily);
            }
        }
        return new Assertion(mentionIndex, negated, uncertain, hypothetical, historical, experiencer, cues);
    }
}
