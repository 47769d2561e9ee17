package org.opencac.engine.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.assertion.AssertionDetector;
import org.opencac.engine.assertion.ContextCategory;
import org.opencac.engine.assertion.ContextRule;
import org.opencac.engine.assertion.ContextRules;
import org.opencac.engine.assertion.Experiencer;

/**
 * Which family cues name a person who is no relative ({@code other_person_cues.txt}: a partner, a friend, a
 * contact): a condition only such a person has is no family history (Z80-Z84 record blood relatives'
 * conditions). A mention is another person's when a cue of the list made it the family's and no relative's cue
 * nor the family-history section did.
 *
 * @param otherPerson the FAMILY rule ids that name someone who is no relative
 * @param relative    the other FAMILY rule ids
 */
public record OtherPersonCues(Set<String> otherPerson, Set<String> relative) {
    public static final String RESOURCE = "/org/opencac/engine/coding/other_person_cues.txt";
    /** No cue names another person: every family mention is a relative's. */
    public static final OtherPersonCues NONE = new OtherPersonCues(Set.of(), Set.of());
    private static final String FAMILY_SECTION = AssertionDetector.SECTION_CUE + "family";

    public OtherPersonCues {
        otherPerson = Set.copyOf(otherPerson);
        relative = Set.copyOf(relative);
    }

    /** The bundled list, each id checked to be a FAMILY rule of the bundled cue rules. */
    public static OtherPersonCues standard() {
        return of(DataFiles.lines(RESOURCE), ContextRules.standard().rules());
    }

    static OtherPersonCues of(List<String> ids, List<ContextRule> rules) {
        Set<String> family = new HashSet<>();
        for (ContextRule r : rules) {
            if (r.category() == ContextCategory.FAMILY) {
                family.add(r.id());
            }
        }
        for (String id : ids) {
            if (!family.contains(id)) {
                throw new IllegalArgumentException(RESOURCE + ": " + id + " is no FAMILY cue rule");
            }
        }
        family.removeAll(ids);
        return new OtherPersonCues(new HashSet<>(ids), family);
    }

    /** Whether the mention is the family's only through cues naming someone who is no relative. */
    public boolean onlyOtherPerson(Assertion a) {
        if (a.experiencer() != Experiencer.FAMILY || otherPerson.isEmpty()) {
            return false;
        }
        boolean other = false;
        for (String cue : a.cues()) {
            if (relative.contains(cue) || cue.equals(FAMILY_SECTION)) {
                return false;
            }
            other |= otherPerson.contains(cue);
        }
        return other;
    }
}
