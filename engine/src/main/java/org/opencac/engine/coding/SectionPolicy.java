package org.opencac.engine.coding;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencac.engine.DataFiles;
import org.opencac.engine.section.SectionType;

/**
 * The section policy (data: {@code section_policy.tsv}): the coding role of every section type and the
 * code prefixes that stay codable in it. Every section type must have a row; a bad row fails at load.
 */
public final class SectionPolicy {
    public static final String RESOURCE = "/org/opencac/engine/coding/section_policy.tsv";

    /** One row: a role and the code prefixes kept whatever the role. */
    public record Entry(SectionRole role, List<String> kept) {
        public Entry {
            kept = List.copyOf(kept);
        }
    }

    private final Map<SectionType, Entry> bySection;

    public SectionPolicy(Map<SectionType, Entry> bySection) {
        for (SectionType t : SectionType.values()) {
            if (!bySection.containsKey(t)) {
                throw new IllegalArgumentException("section policy has no row for section type " + t.id());
            }
        }
        this.bySection = Map.copyOf(bySection);
    }

    public static SectionPolicy standard() {
        return parse(DataFiles.lines(RESOURCE), RESOURCE);
    }

    static SectionPolicy parse(List<String> lines, String name) {
        Map<SectionType, Entry> map = new EnumMap<>(SectionType.class);
        for (String line : lines) {
            if (line.startsWith("section\t")) {
                continue;
            }
            String[] cols = line.split("\t");
            try {
                if (cols.length != 3) {
                    throw new IllegalArgumentException("expected section<TAB>role<TAB>kept");
                }
                SectionType type = SectionType.fromId(cols[0]);
                SectionRole role = SectionRole.valueOf(cols[1].trim().toUpperCase(Locale.ROOT));
                List<String> kept = cols[2].trim().equals("-") ? List.of() : List.of(cols[2].trim().split("\\s*,\\s*"));
                if (map.put(type, new Entry(role, kept)) != null) {
                    throw new IllegalArgumentException("section type listed twice");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage() + ": " + line, e);
            }
        }
        return new SectionPolicy(map);
    }

    public SectionRole roleOf(SectionType type) {
        return bySection.get(type).role();
    }

    /** True if the section keeps this code whatever its role (allergy-status codes in the allergy list). */
    public boolean keeps(SectionType type, String code) {
        return bySection.get(type).kept().stream().anyMatch(code::startsWith);
    }
}
