package org.opencac.engine.coding;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.section.SectionType;

/**
 * Section gating: codes that a mention may produce only in some sections (data:
 * {@code code_section_rules.tsv}), e.g. long-term drug therapy only from the medication list or the plan.
 * A section id the file names that is not a {@link SectionType} fails at load.
 */
public final class SectionGate {
    public static final String RESOURCE = "/org/opencac/engine/coding/code_section_rules.tsv";

    private final Map<String, Set<SectionType>> sectionsByPrefix;

    public SectionGate(Map<String, Set<SectionType>> sectionsByPrefix) {
        // First matching prefix wins, in file order.
        this.sectionsByPrefix = Collections.unmodifiableMap(new LinkedHashMap<>(sectionsByPrefix));
    }

    public static SectionGate standard() {
        return parse(DataFiles.lines(RESOURCE), RESOURCE);
    }

    static SectionGate parse(List<String> lines, String name) {
        Map<String, Set<SectionType>> rules = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("prefix\t")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new IllegalArgumentException(name + ": prefix<TAB>sections expected, got: " + line);
            }
            Set<SectionType> sections = EnumSet.noneOf(SectionType.class);
            for (String id : cols[1].trim().split("\\s*,\\s*")) {
                try {
                    sections.add(SectionType.fromId(id));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + ": " + e.getMessage() + ": " + line, e);
                }
            }
            rules.put(cols[0].trim(), Set.copyOf(sections));
        }
        return new SectionGate(rules);
    }

    /** True unless a rule restricts this code to other sections. */
    public boolean allows(String code, SectionType section) {
        for (Map.Entry<String, Set<SectionType>> e : sectionsByPrefix.entrySet()) {
            if (code.startsWith(e.getKey())) {
                return e.getValue().contains(section);
            }
        }
        return true;
    }
}
