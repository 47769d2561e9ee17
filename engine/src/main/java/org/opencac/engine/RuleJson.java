package org.opencac.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading the string lists of a JSON rule file, for every stage that keeps its rules as JSON. */
public final class RuleJson {
    private RuleJson() {
    }

    /** The texts of a JSON array, in order (none for a missing field), as a list that cannot be changed. */
    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>(array.size());
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    /** The texts of the array {@code field} of {@code rule}, in order (none when the field is missing), unchangeable. */
    public static List<String> strings(JsonNode rule, String field) {
        return strings(rule.path(field));
    }
}
