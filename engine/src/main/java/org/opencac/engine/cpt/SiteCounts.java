package org.opencac.engine.cpt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opencac.engine.DataFiles;

/**
 * The variant of a service's code that the number of sites treated makes right ({@code site_counts.tsv}): trigger
 * point injections in three or more muscles are 20553, not 20552. The sites are the site words of the note's
 * sentences that name the service's cue, not negated ({@link CueNegation}); a site counts twice where its sentence
 * places the sites on both sides. A code without a variant row stays.
 */
record SiteCounts(Map<String, Variant> variants, Map<String, List<String>> cues, Map<String, Map<String, String>> sites,
                  List<String> bothSides) {
    private static final String FILE = "/org/opencac/engine/cpt/site_counts.tsv";
    static final SiteCounts STANDARD = load();

    /** {@code code} becomes {@code variant} where the note names at least {@code least} sites. */
    record Variant(String variant, int least) {
    }

    /** The variant chosen and the sites that chose it, each with its count (1, or 2 for both sides). */
    record Counted(String code, Map<String, Integer> sites) {
        int total() {
            return sites.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    SiteCounts {
        variants = Map.copyOf(variants);
        cues = Map.copyOf(cues);
        sites = Map.copyOf(sites);
        bothSides = List.copyOf(bothSides);
    }

    static SiteCounts load() {
        Map<String, Variant> variants = new HashMap<>();
        Map<String, List<String>> cues = new HashMap<>();
        Map<String, Map<String, String>> sites = new HashMap<>();
        List<String> bothSides = new ArrayList<>();
        DataFiles.kindRows(FILE, Map.of(
                "variant", v -> {
                    String[] c = DataFiles.values(FILE, v, 3, 3);
                    variants.put(c[0], new Variant(c[1], Integer.parseInt(c[2])));
                },
                "cue", v -> {
                    String[] c = DataFiles.values(FILE, v, 2, 2);
                    cues.computeIfAbsent(c[0], k -> new ArrayList<>()).add(c[1].toLowerCase(Locale.ROOT));
                },
                "site", v -> {
                    String[] c = DataFiles.values(FILE, v, 2, 3);
                    String word = c[1].toLowerCase(Locale.ROOT);
                    sites.computeIfAbsent(c[0], k -> new LinkedHashMap<>())
                            .put(word, c.length == 3 ? c[2].toLowerCase(Locale.ROOT) : word);
                },
                "both_sides", v -> bothSides.add(DataFiles.values(FILE, v, 1, 1)[0].toLowerCase(Locale.ROOT))));
        for (String code : variants.keySet()) {
            if (!cues.containsKey(code) || !sites.containsKey(code)) {
                throw new IllegalStateException(FILE + ": the variant of " + code + " needs cue and site rows");
            }
        }
        cues.replaceAll((k, v) -> List.copyOf(v));
        sites.replaceAll((k, v) -> Map.copyOf(v));
        return new SiteCounts(variants, cues, sites, bothSides);
    }

    /** The variant of {@code code} that the sites the note {@code lower} (lower case) names make right, if any. */
    Optional<Counted> variantFor(String code, String lower) {
        Variant v = variants.get(code);
        if (v == null) {
            return Optional.empty();
        }
        Map<String, Integer> counted = sitesNamed(code, lower);
        Counted c = new Counted(v.variant(), counted);
        return c.total() >= v.least() ? Optional.of(c) : Optional.empty();
    }

    /** The sites of {@code code} named in the note's sentences that name its cue, each counted once or for both sides. */
    private Map<String, Integer> sitesNamed(String code, String lower) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int start = 0; start < lower.length(); ) {
            int end = SentenceBounds.end(lower, start);
            String sentence = lower.substring(start, end);
            if (cues.get(code).stream().anyMatch(c -> CueNegation.STANDARD.affirmedIn(sentence, c))) {
                int sides = bothSides.stream().anyMatch(w -> WholeWord.indexIn(sentence, w) >= 0) ? 2 : 1;
                sites.get(code).forEach((word, site) -> {
                    if (WholeWord.indexIn(sentence, word) >= 0) {
                        out.merge(site, sides, Math::max);
                    }
                });
            }
            start = end + 1;
        }
        return out;
    }
}
