package org.opencac.engine.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
        try (InputStream in = CodeSectionRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("prefix\t")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                    throw new IllegalArgumentException(RESOURCE + " line " + lineNo + ": prefix<TAB>sections expected");
                }
                rules.put(cols[0].trim(), Set.of(cols[1].trim().split("\\s*,\\s*")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CodeSectionRules(rules);
    }

    /** Reads a TSV whose first column is a code prefix (header "prefix", "#" comments); for small rule lists. */
    public static java.util.List<String> readPrefixes(String resource) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (InputStream in = CodeSectionRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("prefix\t")) {
                    continue;
                }
                String prefix = line.split("\t")[0].trim();
                if (!prefix.matches("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?")) {
                    throw new IllegalArgumentException(resource + " line " + lineNo + ": not a code prefix: " + prefix);
                }
                out.add(prefix);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
