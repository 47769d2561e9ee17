package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.coding.CodeResolver;
import org.opencac.engine.mention.WordForms;
import org.opencac.engine.text.LowerWords;
import org.opencac.models.codeset.Code;

/**
 * What the neoplasm-site stages ({@link NeoplasmSiteFromWorkingStatement}, {@link NeoplasmSiteFromNamedMass},
 * {@link NeoplasmSiteFromFindingCode}) read
 * of {@code neoplasm_site.tsv}, read once and shared: the neoplasm codes a site may be given ({@code neoplasm} rows),
 * the words that make a phrase a mass ({@code head}), the words of a mass phrase that name no site ({@code word}) and
 * the words a mass's site is read back to ({@code start}); with the reading of a site word both stages share.
 */
public final class NeoplasmSiteWords {
    static final String RESOURCE = "/org/opencac/engine/convention/neoplasm_site.tsv";

    private final WordForms forms;
    private final List<CodePattern> neoplasms;
    private final Set<String> heads;
    private final Set<String> ignored;
    private final Set<String> starts;
    private final Set<String> links;
    /** Per finding code pattern, the neoplasm categories whose subsite its title names ({@code finding} rows). */
    private final Map<CodePattern, Set<String>> findings;
    /** The title words of an unspecified-site code that name no side or organ ({@code unsited} rows). */
    private final Set<String> unsited;

    NeoplasmSiteWords(WordForms forms, List<CodePattern> neoplasms, Set<String> heads, Set<String> ignored,
                      Set<String> starts, Set<String> links, Map<CodePattern, Set<String>> findings,
                      Set<String> unsited) {
        this.forms = forms;
        this.neoplasms = List.copyOf(neoplasms);
        this.heads = Set.copyOf(heads);
        this.ignored = Set.copyOf(ignored);
        this.starts = Set.copyOf(starts);
        this.links = Set.copyOf(links);
        this.findings = Map.copyOf(findings);
        this.unsited = Set.copyOf(unsited);
    }

