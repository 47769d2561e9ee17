package org.opencac.engine.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.opencac.engine.RuleJson;

/**
 * The contents of a ConText rule file: the cue rules, the scope defaults and the table that turns a
 * section category into assertion categories (family_history gives FAMILY, as medspaCy's sectionizer
 * {@code DEFAULT_ATTRS} does).
 *
 * @param rules              the cue rules, ids unique
 * @param defaultMaxScope    scope limit in words for rules without max_scope
 * @param listItemWords      past the limit, a scope that has entered a comma list goes on while list items
 *                           stay this short ("no fever, chills, night sweats, weight loss or cough")
 * @param terminatedBy       per category, the categories whose cues end its scope
 * @param sectionCategories  per section category, the assertion categories of every mention in it
 * @param aside              the asides a subject cue's scope skips ("his brother, who ..., has")
 */
public record ContextRules(List<ContextRule> rules, int defaultMaxScope, int listItemWords,
                           Map<ContextCategory, Set<ContextCategory>> terminatedBy,
                           Map<String, Set<ContextCategory>> sectionCategories, SubjectAside aside) {
    public static final String RESOURCE = "/org/opencac/models/assertion/context_rules.json";

    /** Rules whose scopes skip no aside. */
    public ContextRules(List<ContextRule> rules, int defaultMaxScope, int listItemWords,
                        Map<ContextCategory, Set<ContextCategory>> terminatedBy,
                        Map<String, Set<ContextCategory>> sectionCategories) {
        this(rules, defaultMaxScope, listItemWords, terminatedBy, sectionCategories, SubjectAside.NONE);
    }

    public ContextRules {
        java.util.Objects.requireNonNull(aside, "aside");
        rules = List.copyOf(rules);
        terminatedBy = Map.copyOf(terminatedBy);
        sectionCategories = Map.copyOf(sectionCategories);
        if (defaultMaxScope <= 0 || listItemWords < 0) {
            throw new IllegalArgumentException("max_scope must be positive and list_item_words not negative");
        }
        Set<String> ids = new HashSet<>();
        for (ContextRule r : rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("duplicate context rule id " + r.id());
            }
        }
    }

    /** The bundled rules. */
    public static ContextRules standard() {
        try (InputStream in = ContextRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " (models module not on the classpath?)");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a rule file; any bad rule fails naming the file and the rule id. */
    public static ContextRules read(InputStream in, String name) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        try {
            JsonNode defaults = root.path("defaults");
            Map<ContextCategory, Set<ContextCategory>> terminatedBy = new EnumMap<>(ContextCategory.class);
            defaults.path("terminated_by").properties().forEach(e -> terminatedBy.put(
                    ContextRule.category("defaults", e.getKey()), categories("defaults", e.getValue())));
            Map<String, Set<ContextCategory>> sections = new HashMap<>();
            root.path("section_categories").properties().forEach(e -> sections.put(
                    e.getKey().toLowerCase(Locale.ROOT), categories("section_categories", e.getValue())));
            List<ContextRule> rules = new ArrayList<>();
            for (JsonNode r : root.path("rules")) {
                rules.add(rule(r));
            }
            JsonNode aside = defaults.path("subject_aside");
            SubjectAside skip = aside.isMissingNode() ? SubjectAside.NONE : new SubjectAside(
                    categories("defaults.subject_aside", aside.path("categories")), aside.path("max_words").asInt(8),
                    new HashSet<>(RuleJson.strings(aside.path("resumed_by")).stream().map(CueMatcher::key).toList()));
            return new ContextRules(rules, defaults.path("max_scope").asInt(8),
                    defaults.path("list_item_words").asInt(5), terminatedBy, sections, skip);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static ContextRule rule(JsonNode r) {
        String id = r.path("id").asText(null);
        String shown = id == null ? "(no id)" : id;
        String category = r.path("category").asText(null);
        String direction = r.path("direction").asText(null);
        if (category == null || direction == null) {
            throw new IllegalArgumentException("context rule " + shown + " needs a category and a direction");
        }
        JsonNode scope = r.path("max_scope");
        return new ContextRule(id, ContextRule.category(shown, category), r.path("literal").asText(null),
                RuleJson.strings(r.path("pattern")), ContextRule.direction(shown, direction),
                scope.isMissingNode() || scope.isNull() ? OptionalInt.empty() : OptionalInt.of(scope.asInt()),
                RuleJson.strings(r.path("allowed_codes")), RuleJson.strings(r.path("excluded_codes")),
                categories(shown, r.path("terminated_by")), categories(shown, r.path("terminates")),
                r.path("within_clause").asBoolean(false), categories(shown, r.path("spares_subject")),
                r.path("denied_by_negation").asBoolean(false), new HashSet<>(RuleJson.strings(r.path("only_after"))),
                r.path("list_before").asBoolean(false), r.path("yields_to_hedge").asBoolean(false),
                r.path("after_coordinated_item").asBoolean(false), r.path("semicolon_items").asBoolean(false),
                r.path("hides_elsewhere").asBoolean(false));
    }

    private static Set<ContextCategory> categories(String id, JsonNode array) {
        Set<ContextCategory> out = EnumSet.noneOf(ContextCategory.class);
        array.forEach(n -> out.add(ContextRule.category(id, n.asText())));
        return out;
    }

    /** The categories whose cues end the scope of a rule: the file default for its category and its own. */
    public Set<ContextCategory> terminatorsOf(ContextRule rule) {
        Set<ContextCategory> out = EnumSet.noneOf(ContextCategory.class);
        out.addAll(terminatedBy.getOrDefault(rule.category(), Set.of()));
        out.addAll(rule.terminatedBy());
        return out;
    }

    /** The scope limit of a rule in words. */
    public int maxScopeOf(ContextRule rule) {
        return rule.maxScope().orElse(defaultMaxScope);
    }
}
