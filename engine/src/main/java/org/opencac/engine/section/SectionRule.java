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
 * @param capitalsOnly the literals are headers only when written in capitals ("SUBSTANCE ABUSE:"), wherever they
 *                stand: written in mixed case the same words are as often a condition listed with a colon
 *                ("2. Substance abuse: counseled") as a heading
 */
public record SectionRule(String id, SectionType type, List<String> headers, Set<SectionType> within,
                          boolean capitalsOnly) {
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

    public SectionRule(String id, SectionType type, List<String> headers, Set<SectionType> within) {
        this(id, type, headers, within, false);
    }

    public SectionRule(String id, String category, List<String> headers) {
        this(id, SectionType.fromId(category), headers, Set.of());
    }

    /** Whether {@code raw}, a header literal as written, is written so that this rule takes it as a header. */
    public boolean writtenAsHeader(String raw) {
        return !capitalsOnly || raw.equals(raw.toUpperCase(Locale.ROOT)) && raw.chars().anyMatch(Character::isLetter);
    }

    /** The section's category id. */
    public String category() {
        return type.id();
    }
}
