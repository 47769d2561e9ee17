package org.opencac.engine.convention;

import static org.opencac.engine.CodePrefixes.startsWithAny;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.RuleJson;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.Alternative;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.coding.CodeResolver;
import org.opencac.engine.coding.DefaultTitlePhrases;
import org.opencac.engine.coding.SpecifyingFindings;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.Clauses;
import org.opencac.models.codeset.Chapter;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * One suggestion per documented condition: candidates that code the same condition are merged into one,
 * the others kept as its {@link Alternative}s with why each was not chosen. A default code
 * ({@link CodeResolver#isDefault}) gives way to a more specific code of its category documented in the same
 * words or, anywhere in the note, refining its title (same_condition.json "refinement"); the members of a
 * group of {@code same_condition.json} compete. The specificity itself was chosen earlier from the words of
 * each mention's own clause; this stage only decides between the codes, and is the one place that does (the
 * principal diagnosis is chosen after it, among the merged candidates). The kept code takes the place of the
 * first member in reporting order and the evidence of all members.
 */
public final class SameConditionCheck implements Stage {
    public static final String RESOURCE = "/org/opencac/engine/convention/same_condition.json";

    /** The Tabular title phrases this stage reads ({@code same_condition_title_patterns.tsv}), by kind. */
    static final String TITLE_PATTERNS = "/org/opencac/engine/convention/same_condition_title_patterns.tsv";
    private static final Map<String, java.util.regex.Pattern> TITLE = titlePatterns(
            "unspecified_part", "part_unspecified", "unspecified_fracture");
    /**
     * What a default's title prints to say a detail is not documented ("without complications"): the phrases of
     * a default's marks ({@link DefaultTitlePhrases}).
     */
    private static final java.util.regex.Pattern DEFAULT_PHRASES = DefaultTitlePhrases.bundled().anyPhrase();
    /** A default naming the unspecified part (portion) of its site ({@link #namesPartOf}). */
    private static final java.util.regex.Pattern UNSPECIFIED_PART = TITLE.get("unspecified_part");
    /** A region's fracture of no stated part ({@link #namesPartOfRegion}). */
    private static final java.util.regex.Pattern PART_UNSPECIFIED = TITLE.get("part_unspecified");
    /** The fracture of no stated kind of its subcategory's site ({@link #fractureOfPartOfSite}). */
    private static final java.util.regex.Pattern UNSPECIFIED_FRACTURE = TITLE.get("unspecified_fracture");

    /** The title patterns of {@link #TITLE_PATTERNS}, one of each kind; a missing or repeated kind fails at start-up. */
    private static Map<String, java.util.regex.Pattern> titlePatterns(String... kinds) {
        Map<String, java.util.regex.Pattern> read = new HashMap<>();
        Map<String, java.util.function.Consumer<String>> readers = new HashMap<>();
        for (String kind : kinds) {
            readers.put(kind, v -> {
                if (read.put(kind, java.util.regex.Pattern.compile(v)) != null) {
                    throw new IllegalStateException(TITLE_PATTERNS + ": two rows of kind " + kind);
                }
            });
        }
        DataFiles.kinds(TITLE_PATTERNS, readers);
        if (read.size() != kinds.length) {
            throw new IllegalStateException(TITLE_PATTERNS + ": needs a row of each kind " + List.of(kinds));
        }
        return Map.copyOf(read);
    }

    private final CodeSet codeSet;
    private final List<SameConditionRule> rules;
    private final Set<String> excludedChapters;
    /** Title words a default prints to say what is not documented: a refining code need not repeat them. */
    private final Set<String> ignoredWords;
    /**
     * Categories whose fourth character names a different site (secondary neoplasms: C78.0 lung, C78.7
     * liver): the generic rule compares codes of one site only, never one site's default with another site.
     */
    private final Set<String> siteByFourthCharacter;
    /**
     * Categories of one condition that the generic rule compares as one category (the osteoarthritis block
     * M15-M19: "osteoarthritis" M19.90 beside "osteoarthritis of knee" M17.x): category to the group's name.
     */
    private final Map<String, String> sharedCategories;
    /**
     * Defaults that name a class of conditions ("infection", B99.9): one gives way to a code of the class the note
     * documents (an otitis, a cellulitis), as the word then refers to that condition.
     */
    private final List<ClassDefault> classDefaults;
    /** Generic head words of a mention that names no condition of its own ("lesion", "lymphoma"); see {@link #byGenericHead}. */
    private final Set<String> genericHeads;
    /** Categories compared by Tabular block for the generic head rule (neoplasms: C85.90 beside C83.30). */
    private final List<Chapter.Block> headBlocks;
    /** Axes whose "without" code gives way to the "with" code of the same condition ({@link #byOppositeAxis}). */
    private final List<OppositeAxis> oppositeAxes;
    /** The laterality axis: a one-side code gives way to the code of both sides ({@link #byBilateral}); null: none. */
    private final BilateralSides bilateralSides;
    /** Injuries told in general words beside the injury they are ({@link #byRegionInjury}); null: none. */
    private final RegionInjury regionInjury;
    /**
     * The working and final statement pairs: a code of both sides that a final statement revises to one side is
     * not merged with it ({@link #byBilateral}); null (the constructors without {@link BilateralSides}): none.
     */
    private final RevisedStatementCheck revisedStatements;
    /** General diagnoses and the findings of other categories that name them more specifically. */
    private final SpecifyingFindings specifying;

    /**
     * The codes of an injury of no stated kind (code prefixes): of a region (S79.9, "Unspecified injury of hip"),
     * or of no region (T14.90, "Injury, unspecified"). Each gives way to an injury of a stated kind in the same
     * Tabular block of injuries (S70-S79: hip and thigh) and of no other side, or, for the one of no region, to any
     * injury: both tell one injury (Guidelines I.B.2, I.C.19.b: code to the most specific injury documented).
     */
    public record RegionInjury(List<String> regionCodes, List<String> anyRegionCodes,
                               Map<String, List<String>> regionAlso) {
        public RegionInjury {
            regionCodes = List.copyOf(regionCodes);
            anyRegionCodes = List.copyOf(anyRegionCodes);
            regionAlso = Map.copyOf(regionAlso);
            if (regionCodes.isEmpty() && anyRegionCodes.isEmpty()) {
                throw new IllegalArgumentException("regionInjury: no codes");
            }
            for (String r : regionAlso.keySet()) {
                if (!startsWithAny(r, regionCodes)) {
                    throw new IllegalArgumentException("regionInjury: regionAlso names " + r + ", not a region code");
                }
            }
        }

        boolean ofRegion(String code) {
            return startsWithAny(code, regionCodes);
        }

        /**
         * Whether injury {@code code} lies in the region of region code {@code region} though the Tabular puts it in
         * another block ("regionAlso": the malleolar fractures of S82 are injuries of the ankle, S99.91-).
         */
        boolean alsoOfRegion(String region, String code) {
            for (Map.Entry<String, List<String>> e : regionAlso.entrySet()) {
                if (region.startsWith(e.getKey()) && startsWithAny(code, e.getValue())) {
                    return true;
                }
            }
            return false;
        }

        boolean ofNoRegion(String code) {
            return startsWithAny(code, anyRegionCodes);
        }
    }
    /**
     * By title, the words a code must have to refine it ({@link #refines}): titles are the code set's, a closed set,
     * and a note asks for each pair of its candidates of one category; filled as asked.
     */
    private final Map<String, Set<String>> refinedWords = new java.util.concurrent.ConcurrentHashMap<>();
    /** By default title, whether it names no more than its category ({@link #kindOfCategory}); filled as asked. */
    private final Map<String, Boolean> categoryNamed = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * The codes whose category-naming defaults give way to another code of their category ({@link #kindOfCategory}):
     * the neoplasms, whose categories are organs and whose codes are the organ's parts (same_condition.json
     * "categoryKinds"; none when the data file has no such entry).
     */
    private final List<CodePattern> categoryKindCodes;
    /** By category, its billable codes whose titles name both sides ({@link #codesNamingBothSides}); filled as asked. */
    private final Map<String, List<Code>> bothSidesCodes = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A default naming a class of conditions, and the code prefixes of the class.
     *
     * @param by words each mention of the default must hold for it to give way (empty: any mention): the Index
     *           files biliary colic under a bile duct calculus (K80.50), so the colic is the gallstones the note
     *           names, while a duct stone told as such is a calculus of its own
     */
    public record ClassDefault(String code, String condition, List<String> members, WordPhrases by,
                               boolean sameWordInMember) {
        public ClassDefault {
            members = List.copyOf(members);
        }

        /** Whether every mention of the default holds one of the words it must be told by. */
        boolean toldBy(Document doc, CodeCandidate dflt) {
            return by.isEmpty() || Candidates.everyMentionHoldsOneOf(doc, dflt, by);
        }

        /**
         * Whether the member tells the default's condition: always, unless the rule asks that every mention of the
         * default have its last word written in a mention of the member ("renal leiomyosarcoma" beside
         * "leiomyosarcoma": the same tumour, told once with its organ).
         */
        boolean toldAgainBy(Document doc, CodeCandidate dflt, CodeCandidate member) {
            if (!sameWordInMember) {
                return true;
            }
            if (doc.mentions().isEmpty()) {
                return false;   // candidates made without their mentions tell no words
            }
            Set<String> memberWords = new HashSet<>();
            for (int m : member.mentions()) {
                memberWords.addAll(Candidates.words(doc.mentions().get(m).text()));
            }
            for (int m : dflt.mentions()) {
                List<String> words = Candidates.words(doc.mentions().get(m).text());
                if (words.isEmpty() || !memberWords.contains(words.get(words.size() - 1))) {
                    return false;
                }
            }
            return !dflt.mentions().isEmpty();
        }

        boolean covers(String other) {
            if (other.equals(code)) {
                return false;
            }
            for (String m : members) {   // a plain loop: called for each candidate of a note that has the default
                if (other.startsWith(m)) {
                    return true;
                }
            }
            return false;
        }
    }

    public SameConditionCheck(CodeSet codeSet, List<SameConditionRule> rules, Set<String> excludedChapters) {
        this(codeSet, rules, excludedChapters, Set.of());
    }

    public SameConditionCheck(CodeSet codeSet, List<SameConditionRule> rules, Set<String> excludedChapters,
                              Set<String> ignoredWords) {
        this(codeSet, rules, excludedChapters, ignoredWords, Set.of());
    }

    public SameConditionCheck(CodeSet codeSet, List<SameConditionRule> rules, Set<String> excludedChapters,
                              Set<String> ignoredWords, Set<String> siteByFourthCharacter) {
        this(codeSet, rules, excludedChapters, ignoredWords, siteByFourthCharacter, Map.of(), List.of());
    }

    public SameConditionCheck(CodeSet codeSet, List<SameConditionRule> rules, Set<String> excludedChapters,
                              Set<String> ignoredWords, Set<String> siteByFourthCharacter,
                              Map<String, String> sharedCategories, List<ClassDefault> classDefaults) {
        this(codeSet, rules, excludedChapters, ignoredWords, siteByFourthCharacter, sharedCategories, classDefaults,
                Set.of(), List.of(), List.of(), null, null, null, SpecifyingFindings.standard(codeSet), null);
    }

    private SameConditionCheck(CodeSet codeSet, List<SameConditionRule> rules, Set<String> excludedChapters,
                               Set<String> ignoredWords, Set<String> siteByFourthCharacter,
                               Map<String, String> sharedCategories, List<ClassDefault> classDefaults,
                               Set<String> genericHeads, List<Chapter.Block> headBlocks,
                               List<OppositeAxis> oppositeAxes, BilateralSides bilateralSides,
                               RegionInjury regionInjury, RevisedStatementCheck revisedStatements,
                               SpecifyingFindings specifying, List<CodePattern> categoryKindCodes) {
        this.codeSet = codeSet;
        this.specifying = specifying;
        this.rules = List.copyOf(rules);
        this.excludedChapters = Set.copyOf(excludedChapters);
        this.ignoredWords = Set.copyOf(ignoredWords);
        this.siteByFourthCharacter = Set.copyOf(siteByFourthCharacter);
        this.sharedCategories = Map.copyOf(sharedCategories);
        this.classDefaults = List.copyOf(classDefaults);
        this.genericHeads = Set.copyOf(genericHeads);
        this.headBlocks = List.copyOf(headBlocks);
        this.oppositeAxes = List.copyOf(oppositeAxes);
        this.bilateralSides = bilateralSides;
        this.regionInjury = regionInjury;
        this.revisedStatements = revisedStatements;
        this.categoryKindCodes = categoryKindCodes == null ? List.of() : List.copyOf(categoryKindCodes);
    }

    /** The bundled rules, with the bundled working and final statement pairs read for this check alone. */
    public static SameConditionCheck standard(CodeSet codeSet) {
        return standard(codeSet, RevisedStatementCheck.standard(), SpecifyingFindings.standard(codeSet));
    }

    /**
     * The bundled rules, reading a code of both sides against one side with the statement pairs of
     * {@code revisedStatements} (the pipeline's own stage, so its data file is read once), and a general condition
     * beside the finding that specifies it with {@code specifying} (the section policy reads the same rows).
     */
    public static SameConditionCheck standard(CodeSet codeSet, RevisedStatementCheck revisedStatements,
                                              SpecifyingFindings specifying) {
        try (InputStream in = SameConditionCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<SameConditionRule> rules = new ArrayList<>();
            for (JsonNode g : root.path("groups")) {
                List<String> codes = new ArrayList<>();
                g.path("codes").forEach(c -> codes.add(c.asText()));
                JsonNode comb = g.path("combination");
                List<String> requires = new ArrayList<>();
                comb.path("requires").forEach(c -> requires.add(c.asText()));
                try {
                    SameConditionRule rule = new SameConditionRule(g.path("id").asText(null),
                            g.path("condition").asText(""), codes, comb.path("code").asText(null), requires,
                            comb.path("reason").asText(null));
                    if (rule.combination() != null && codeSet.get(rule.combination()).isEmpty()) {
                        throw new IllegalArgumentException("rule " + rule.id() + ": unknown code " + rule.combination());
                    }
                    rules.add(rule);
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new IllegalArgumentException(RESOURCE + ": " + e.getMessage(), e);
                }
            }
            Set<String> excluded = new HashSet<>();
            root.path("genericExcludedChapters").forEach(c -> excluded.add(c.asText()));
            Set<String> ignored = new HashSet<>();
            root.path("refinement").path("ignoredWords").forEach(w -> ignored.add(w.asText().toLowerCase(Locale.ROOT)));
            if (ignored.isEmpty()) {
                throw new IllegalArgumentException(RESOURCE + ": refinement.ignoredWords required");
            }
            Set<String> bySite = new HashSet<>();
            root.path("siteByFourthCharacter").forEach(c -> bySite.add(c.asText()));
            Map<String, String> shared = new java.util.HashMap<>();
            for (JsonNode g : root.path("sharedCategories").path("groups")) {
                String name = g.path("condition").asText();
                for (JsonNode c : g.path("categories")) {
                    if (codeSet.get(c.asText()).isEmpty() || shared.put(c.asText(), name) != null) {
                        throw new IllegalArgumentException(RESOURCE + ": sharedCategories: unknown or repeated category "
                                + c.asText());
                    }
                }
            }
            List<ClassDefault> classes = new ArrayList<>();
            for (JsonNode g : root.path("classDefaults").path("defaults")) {
                List<String> members = new ArrayList<>();
                g.path("members").forEach(c -> members.add(c.asText()));
                String code = g.path("code").asText();
                if (codeSet.get(code).isEmpty() || members.isEmpty()) {
                    throw new IllegalArgumentException(RESOURCE + ": classDefaults: unknown code or no members: " + code);
                }
                List<String> by = new ArrayList<>();
                g.path("by").forEach(w -> by.add(w.asText().toLowerCase(Locale.ROOT)));
                classes.add(new ClassDefault(code, g.path("condition").asText(""), members, WordPhrases.of(by),
                        g.path("sameWordInMember").asBoolean(false)));
            }
            JsonNode heads = root.path("genericHeads");
            Set<String> words = new HashSet<>();
            heads.path("words").forEach(w -> words.add(w.asText().toLowerCase(Locale.ROOT)));
            List<Chapter.Block> blocks = new ArrayList<>();
            for (JsonNode b : heads.path("blocks")) {
                blocks.add(codeSet.chapters().stream().flatMap(c -> c.blocks().stream())
                        .filter(x -> x.id().equals(b.asText())).findFirst().orElseThrow(() ->
                                new IllegalArgumentException(RESOURCE + ": genericHeads: unknown block " + b.asText())));
            }
            List<OppositeAxis> axes = new ArrayList<>();
            for (JsonNode a : root.path("oppositeAxes").path("axes")) {
                try {
                    axes.add(new OppositeAxis(a.path("without").asText(null), a.path("with").asText(null),
                            a.path("scope").asInt(3), a.path("condition").asText("")));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new IllegalArgumentException(RESOURCE + ": oppositeAxes: " + e.getMessage(), e);
                }
            }
            JsonNode sides = root.path("bilateralSides");
            BilateralSides bilateral;
            try {
                bilateral = sides.isMissingNode() ? null : new BilateralSides(
                        Set.copyOf(RuleJson.strings(sides, "bilateral")),
                        Set.copyOf(RuleJson.strings(sides, "sided")),
                        Set.copyOf(RuleJson.strings(sides, "ignored")),
                        Set.copyOf(RuleJson.strings(sides, "removed")),
                        Set.copyOf(RuleJson.strings(sides, "statusWords")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(RESOURCE + ": " + e.getMessage(), e);
            }
            JsonNode injury = root.path("regionInjury");
            RegionInjury regionInjury;
            try {
                regionInjury = injury.isMissingNode() ? null : new RegionInjury(
                        RuleJson.strings(injury, "regionCodes"), RuleJson.strings(injury, "anyRegionCodes"),
                        regionAlso(injury.path("regionAlso")));
                if (regionInjury != null && bilateral == null) {
                    throw new IllegalArgumentException("regionInjury reads its sides with bilateralSides, which is missing");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(RESOURCE + ": " + e.getMessage(), e);
            }
            JsonNode kinds = root.path("categoryKinds");
            List<CodePattern> kindCodes = kinds.isMissingNode() ? List.of()
                    : CodePattern.parseList(String.join(",", RuleJson.strings(kinds, "codes")));
            return new SameConditionCheck(codeSet, rules, excluded, ignored, bySite, shared, classes, words, blocks,
                    axes, bilateral, regionInjury, revisedStatements, specifying, kindCodes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> in = doc.candidates();
        if (in.size() < 2) {
            return doc;
        }
        // Group candidates: by rule id when a rule covers them, else by category for the generic rule.
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < in.size(); i++) {
            String code = in.get(i).code();
            SameConditionRule rule = ruleFor(code);
            String key = rule != null ? "rule:" + rule.id()
                    : excludedChapters.contains(code.substring(0, 1)) ? "self:" + i : "cat:" + genericGroup(code);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        Map<Integer, CodeCandidate> replacement = new LinkedHashMap<>();
        Set<Integer> dropped = new HashSet<>();
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            List<Integer> members = g.getValue();
            if (members.size() < 2) {
                continue;
            }
            List<CodeCandidate> cands = members.stream().map(in::get).toList();
            List<CodeCandidate> merges = g.getKey().startsWith("rule:")
                    ? java.util.Collections.singletonList(byRule(ruleFor(cands.get(0).code()), cands))
                    : byDefault(doc, cands);
            for (CodeCandidate merged : merges) {
                // The members merged are the kept code and its alternatives; other members stay where they are.
                Set<String> absorbed = new HashSet<>();
                absorbed.add(merged.code());
                merged.alternatives().forEach(a -> absorbed.add(a.code()));
                List<Integer> taken = members.stream().filter(i -> absorbed.contains(in.get(i).code())).toList();
                replacement.put(taken.get(0), merged);
                dropped.addAll(taken.subList(1, taken.size()));
            }
        }
        List<CodeCandidate> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            if (replacement.containsKey(i)) {
                out.add(replacement.get(i));
            } else if (!dropped.contains(i)) {
                out.add(in.get(i));
            }
        }
        List<CodeCandidate> classMerged = bySideOfDefault(bySpecifyingFinding(byRegionInjury(
                byBilateral(doc, byOppositeAxis(byGenericHead(doc, byClassDefault(doc, out)))))));
        if (replacement.isEmpty() && classMerged == out) {
            return doc;
        }
        return doc.withCandidates(classMerged);
    }

    /**
     * Whether this stage, of the candidates given, would report {@code c} for its condition: false only for a
     * member of a rule's group (the stage of chronic kidney disease, N18) that another member of the group takes
     * in (N18.6 beside the better-supported N18.4). A combination built before this stage (I12.0 from N18.6) would
     * otherwise report a stage the note's choice leaves as an alternative.
     */
    public boolean reports(CodeCandidate c, List<CodeCandidate> cands) {
        SameConditionRule rule = ruleFor(c.code());
        if (rule == null || rule.combination() != null) {
            return true;
        }
        List<CodeCandidate> group = cands.stream().filter(o -> rule.covers(o.code())).toList();
        return group.size() < 2 || best(group) == c;
    }

    /** The "regionAlso" object of regionInjury: region code to the code prefixes of other blocks in its region. */
    private static Map<String, List<String>> regionAlso(JsonNode also) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        also.fields().forEachRemaining(e -> out.put(e.getKey(), RuleJson.strings(e.getValue())));
        return out;
    }

    /**
     * An injury of no stated kind ("injuries to the left hip", S79.912A) gives way to an injury of a stated kind of
     * the same Tabular block of injuries or of a block the data counts in its region (the malleolar fractures of
     * S82 for the ankle), of no other side and of the same encounter (the left femoral neck fracture, S72.002A);
     * an injury of no region (T14.90) to any injury of its encounter: the general words
     * name the injury the note documents in detail. The same list when none gives way.
     */
    private List<CodeCandidate> byRegionInjury(List<CodeCandidate> cands) {
        if (regionInjury == null || cands.size() < 2) {
            return cands;
        }
        List<CodeCandidate> out = cands;
        for (CodeCandidate d : cands) {
            boolean region = regionInjury.ofRegion(d.code());
            if (!region && !regionInjury.ofNoRegion(d.code()) || !out.contains(d)) {
                continue;
            }
            CodeCandidate kept = null;
            for (CodeCandidate t : out) {
                if (t != d && isInjury(t.code()) && !regionInjury.ofRegion(t.code())
                        && !regionInjury.ofNoRegion(t.code()) && sameEncounter(d.code(), t.code())
                        && (!region || (t.code().startsWith(d.code().substring(0, 2))
                                || regionInjury.alsoOfRegion(d.code(), t.code())) && !otherSide(d.title(), t.title()))) {
                    kept = t;
                    break;
                }
            }
            if (kept == null) {
                continue;
            }
            out = absorbed(out, kept, d,
                    "an injury of no stated kind: the note documents it as " + kept.code() + " (" + kept.title() + ")",
                    "One injury: " + kept.code() + " is the injury " + d.code() + " names in general words");
        }
        return out;
    }

    /**
     * A general diagnosis gives way to a code of another category that names its condition more specifically
     * ({@code specifying_findings.tsv}): "internal derangement of the left knee" (M23.92) beside the bucket-handle
     * tear of the left medial meniscus (S83.212A) the arthroscopy found is that tear, which M23 excludes as a current
     * injury. The same list when none gives way.
     */
    private List<CodeCandidate> bySpecifyingFinding(List<CodeCandidate> cands) {
        if (cands.size() < 2) {
            return cands;
        }
        List<CodeCandidate> out = cands;
        for (CodeCandidate d : cands) {
            // out changes only when d gives way, and the inner loop then ends: d's membership is read once
            if (!specifying.hasGeneral(d.code()) || !out.contains(d)) {
                continue;
            }
            for (CodeCandidate t : out) {
                if (t != d && specifying.specifies(t.code(), t.title(), d.code(), d.title())) {
                    out = absorbed(out, t, d,
                            "the condition in general words: the note documents it as " + t.code() + " (" + t.title() + ")",
                            "One condition: " + t.code() + " names the condition " + d.code() + " more specifically");
                    break;
                }
            }
        }
        return out;
    }

    /** An injury code of chapter 19 by region (S00-T14, T14 being the injury of no region). */
    private static boolean isInjury(String code) {
        return code.startsWith("S") || code.startsWith("T0") || code.startsWith("T10") || code.startsWith("T11")
                || code.startsWith("T12") || code.startsWith("T13") || code.startsWith("T14");
    }

    /** The same 7th character (initial, subsequent, sequela), or neither code has one. */
    private static boolean sameEncounter(String a, String b) {
        String ea = a.length() == 8 ? a.substring(7) : "";
        String eb = b.length() == 8 ? b.substring(7) : "";
        return ea.equals(eb);
    }

    /** True if the titles name opposite sides, each one side only ({@link BilateralSides#oneSide}). */
    private boolean otherSide(String a, String b) {
        String sa = bilateralSides.oneSide(a);
        String sb = bilateralSides.oneSide(b);
        return sa != null && sb != null && !sa.equals(sb);
    }

    /**
     * Whether {@code dflt} is a class default ("kidney disease" N28.9) that names, in general words, the condition of
     * the code {@code other} (a chronic kidney disease N18.9): the class holds {@code other} and every mention of the
     * default is told as the class default must be told. Read by {@link Excludes1Check}, which meets such pairs first
     * when a Tabular note also keeps them apart.
     */
    boolean namesClassOf(Document doc, CodeCandidate dflt, String other) {
        for (ClassDefault cd : classDefaults) {
            if (cd.code().equals(dflt.code()) && cd.covers(other) && cd.toldBy(doc, dflt)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each class default ("infection", B99.9) gives way to the best-supported code of its class the note
     * documents: the word refers to that condition. A default with words it must be told by gives way only when
     * each of its mentions holds one. The same list when none does.
     */
    private List<CodeCandidate> byClassDefault(Document doc, List<CodeCandidate> cands) {
        List<CodeCandidate> out = cands;
        for (ClassDefault cd : classDefaults) {
            CodeCandidate dflt = null;
            for (CodeCandidate c : out) {
                if (c.code().equals(cd.code())) {
                    dflt = c;
                    break;
                }
            }
            if (dflt == null || !cd.toldBy(doc, dflt)) {
                continue;   // most notes have none of the defaults: their members are not scanned
            }
            CodeCandidate best = null;
            for (CodeCandidate c : out) {
                if (c != dflt && cd.covers(c.code()) && cd.toldAgainBy(doc, dflt, c)
                        && (best == null || c.score() > best.score())) {
                    best = c;
                }
            }
            if (best == null) {
                continue;
            }
            out = absorbed(out, best, dflt,
                    "the " + cd.condition() + " the note names: " + best.code() + " (" + best.title() + ")",
                    "One condition: " + best.code() + " is the " + cd.condition() + " that " + dflt.code()
                            + " would report unspecified");
        }
        return out;
    }

    /**
     * A vague code written only as a generic head word ("lesion", "lymphoma", "lymphoproliferative disorder",
     * perhaps with a site word) gives way to a more specific code of its category, or, for the blocks listed
     * (lymphoid neoplasms), of its block whose title or words carry the head word, when every other word of
     * the vague mention is in the specific code's title or words: the word names no condition of its own but
     * the one the note documents in detail (K63.9 "lesion" beside K63.5 polyp of colon). A site word the
     * specific code does not document keeps both (two organs). The same list when none gives way.
     */
    private List<CodeCandidate> byGenericHead(Document doc, List<CodeCandidate> cands) {
        if (genericHeads.isEmpty() || doc.mentions().isEmpty() || cands.size() < 2) {
            return cands;
        }
        List<CodeCandidate> out = cands;
        for (CodeCandidate d : cands) {
            int marks = vagueness(d);
            if (marks == 0 || excludedChapters.contains(d.code().substring(0, 1)) || !out.contains(d)
                    || !onlyHeadWords(doc, d, null)) {
                continue;
            }
            CodeCandidate best = null;
            for (CodeCandidate t : out) {
                if (t == d || vagueness(t) >= marks || !related(d, t) || !onlyHeadWords(doc, d, t)) {
                    continue;
                }
                if (best == null || moreSpecific(t, best)) {
                    best = t;
                }
            }
            if (best == null) {
                continue;
            }
            CodeCandidate kept = best;
            out = absorbed(out, kept, d,
                    "less specific: the generic word names the condition " + kept.code() + " documents in detail"
                            + " (Guidelines I.B.2, I.B.18: code to the highest specificity documented)",
                    "One condition: " + kept.code() + " is what the generic word coded " + d.code() + " names");
        }
        return out;
    }

    /**
     * A code that says its condition is without something ("sickle-cell disease without crisis", a migraine "not
     * intractable") gives way to the code of the same category that says the condition is with it ("Hb-SS
     * disease with crisis", an "intractable" migraine): the classification reports the "without" side when the
     * words say nothing, so the two tell one condition, once in the detail that decides the code. The same list
     * when none gives way.
     */
    private List<CodeCandidate> byOppositeAxis(List<CodeCandidate> cands) {
        if (oppositeAxes.isEmpty() || cands.size() < 2) {
            return cands;
        }
        List<CodeCandidate> out = cands;
        for (CodeCandidate d : cands) {
            if (!out.contains(d)) {
                continue;
            }
            for (OppositeAxis axis : oppositeAxes) {
                CodeCandidate kept = null;
                for (CodeCandidate t : out) {
                    if (t != d && axis.givesWay(d.code(), d.title(), t.code(), t.title())
                            && (kept == null || t.score() > kept.score())) {
                        kept = t;
                    }
                }
                if (kept != null) {
                    out = absorbed(out, kept, d,
                            "the note states the " + axis.condition() + " that " + kept.code() + " reports ("
                                    + axis.with() + "); " + d.code() + " is what the words say when they do not",
                            "One condition: " + kept.code() + " (" + axis.with() + ") chosen over " + d.code()
                                    + " (" + axis.without() + ")");
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A code of one side gives way to the code of both sides of the same condition ({@link BilateralSides}): "bilateral
     * carpal tunnel syndrome, worse on the left" and a later "left carpal tunnel syndrome" are one condition, coded
     * bilateral (Guidelines I.B.13). A code of both sides that only the working statement documents (the
     * preoperative "bilateral inguinal hernias") and a code of one side that the final statement documents (the
     * postoperative "left inguinal hernia") are not merged: the operation found the condition on one side, and the
     * final statement's code revises the working one ({@link RevisedStatementCheck}). The same list when none gives way.
     */
    private List<CodeCandidate> byBilateral(Document doc, List<CodeCandidate> cands) {
        if (bilateralSides == null || cands.size() < 2) {
            return cands;
        }
        List<CodeCandidate> out = byBothSides(cands);
        for (CodeCandidate s : cands) {
            CodeCandidate kept = null;
            for (CodeCandidate b : out) {
                if (b != s && bilateralSides.covers(b.code(), b.title(), s.code(), s.title())) {
                    kept = b;
                    break;
                }
            }
            if (kept == null || !out.contains(s) || revisedStatements != null && revisedStatements.revises(doc, kept, s)) {
                continue;
            }
            CodeCandidate removal = otherSideRemoved(out, s);
            if (removal != null) {
                out = absorbed(out, s, kept,
                        "the other side is replaced or removed (" + removal.code() + "): the condition no longer exists"
                                + " on both sides (Guidelines I.B.13)",
                        "One condition: " + s.code() + " (the side left) chosen over " + kept.code() + " (both sides)");
            } else {
                out = absorbed(out, kept, s,
                        "the note documents the condition on both sides (" + kept.code() + "); one side named again"
                                + " is the same condition",
                        "One condition: " + kept.code() + " (both sides) chosen over " + s.code() + " (one side)");
            }
        }
        return out;
    }

    /**
     * The right-side and the left-side code of one condition, both documented, give way to the category's code of
     * both sides ({@link BilateralSides}): "stenosis of the right nasolacrimal duct" and "... of the left" are
     * "Acquired stenosis of bilateral nasolacrimal duct" (Guidelines I.B.13: the bilateral code where the
     * classification has one; separate right and left codes only where it has none). The bilateral code takes the
     * place of the first of the two and the evidence of both. Not when the note codes either side's replacement or
     * removal (the condition is then no longer on both sides). The same list when no pair has such a code.
     */
    private List<CodeCandidate> byBothSides(List<CodeCandidate> cands) {
        // each title's one side read once (most notes have no right-and-left pair of one category at all)
        Map<CodeCandidate, String> sides = new java.util.IdentityHashMap<>();
        boolean right = false;
        boolean left = false;
        for (CodeCandidate c : cands) {
            String side = bilateralSides.oneSide(c.title());
            if (side != null) {
                sides.put(c, side);
                right |= side.equals("right");
                left |= side.equals("left");
            }
        }
        if (!right || !left) {
            return cands;
        }
        List<CodeCandidate> out = cands;
        for (CodeCandidate first : cands) {
            String firstSide = sides.get(first);
            if (firstSide == null || !out.contains(first)) {
                continue;
            }
            for (CodeCandidate second : cands) {
                String secondSide = sides.get(second);
                if (second == first || secondSide == null || secondSide.equals(firstSide) || !out.contains(second)
                        || !Code.categoryOf(first.code()).equals(Code.categoryOf(second.code()))) {
                    continue;
                }
                Code both = bothSidesCode(first, second);
                if (both == null || coded(out, both.code()) || otherSideRemoved(out, first) != null
                        || otherSideRemoved(out, second) != null) {
                    continue;   // a bilateral code already coded takes each side in below
                }
                CodeCandidate recoded = first.withCode(both, "Bilateral (Guidelines I.B.13): " + first.code() + " and "
                        + second.code() + " document the condition on both sides, coded with the bilateral code");
                out = absorbed(replaced(out, first, recoded, null), recoded, second,
                        "the note documents the condition on both sides: the bilateral code " + both.code()
                                + " (Guidelines I.B.13)",
                        "One condition: " + both.code() + " (both sides) for " + first.code() + " and " + second.code());
                break;
            }
        }
        return out;
    }

    private static boolean coded(List<CodeCandidate> cands, String code) {
        return cands.stream().anyMatch(c -> c.code().equals(code));
    }


    /** The billable code of the pair's category that codes both their sides, or null. */
    private Code bothSidesCode(CodeCandidate a, CodeCandidate b) {
        for (Code k : bothSidesCodes.computeIfAbsent(Code.categoryOf(a.code()), this::codesNamingBothSides)) {
            if (bilateralSides.covers(k.code(), k.title(), a.code(), a.title())
                    && bilateralSides.covers(k.code(), k.title(), b.code(), b.title())) {
                return k;
            }
        }
        return null;
    }

    /**
     * The billable codes of a category whose titles name both sides, in the category's order: the only ones
     * {@link #bothSidesCode} can return, worked out once per category instead of reading every title of the category
     * for each right-and-left pair of a note.
     */
    private List<Code> codesNamingBothSides(String category) {
        List<Code> out = new ArrayList<>();
        for (Code k : codeSet.billableDescendants(category)) {
            if (bilateralSides.namesBothSides(k.title())) {
                out.add(k);
            }
        }
        return List.copyOf(out);
    }

    /** The status code of the note that tells the other side of {@code s} replaced or removed, or null. */
    private CodeCandidate otherSideRemoved(List<CodeCandidate> cands, CodeCandidate s) {
        for (CodeCandidate c : cands) {
            if (bilateralSides.otherSideRemoved(c.code(), c.title(), s.code(), s.title())) {
                return c;
            }
        }
        return null;
    }

    private static final List<String> ONE_SIDE = List.of("right", "left");

    /**
     * Two codes of one category, each vague on another axis: a default that names the side ("unspecified rotator
     * cuff tear of left shoulder") and a code that names the kind but leaves the side unspecified ("incomplete
     * rotator cuff tear of unspecified shoulder") are one condition told in two statements (the preoperative
     * diagnosis gives the side, the postoperative one the kind): they merge into the code of that kind and that
     * side, where the category has it (Guidelines I.B.13 laterality; I.B.18 the highest specificity documented).
     * Only where the category's codes in the note name a single side. The same list when none merges.
     */
    private List<CodeCandidate> bySideOfDefault(List<CodeCandidate> cands) {
        for (CodeCandidate t : cands) {
            // the title's "unspecified" first (read once a title), the code only for a title that says it
            if (!CodeResolver.saysUnspecified(t.title())) {
                continue;
            }
            Code unsided = codeSet.get(t.code()).orElse(null);
            if (unsided == null) {
                continue;
            }
            String category = t.code().substring(0, 3);
            Set<String> sidedTitles = null;   // the unsided title with a side in place of its "unspecified"
            for (CodeCandidate d : cands) {
                if (d == t || !d.code().startsWith(category) || CodeResolver.defaultMarks(d.title()) == 0) {
                    continue;
                }
                String side = oneSide(TitleWords.titleWords(d.title()));
                if (side == null || otherSideCoded(cands, category, side)) {
                    continue;
                }
                for (Code k : codeSet.billableDescendants(category)) {
                    if (k.code().equals(d.code()) || !TitleWords.titleWords(k.title()).contains(side)
                            || !refines(k.title(), d.title())) {
                        continue;
                    }
                    if (sidedTitles == null) {
                        sidedTitles = CodeResolver.sidedTitles(unsided);
                    }
                    if (sidedTitles.contains(k.title().toLowerCase(Locale.ROOT))) {
                        CodeCandidate sided = t.withCode(k, "Side of the same condition (Guidelines I.B.13): "
                                + d.code() + " gives the side, " + t.code() + " the kind: " + k.code());
                        return absorbed(cands, t, d, sided);
                    }
                }
            }
        }
        return cands;
    }

    /** The one of right and left a title's words name, or null when they name neither or both. */
    private static String oneSide(Set<String> words) {
        String side = null;
        for (String s : ONE_SIDE) {
            if (words.contains(s)) {
                if (side != null) {
                    return null;
                }
                side = s;
            }
        }
        return side;
    }

    /** Whether a candidate of the category names the side opposite {@code side}. */
    private static boolean otherSideCoded(List<CodeCandidate> cands, String category, String side) {
        String other = side.equals("right") ? "left" : "right";
        return cands.stream().anyMatch(c -> c.code().startsWith(category)
                && TitleWords.titleWords(c.title()).contains(other));
    }

    /** The list with {@code t} given its side as {@code sided}, which takes in {@code d} as an alternative. */
    private static List<CodeCandidate> absorbed(List<CodeCandidate> cands, CodeCandidate t, CodeCandidate d,
                                                CodeCandidate sided) {
        CodeCandidate merged = merge(sided, List.of(d), List.of(new Alternative(d.code(), d.title(),
                "less specific: " + sided.code() + " is the same condition with its kind named (Guidelines I.B.18)")),
                "One condition: " + sided.code() + " from " + t.code() + " and " + d.code());
        return replaced(cands, t, merged, d);
    }

    /** The list with {@code absorbed} taken into {@code kept} as an alternative (why it was not chosen) and left out. */
    private static List<CodeCandidate> absorbed(List<CodeCandidate> cands, CodeCandidate kept, CodeCandidate absorbed,
                                                String why, String rationale) {
        return replaced(cands, kept, merge(kept, List.of(absorbed),
                List.of(new Alternative(absorbed.code(), absorbed.title(), why)), rationale), absorbed);
    }

    /** The list with the kept candidate replaced by its merged one and the absorbed candidate left out. */
    private static List<CodeCandidate> replaced(List<CodeCandidate> cands, CodeCandidate kept, CodeCandidate merged,
                                                CodeCandidate absorbed) {
        List<CodeCandidate> next = new ArrayList<>(cands.size() - 1);
        for (CodeCandidate c : cands) {
            if (c == kept) {
                next.add(merged);
            } else if (c != absorbed) {
                next.add(c);
            }
        }
        return next;
    }

    /** Default marks, one more for a residual "Other ..." title: the vaguer code has more. */
    private static int vagueness(CodeCandidate c) {
        int marks = CodeResolver.defaultMarks(c.title());
        return c.title().startsWith("Other ") ? marks + 1 : marks;
    }

    /** The same category, or both in one of the blocks compared whole. */
    private boolean related(CodeCandidate d, CodeCandidate t) {
        String cd = Code.categoryOf(d.code());
        String ct = Code.categoryOf(t.code());
        if (cd.equals(ct)) {
            return true;
        }
        for (var b : headBlocks) {
            if (b.contains(cd) && b.contains(ct)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every mention of the vague code ends in a generic head word, its other words (if {@code t} is
     * given) written in t's title or mentions; across categories the head word itself must be among them.
     */
    private boolean onlyHeadWords(Document doc, CodeCandidate d, CodeCandidate t) {
        Set<String> known = null;
        if (t != null) {
            known = new HashSet<>(TitleWords.titleWords(t.title()));
            for (int s : t.mentions()) {
                known.addAll(TitleWords.words(doc.mentions().get(s).text()));
            }
        }
        boolean sameCategory = t == null || Code.categoryOf(d.code()).equals(Code.categoryOf(t.code()));
        for (int m : d.mentions()) {
            List<String> words = new ArrayList<>(TitleWords.words(doc.mentions().get(m).text()));
            if (words.isEmpty() || !genericHeads.contains(words.get(words.size() - 1))) {
                return false;
            }
            if (known == null) {
                continue;
            }
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                boolean head = i == words.size() - 1 || genericHeads.contains(w);
                if ((!head || !sameCategory) && known.stream().noneMatch(k -> sameWord(k, w))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The generic rule: a default code of a category gives way to a more specific code of it (fewer default
     * marks, {@link CodeResolver#defaultMarks}) that documents the same condition: the same words document
     * both (the default's mention is part of the specific code's mention, or lies in its clause), or the
     * specific code refines the default's title (every word of it, the words saying "not documented" aside),
     * wherever in the note each is written. Each default goes to the most specific such code (then the
     * best-supported); the codes that absorb none are left alone. Returns one merged candidate per kept code.
     */
    private List<CodeCandidate> byDefault(Document doc, List<CodeCandidate> cands) {
        Map<CodeCandidate, CodeCandidate> target = new java.util.IdentityHashMap<>();
        Map<CodeCandidate, String> how = new java.util.IdentityHashMap<>();
        int[] allMarks = new int[cands.size()];   // each title's marks read once, not once a pair
        for (int i = 0; i < allMarks.length; i++) {
            allMarks[i] = CodeResolver.defaultMarks(cands.get(i).title());
        }
        for (int di = 0; di < allMarks.length; di++) {
            CodeCandidate d = cands.get(di);
            int marks = allMarks[di];
            if (marks == 0) {
                continue;
            }
            CodeCandidate best = null;
            CodeCandidate bestKind = null;
            String bestHow = null;
            for (int ti = 0; ti < allMarks.length; ti++) {
                CodeCandidate t = cands.get(ti);
                int tMarks = allMarks[ti];
                // as vague on its own axis, but naming more: "coronal craniosynostosis, unspecified" refines
                // "craniosynostosis, unspecified" (the side is unknown in both, the suture only in the one)
                // or vaguer on an axis the default has not got: "unspecified open-angle glaucoma, stage
                // unspecified" refines "unspecified glaucoma" (the type is named, the stage is an axis of its own)
                boolean namesMore = tMarks >= marks && refines(t.title(), d.title()) && !refines(d.title(), t.title());
                // as vague, but naming the part a default of unspecified part leaves open, within its subcategory:
                // "fracture of unspecified part of neck of left femur" beside the "intracapsular fracture of left
                // femur" the same words document is that fracture (only "in the same words", below)
                // a region's fracture, part unspecified, told in the same words as a fracture of a part of it: the
                // region word ("shoulder") is the default's own title word, and the part names where in it
                boolean regionPart = tMarks == marks && namesPartOfRegion(t, d);
                boolean namesPart = tMarks == marks && namesPartOf(t, d) || regionPart;
                // a fracture of no stated kind of the subcategory's site ("unspecified fracture of upper end of
                // left humerus") beside a fracture of a part the subcategory lists (its surgical neck) is that
                // fracture, wherever in the note each is told
                boolean partOfSite = tMarks <= marks && fractureOfPartOfSite(t, d);
                // as vague, but a kind of the category the default only names: "ST elevation myocardial infarction
                // of unspecified site" beside "acute myocardial infarction, unspecified" is that infarction
                boolean kindAsVague = tMarks == marks && kindOfCategory(t, d) && !namesOnlyCategory(t);
                if (t == d || tMarks > marks && !namesMore
                        || tMarks == marks && !namesMore && !namesPart && !partOfSite && !kindAsVague) {
                    continue;
                }
                // the converse: a default that names more than a vaguer default, which gives way to it above,
                // never gives way to that default (the two would each give way to the other)
                if (tMarks > 0 && tMarks < marks && refines(d.title(), t.title()) && !refines(t.title(), d.title())) {
                    continue;
                }
                String why = namesMore || partOfSite ? "elsewhere in the note"
                        : sameDocumentation(doc, d, t) && (regionPart || !ownTitleWord(doc, d, t)) ? "in the same words"
                        : !namesPart && refines(t.title(), d.title()) ? "elsewhere in the note" : null;
                if (why != null && (best == null || moreSpecific(t, best))) {
                    best = t;
                    bestHow = why;
                } else if (why == null && !namesPart && kindOfCategory(t, d)
                        && (bestKind == null || moreSpecific(t, bestKind))) {
                    bestKind = t;   // only where no code refines the default's own words
                }
            }
            if (best == null && bestKind != null) {
                best = bestKind;
                bestHow = "elsewhere in the note, a kind of its category";
            }
            if (best != null) {
                target.put(d, best);
                how.put(d, bestHow);
            }
        }
        if (target.isEmpty()) {
            return List.of();
        }
        // Follow each default to the code that is kept (a default may give way to a less vague default).
        Map<CodeCandidate, List<CodeCandidate>> absorbed = new LinkedHashMap<>();
        for (CodeCandidate c : cands) {
            if (!target.containsKey(c)) {
                continue;
            }
            CodeCandidate kept = target.get(c);
            // bounded: a code may give way to one vaguer on an axis of its own, so no ring of defaults may loop
            for (int steps = 0; target.containsKey(kept) && steps < target.size(); steps++) {
                kept = target.get(kept);
            }
            absorbed.computeIfAbsent(kept, k -> new ArrayList<>()).add(c);
        }
        List<CodeCandidate> out = new ArrayList<>();
        for (Map.Entry<CodeCandidate, List<CodeCandidate>> e : absorbed.entrySet()) {
            CodeCandidate kept = e.getKey();
            List<Alternative> alternatives = new ArrayList<>();
            for (CodeCandidate c : e.getValue()) {
                alternatives.add(new Alternative(c.code(), c.title(), "less specific: " + kept.code()
                        + " documents the same condition in more detail (" + how.get(c) + "; Guidelines I.B.2,"
                        + " I.B.18: code to the highest specificity documented)"));
            }
            out.add(merge(kept, e.getValue(), alternatives, "One condition: " + kept.code() + " chosen over its less "
                    + "specific sibling(s) " + String.join(", ", e.getValue().stream().map(CodeCandidate::code).toList())));
        }
        return out;
    }

    /**
     * Whether {@code t} names the part that the default {@code d} titles as an "unspecified part (portion) of" its
     * site, both in one subcategory (the code's first four characters: S72.0 "fracture of head and neck of femur"),
     * with the same 7th character and no opposite sides: the Tabular lists the named parts beside the unspecified
     * part of that site, so a default told in the same words as a named part is that part told in general words.
     */
    private boolean namesPartOf(CodeCandidate t, CodeCandidate d) {
        String tc = t.code();
        String dc = d.code();
        if (tc.length() < 5 || dc.length() < 5 || !tc.regionMatches(0, dc, 0, 5)
                || !UNSPECIFIED_PART.matcher(d.title()).find() || UNSPECIFIED_PART.matcher(t.title()).find()
                || otherSide(t.title(), d.title())) {
            return false;
        }
        return sameEncounter(tc, dc);
    }

    /**
     * Whether the default {@code d} is its category's fracture of a region "part unspecified" (S42.9- "Fracture of
     * shoulder girdle, part unspecified", S22.9, S52.9-) and {@code t} a fracture of a part the same category
     * names (S42.2- "upper end of humerus"), with the same 7th character and no opposite sides: the Tabular lists
     * the region's parts beside its unspecified part, so "the shoulder fracture is a proximal humerus fracture"
     * tells one fracture (only in the same words, as {@link #namesPartOf}).
     */
    private boolean namesPartOfRegion(CodeCandidate t, CodeCandidate d) {
        String tc = t.code();
        String dc = d.code();
        if (tc.length() < 5 || dc.length() < 5 || dc.charAt(0) != 'S' || !tc.regionMatches(0, dc, 0, 4)
                || dc.charAt(4) != '9' || tc.charAt(4) == '9'
                || !PART_UNSPECIFIED.matcher(d.title()).find() || PART_UNSPECIFIED.matcher(t.title()).find()
                || !d.title().toLowerCase(Locale.ROOT).contains("fracture")
                || !t.title().toLowerCase(Locale.ROOT).contains("fracture") || otherSide(t.title(), d.title())) {
            return false;
        }
        return sameEncounter(tc, dc);
    }

    /**
     * Whether the default {@code d} is the fracture of no stated kind of its subcategory's site (its fifth
     * character 0: S42.20 "Unspecified fracture of upper end of humerus" under S42.2 "Fracture of upper end of
     * humerus") and {@code t} a fracture of a part or kind the same subcategory lists (S42.21 "surgical neck"),
     * with the same 7th character and no opposite sides: the Tabular nests the part under the site the default
     * names, so the two tell one fracture (Guidelines I.B.2; I.C.19.b: code to the most specific injury documented).
     */
    private boolean fractureOfPartOfSite(CodeCandidate t, CodeCandidate d) {
        String tc = t.code();
        String dc = d.code();
        if (tc.length() < 7 || dc.length() < 7 || tc.charAt(0) != 'S' || !tc.regionMatches(0, dc, 0, 5)
                || dc.charAt(5) != '0' || tc.charAt(5) == '0'
                || !UNSPECIFIED_FRACTURE.matcher(d.title()).find() || !t.title().toLowerCase(Locale.ROOT).contains("fracture")
                || otherSide(t.title(), d.title())) {
            return false;
        }
        return sameEncounter(tc, dc);
    }

    /** Fewer default marks, then the better support. */
    private static boolean moreSpecific(CodeCandidate a, CodeCandidate b) {
        int ma = CodeResolver.defaultMarks(a.title());
        int mb = CodeResolver.defaultMarks(b.title());
        return ma != mb ? ma < mb : a.score() > b.score();
    }

    /**
     * True if the specific title refines the default one: every word of the default's title, less the words
     * and phrases that say what is not documented, is in the specific title (parenthesized modifiers aside).
     */
    boolean refines(String specificTitle, String defaultTitle) {
        Set<String> words = refinedWords.computeIfAbsent(defaultTitle, this::wordsToRefine);
        return !words.isEmpty() && TitleWords.titleWords(specificTitle).containsAll(words);
    }

    /**
     * True if the default {@code d}, a neoplasm of the codes listed, names what its category names, no less and no
     * more ("Malignant neoplasm of larynx, unspecified" under C32 "Malignant neoplasm of larynx") and {@code t} is
     * another code of that category: the Tabular lists the category's codes as the parts of the organ its title
     * names, so {@code t} refines the default even where its title names the part without the organ ("Malignant
     * neoplasm of glottis"): one neoplasm told once by its organ and once by its part.
     */
    private boolean kindOfCategory(CodeCandidate t, CodeCandidate d) {
        return categoryKindCodes.stream().anyMatch(p -> p.covers(d.code())) && t.code().length() > 3 && t.code().regionMatches(0, d.code(), 0, 3)
                && namesOnlyCategory(d);
    }

    /** Whether the code's title names what its category names, no more ({@link #kindOfCategory}'s reading). */
    private boolean namesOnlyCategory(CodeCandidate c) {
        return c.code().length() > 3 && categoryNamed.computeIfAbsent(c.title(),
                title -> namesOnlyCategory(c.code().substring(0, 3), title));
    }

    private boolean namesOnlyCategory(String category, String defaultTitle) {
        Set<String> words = refinedWords.computeIfAbsent(defaultTitle, this::wordsToRefine);
        return !words.isEmpty() && codeSet.get(category)
                .map(c -> TitleWords.of(c.title(), ignoredWords).equals(words)).orElse(false);
    }

    /** The words of a title a code refining it must have: {@link #refines}'s reading of the default title. */
    private Set<String> wordsToRefine(String defaultTitle) {
        return Set.copyOf(TitleWords.of(DEFAULT_PHRASES.matcher(TitleWords.withoutParentheses(defaultTitle))
                .replaceAll(" "), ignoredWords));
    }

    /** A rule's group: its combination code when all required members are documented, else the best member. */
    private CodeCandidate byRule(SameConditionRule rule, List<CodeCandidate> cands) {
        if (rule.combination() != null && rule.requires().stream()
                .allMatch(p -> cands.stream().anyMatch(c -> c.code().startsWith(p)))) {
            Code comb = codeSet.get(rule.combination()).orElseThrow();
            CodeCandidate existing = cands.stream().filter(c -> c.code().equals(comb.code())).findFirst().orElse(null);
            double score = cands.stream().mapToDouble(CodeCandidate::score).max().orElse(0);
            CodeCandidate base = existing != null ? existing
                    : new CodeCandidate(comb.code(), comb.title(), score, List.of(), List.of());
            List<CodeCandidate> others = cands.stream().filter(c -> c != existing).toList();
            List<Alternative> alternatives = others.stream()
                    .map(c -> new Alternative(c.code(), c.title(), rule.reason())).toList();
            return merge(base, others, alternatives, "One condition (" + rule.condition() + "): " + rule.reason()
                    + " [rule " + rule.id() + "]");
        }
        CodeCandidate best = best(cands);
        List<CodeCandidate> others = cands.stream().filter(c -> c != best).toList();
        List<Alternative> alternatives = new ArrayList<>();
        for (CodeCandidate c : others) {
            String why = isDefault(c.title()) && !isDefault(best.title())
                    ? "less specific: " + best.code() + " documents the same " + rule.condition() + " in more detail"
                    : "another code for the same " + rule.condition() + " with less support in the note ("
                    + String.format(Locale.ROOT, "%.2f", c.score()) + " vs " + String.format(Locale.ROOT, "%.2f", best.score())
                    + "); choose it instead if it is what the provider documents";
            alternatives.add(new Alternative(c.code(), c.title(), why));
        }
        return merge(best, others, alternatives, "One condition (" + rule.condition() + "): " + best.code()
                + " reported, " + String.join(", ", others.stream().map(CodeCandidate::code).toList())
                + " kept as alternatives [rule " + rule.id() + "]");
    }

    /** True if every mention of the default lies inside, or in the clause of, a mention of the specific code. */
    private static boolean sameDocumentation(Document doc, CodeCandidate dflt, CodeCandidate specific) {
        if (doc.mentions().isEmpty()) {
            return true;
        }
        for (int d : dflt.mentions()) {
            Mention md = doc.mentions().get(d);
            boolean covered = false;
            for (int s : specific.mentions()) {
                Mention ms = doc.mentions().get(s);
                if (coordinatedBefore(doc, md, ms)) {
                    continue;   // "back and neck pain": the default's own site, coordinated with the other's
                }
                if (md.endToken() - md.firstToken() > 1 && coordinatedBefore(doc, ms, md)) {
                    // "acute and chronic gastritis": the default's own modifier and the head noun the two modifiers
                    // share are a conjunct of their own, a form of the condition coded beside the other (I.B.8);
                    // a bare head ("depressive and some anxiety") is the one condition the whole phrase names
                    return false;
                }
                if (sameClause(doc, ms, md)
                        || ms.text().toLowerCase(Locale.ROOT).contains(md.text().toLowerCase(Locale.ROOT))) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code inner} ends {@code outer} after an "and" or "or" of it that follows outer's first word: two
     * sites written before the condition word they share ("back and neck pain", "hip or thigh pain"), the outer
     * mention reading the first site with it. The words before the coordination are a condition of their own.
     */
    private static boolean coordinatedBefore(Document doc, Mention outer, Mention inner) {
        if (inner.firstToken() <= outer.firstToken() + 1 || inner.endToken() != outer.endToken()
                || inner.sentenceIndex() != outer.sentenceIndex()) {
            return false;
        }
        for (int t = outer.firstToken() + 1; t < inner.firstToken(); t++) {
            if (doc.tokens().get(t).isAndOr()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if a mention of the default writes a word of the default's title that the specific title lacks (the
     * default names something of its own: "adrenal" of C79.70 beside C79.31 for the brain, in one list of
     * metastatic sites): then the two codes document different conditions, however near their words are. A
     * mention lying within a mention of the specific code does not count: that code's words refine it
     * ("low back pain" within "low back pain with sciatica", whose code's title says "lumbago").
     */
    private boolean ownTitleWord(Document doc, CodeCandidate dflt, CodeCandidate specific) {
        Set<String> own = new HashSet<>(TitleWords.of(dflt.title(), ignoredWords));
        Set<String> other = TitleWords.titleWords(specific.title());
        own.removeIf(w -> w.length() < 4 || other.stream().anyMatch(o -> sameWord(o, w)));
        if (own.isEmpty() || doc.mentions().isEmpty()) {
            return false;
        }
        for (int d : dflt.mentions()) {
            Mention md = doc.mentions().get(d);
            if (insideMention(doc, md, specific)) {
                continue;   // the specific code's own words take the default's in (a path refining it): one condition
            }
            for (String w : TitleWords.words(md.text())) {
                if (own.stream().anyMatch(o -> sameWord(o, w))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the mention lies within a mention of the candidate (offsets). */
    private static boolean insideMention(Document doc, Mention m, CodeCandidate c) {
        for (int s : c.mentions()) {
            Mention ms = doc.mentions().get(s);
            if (ms.span().start() <= m.span().start() && m.span().end() <= ms.span().end()) {
                return true;
            }
        }
        return false;
    }

    /** One word written as the title prints it or with an inflection ("lung", "lungs"; "bone", "bones"). */
    private static boolean sameWord(String title, String written) {
        String shorter = title.length() <= written.length() ? title : written;
        String longer = shorter == title ? written : title;
        return longer.startsWith(shorter) && longer.length() - shorter.length() <= 2 && shorter.length() >= 3;
    }

    private static boolean sameClause(Document doc, Mention a, Mention b) {
        if (a.sentenceIndex() != b.sentenceIndex()) {
            return false;
        }
        var sentence = doc.sentences().get(a.sentenceIndex());
        int[] ca = Clauses.around(doc.tokens(), sentence, a.firstToken(), a.endToken());
        int[] cb = Clauses.around(doc.tokens(), sentence, b.firstToken(), b.endToken());
        return ca[0] == cb[0] && ca[1] == cb[1];
    }

    /**
     * The member to report: a code that is not a default first; then the one whose title refines the titles of
     * more of the others (I48.20 "chronic atrial fibrillation, unspecified" over I48.91 "unspecified atrial
     * fibrillation": the chronicity is documented somewhere in the note); then the better supported.
     */
    private CodeCandidate best(List<CodeCandidate> cands) {
        return cands.stream().min(Comparator.comparing((CodeCandidate c) -> isDefault(c.title()))
                .thenComparing(Comparator.comparingLong((CodeCandidate c) -> refinedCount(c, cands)).reversed())
                // of two defaults, the one with fewer marks of what is not documented ("part unspecified" aside)
                .thenComparingInt((CodeCandidate c) -> CodeResolver.defaultMarks(c.title()))
                .thenComparing(Comparator.comparingDouble(CodeCandidate::score).reversed())).orElseThrow();
    }

    /** How many of the other members' titles this member's title strictly refines. */
    private long refinedCount(CodeCandidate c, List<CodeCandidate> cands) {
        return cands.stream().filter(o -> o != c && refines(c.title(), o.title()) && !refines(o.title(), c.title()))
                .count();
    }

    private static CodeCandidate merge(CodeCandidate kept, List<CodeCandidate> others, List<Alternative> alternatives,
                                       String line) {
        TreeSet<Integer> mentions = new TreeSet<>(kept.mentions());
        double score = kept.score();
        List<Alternative> all = new ArrayList<>(kept.alternatives());
        for (CodeCandidate o : others) {
            mentions.addAll(o.mentions());
            score = Math.max(score, o.score());
            all.addAll(o.alternatives());
        }
        all.addAll(alternatives);
        List<String> why = new ArrayList<>(kept.rationale().isEmpty() && !others.isEmpty()
                ? others.get(0).rationale() : kept.rationale());
        why.add(line);
        return new CodeCandidate(kept.code(), kept.title(), score, List.copyOf(mentions), why, all);
    }

    private SameConditionRule ruleFor(String code) {
        for (SameConditionRule r : rules) {
            if (r.covers(code)) {
                return r;
            }
        }
        return null;
    }

    /**
     * The generic rule's group: the category, its group of shared categories, or its site (up to the fourth
     * character) where that names one.
     */
    private String genericGroup(String code) {
        String category = Code.categoryOf(code);
        String shared = sharedCategories.get(category);
        if (shared != null) {
            return shared;
        }
        return siteByFourthCharacter.contains(category) && code.length() >= 5 ? code.substring(0, 5) : category;
    }

    /** A default code, as the Tabular resolution defines it ({@link CodeResolver#isDefault}). */
    private static boolean isDefault(String title) {
        return CodeResolver.isDefaultTitle(title);
    }
}
