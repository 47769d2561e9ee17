package org.opencac.engine.section;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One section rule from {@code section_headers.json}: header literals that start a section of a type.
 *
 * @param id      rule id, for provenance
 * @param type    the section type
 * @param headers header literals, lowercase
 * @param within  for sub-headers (body systems such as "HEENT:"): the enclosing section types they continue
 *                instead of starting their own type; empty for ordinary headers
 */
public record SectionRule(String id, SectionType type, List<String> headers, Set<SectionType> within) {
    public SectionRule {
        if (id == null || id.isBlank() || type == null) {
            throw new IllegalArgumentException("section rule needs an id and a category");
        }
        if (headers == null || headers.isEmpty()) {
            throw new IllegalArgumentException("section rule " + id + " has no headers");
        }
        headers = headers.stream().map(h -> h.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).toList();
        within = within == null ? Set.of() : Set.copyOf(within);
    }

    public SectionRule(String id, String category, List<String> headers) {
        this(id, SectionType.fromId(category), headers, Set.of());
    }

    /** The section's category id. */
    public String category() {
        return type.id();
    }
}
