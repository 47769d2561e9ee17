package org.opencac.engine.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;

/**
 * Codes that a mention may produce only in some sections (data: {@code code_section_rules.tsv}), e.g.
 * long-term drug therapy only from the medication list or the plan.
 */
public final class CodeSectionRules {
    public static final String RESOURCE = "/org/opencac/engine/coding/code_section_rules.tsv";

    private final Map<String, Set<String>> sectionsByPrefix;

    public CodeSectionRules(Map<String, Set<String>> sectionsByPrefix) {
        this.sectionsByPrefix = Map.copyOf(sectionsByPrefix);
    }

    public static CodeSectionRules standard() {
        Map<String, Set<String>> rules = new LinkedHashMap<>();
        for (String line : DataFiles.lines(RESOURCE)) {
            if (line.startsWith("prefix\t")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new IllegalArgumentException(RESOURCE + ": prefix<TAB>sections expected, got: " + line);
            }
            rules.put(cols[0].trim(), Set.of(cols[1].trim().split("\\s*,\\s*")));
        }
        return new CodeSectionRules(rules);
    }

    /** Reads a TSV whose first column is a code prefix (header "prefix"); for small rule lists. */
    public static List<String> readPrefixes(String resource) {
        List<String> out = new ArrayList<>();
        for (String line : DataFiles.lines(resource)) {
            if (line.startsWith("prefix\t")) {
                continue;
            }
            String prefix = line.split("\t")[0].trim();
            if (!prefix.matches("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?")) {
                throw new IllegalArgumentException(resource + ": not a code prefix: " + prefix);
            }
            out.add(prefix);
        }
        return out;
    }

    /** True unless a rule restricts this code to other sections. */
    public boolean allows(String code, String section) {
        for (Map.Entry<String, Set<String>> e : sectionsByPrefix.entrySet()) {
            if (code.startsWith(e.getKey())) {
                return e.getValue().contains(section);
            }
        }
        return true;
    }
}