    /** The bundled {@code neoplasm_site.tsv}; a file without neoplasm, head or start rows fails at start-up. */
    public static NeoplasmSiteWords bundled(WordForms forms) {
        List<CodePattern> neoplasms = new ArrayList<>();
        Set<String> heads = new HashSet<>();
        Set<String> ignored = new HashSet<>();
        Set<String> starts = new HashSet<>();
        Set<String> links = new HashSet<>();
        Map<CodePattern, Set<String>> findings = new HashMap<>();
        Set<String> unsited = new HashSet<>();
        DataFiles.kinds(RESOURCE, Map.of(
                "neoplasm", value -> neoplasms.addAll(CodePattern.parseList(value)),
                "head", value -> heads.add(value.toLowerCase(Locale.ROOT)),
                "word", value -> ignored.add(value.toLowerCase(Locale.ROOT)),
                "start", value -> starts.add(value.toLowerCase(Locale.ROOT)),
                "after", value -> links.add(value.toLowerCase(Locale.ROOT)),
                "finding", value -> readFinding(value, findings),
                "unsited", value -> unsited.add(value.toLowerCase(Locale.ROOT))));
        if (neoplasms.isEmpty() || heads.isEmpty() || starts.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": needs neoplasm, head and start rows");
        }
        return new NeoplasmSiteWords(forms, neoplasms, heads, ignored, starts, links, findings, unsited);
    }

    /** A finding row's value, "N63=C50": the finding codes, then the neoplasm categories their titles site. */
    private static void readFinding(String value, Map<CodePattern, Set<String>> findings) {
        String[] f = value.split("=");
        if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
            throw new IllegalStateException(RESOURCE + ": a finding row is FINDINGS=CATEGORIES: " + value);
        }
        Set<String> categories = new HashSet<>(List.of(f[1].trim().split("\\s*,\\s*")));
        for (CodePattern p : CodePattern.parseList(f[0].trim())) {
            findings.computeIfAbsent(p, k -> new HashSet<>()).addAll(categories);
        }
    }

    /** Whether a finding code's title names the subsite of a neoplasm of this category ({@code finding} rows). */
    boolean sitesNeoplasm(String findingCode, String category) {
        for (Map.Entry<CodePattern, Set<String>> e : findings.entrySet()) {
            if (e.getValue().contains(category) && e.getKey().covers(findingCode)) {
                return true;
            }
        }
        return false;
    }

    /** A neoplasm code of the rows at an unspecified site: a code these stages may site. */
    boolean unsited(CodeCandidate c) {
        return isNeoplasm(c.code()) && CodeResolver.saysUnspecified(c.title());
    }

    /**
     * The document with each neoplasm candidate of no site recoded to the first of its sitings ({@code sitings}: the
     * candidate recoded, in the order tried) whose code is not a candidate already (one condition, one code); the
     * document itself when none is recoded.
     */
    Document recodeUnsited(Document doc, Function<CodeCandidate, Stream<CodeCandidate>> sitings) {
        List<CodeCandidate> in = doc.candidates();
        List<CodeCandidate> out = null;
        for (int i = 0; i < in.size(); i++) {
            CodeCandidate fin = in.get(i);
            if (!unsited(fin)) {
                continue;
            }
            CodeCandidate sited = sitings.apply(fin)
                    .filter(s -> in.stream().noneMatch(c -> c.code().equals(s.code())))
                    .findFirst().orElse(null);
            if (sited != null) {
                out = out == null ? new ArrayList<>(in) : out;
                out.set(i, sited);
            }
        }
        return out == null ? doc : doc.withCandidates(out);
    }

    /**
     * Whether a title word of an unspecified-site code names no side or organ ("unspecified", "site", "part"): a
     * sited code need not keep it.
     */
    boolean isUnsitedTitleWord(String word) {
        return unsited.contains(word);
    }

    /** A code the neoplasm rows cover. */
    boolean isNeoplasm(String code) {
        return CodePattern.anyCovers(neoplasms, code);
    }

    /** A word that makes a phrase a mass ("mass", "nodule", "lesion"). */
    boolean isHead(String word) {
        return heads.contains(word);
    }

    /** A word that opens the noun phrase before a mass word ("the", "a"): the site is read after it only. */
    boolean isStart(String word) {
        return starts.contains(word);
    }

    /** A word right after a mass word that puts its site after it ("mass at the hepatic flexure"). */
    boolean isSiteLink(String word) {
        return links.contains(word);
    }

    /**
     * Adds a word of a mass phrase to its site words, with the words of its base form ("pleural": pleura), unless it
     * is a mass word or one that names no site.
     */
    void addSiteWord(String word, Set<String> sites) {
        if (!heads.contains(word) && !ignored.contains(word)) {
            sites.add(word);
            String base = forms.base(word);
            if (base != null) {
                sites.addAll(words(base));
            }
        }
    }

    /** The lowercase words of a text (a hyphen breaks them, as in the titles the words are compared with). */
    static List<String> words(String text) {
        return LowerWords.of(text, LowerWords.Hyphens.BREAK);
    }

    /**
     * The code of {@code codes} (a neoplasm category's billable codes) whose title names the most of
     * {@code siteWords} beyond the words {@code own} of the neoplasm's title, among the titles {@code admits}
     * accepts (as word sets), leaving out the neoplasm's code {@code neoplasmCode} and unspecified titles; null when
     * none names one, or two name as many.
     */
    static Code mostSited(List<Code> codes, String neoplasmCode, Set<String> own, Set<String> siteWords,
                          Predicate<Set<String>> admits) {
        Code best = null;
        int most = 0;
        boolean tie = false;
        for (Code c : codes) {
            if (c.code().equals(neoplasmCode) || CodeResolver.saysUnspecified(c.title())) {
                continue;
            }
            Set<String> title = new HashSet<>(words(c.title()));
            if (!admits.test(title)) {
                continue;
            }
            int n = (int) title.stream().filter(w -> !own.contains(w) && siteWords.contains(w)).count();
            if (n > most) {
                best = c;
                most = n;
                tie = false;
            } else if (n == most && n > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
