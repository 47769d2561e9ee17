package org.opencac.engine.convention;

import java.util.List;
import java.util.Objects;

/**
 * A group of codes of which one reports a documented condition ({@code same_condition.json}).
 *
 * @param id          rule id
 * @param condition   the condition, for the rationale
 * @param prefixes    code prefixes of the group's members
 * @param combination the code that replaces members when all its required prefixes are documented, or null
 * @param requires    prefixes that must all be documented for the combination code
 * @param reason      why the combination code is chosen, or null
 */
public record SameConditionRule(String id, String condition, List<String> prefixes, String combination,
                                List<String> requires, String reason) {
    public SameConditionRule {
        Objects.requireNonNull(id, "id");
        if (prefixes == null || prefixes.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + ": codes required");
        }
        prefixes = List.copyOf(prefixes);
        requires = requires == null ? List.of() : List.copyOf(requires);
        if (combination != null && (requires.isEmpty() || reason == null)) {
            throw new IllegalArgumentException("rule " + id + ": a combination needs requires and reason");
        }
        if (combination != null && !covers(prefixes, combination)) {
            throw new IllegalArgumentException("rule " + id + ": combination " + combination + " is not in the group");
        }
    }

    /** True if the code belongs to this group. */
    public boolean covers(String code) {
        return covers(prefixes, code);
    }

    private static boolean covers(List<String> prefixes, String code) {
        for (int i = 0; i < prefixes.size(); i++) {   // a loop: asked for every candidate of every note
            if (code.startsWith(prefixes.get(i))) {
                return true;
            }
        }
        return false;
    }
}
