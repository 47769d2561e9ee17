package org.opencac.engine.section;

import java.util.List;

/**
 * One section rule from {@code section_headers.json}: header literals that start a section of a category.
 *
 * @param id       rule id, for provenance
 * @param category the section category
 * @param headers  header literals, lowercase
 */
public record SectionRule(String id, String category, List<String> headers) {
    public SectionRule {
        if (id == null || id.isBlank() || category == null || category.isBlank()) {
            throw new IllegalArgumentException("section rule needs an id and a category");
        }
        if (headers == null || headers.isEmpty()) {
            throw new IllegalArgumentException("section rule " + id + " has no headers");
        }
        headers = headers.stream().map(h -> h.trim().toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
