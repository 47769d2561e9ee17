package org.opencac.engine.hcpcs;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.text.VertebralLevels;

/**
 * How many sites a dose written as each site's is given at ({@code per_site_doses.tsv}): "80 mg ... through each
 * needle" with two needles named is 160 mg given. The count is a number word before the sites' noun, else for
 * needles or levels the vertebral levels named; 1 where the dose is not per site or no count is named.
 */
record PerSiteDose(Map<String, String> each, Map<String, Integer> counts, Set<String> byLevels) {
    private static final String FILE = "/org/opencac/engine/hcpcs/per_site_doses.tsv";
    static final PerSiteDose STANDARD = load();
    /** The most sites a count is taken for: a larger number before the noun is no count of needles. */
    private static final int MOST_SITES = 12;

    /** The sites a dose is given at: the count and the noun ("2", "needles"). */
    record Sites(int count, String noun) {
    }

    PerSiteDose {
        each = Collections.unmodifiableMap(new LinkedHashMap<>(each));
        counts = Map.copyOf(counts);
        byLevels = Set.copyOf(byLevels);
    }

    static PerSiteDose load() {
        Map<String, String> each = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Set<String> byLevels = new HashSet<>();
        DataFiles.kindRows(FILE, Map.of(
                "each", v -> {
                    String[] c = DataFiles.values(FILE, v, 2, 2);
                    each.put(c[0], c[1]);
                },
                "count", v -> {
                    String[] c = DataFiles.values(FILE, v, 2, 2);
                    counts.put(c[0], Integer.parseInt(c[1]));
                },
                "levels", v -> byLevels.add(DataFiles.values(FILE, v, 1, 1)[0])));
        return new PerSiteDose(each, counts, byLevels);
    }

    /**
     * The sites the dose told in {@code sentence} (its words space-padded, lower case) is given at, read in
     * {@code before} (its section up to the dose, lower case); one site where it is not per site or no count is named.
     */
    Sites sites(String sentence, String before) {
        for (Map.Entry<String, String> e : each.entrySet()) {
            if (sentence.contains(" " + e.getKey() + " ")) {
                int n = countNamed(e.getValue(), before);
                return new Sites(n, e.getValue());
            }
        }
        return new Sites(1, "");
    }

    private int countNamed(String noun, String before) {
        Matcher m = Pattern.compile("\\b(\\d{1,2}|" + String.join("|", List.copyOf(counts.keySet()))
                + ")\\s+(?:[a-z-]+\\s+){0,2}?" + Pattern.quote(noun) + "\\b").matcher(before);
        int n = 0;
        while (m.find()) {
            n = counts.getOrDefault(m.group(1), m.group(1).chars().allMatch(Character::isDigit)
                    ? Integer.parseInt(m.group(1)) : 0);
        }
        if (n == 0 && byLevels.contains(noun)) {
            n = VertebralLevels.in(before).size();
        }
        return n >= 2 && n <= MOST_SITES ? n : 1;
    }
}
