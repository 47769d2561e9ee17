package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * A primary malignancy the note calls metastatic without saying where it spread ("metastatic tongue carcinoma",
 * "prostate cancer, metastatic") is two facts: the primary site, and a secondary malignant neoplasm of
 * unspecified site (C79.9), added right after the primary with the primary's evidence (Guidelines I.C.2: each
 * secondary site an additional code; Index: Neoplasm, secondary, unspecified site). Nothing is added when the note
 * codes a secondary site (a metastasis to the liver, C78.7; "metastatic carcinoma of the tongue", which the Index
 * reads as a secondary of the tongue) or a neoplasm of unknown site, or when the word that
 * says it spread is taken back ("non-metastatic", "possibly metastatic"). Words and codes:
 * {@code metastatic_primary.tsv}.
 */
public final class MetastaticPrimaryCheck implements Stage {
    public static final String RESOURCE = "/org/opencac/engine/convention/metastatic_primary.tsv";
    static final String SECONDARY_UNSPECIFIED = "C79.9";

    private final Set<String> words;
    private final Set<String> takenBack;
    private final List<CodePattern> primaries;
    private final List<CodePattern> secondaries;
    private final Code added;

    public MetastaticPrimaryCheck(CodeSet codeSet, Set<String> words, Set<String> takenBack,
                                  List<CodePattern> primaries, List<CodePattern> secondaries) {
        this.words = Set.copyOf(words);
        this.takenBack = Set.copyOf(takenBack);
        this.primaries = List.copyOf(primaries);
        this.secondaries = List.copyOf(secondaries);
        this.added = codeSet.get(SECONDARY_UNSPECIFIED).filter(Code::billable)
                .orElseThrow(() -> new IllegalStateException(SECONDARY_UNSPECIFIED + " is not a billable code"));
    }

    public static MetastaticPrimaryCheck standard(CodeSet codeSet) {
        Set<String> words = new HashSet<>();
        Set<String> not = new HashSet<>();
        List<String> primary = new ArrayList<>();
        List<String> secondary = new ArrayList<>();
        var readers = new HashMap<String, Consumer<String>>();
        readers.put("word", v -> words.add(v.toLowerCase(Locale.ROOT)));
        readers.put("not", v -> not.add(v.toLowerCase(Locale.ROOT)));
        readers.put("primary", primary::add);
        readers.put("secondary", secondary::add);
        DataFiles.kinds(RESOURCE, readers);
        return new MetastaticPrimaryCheck(codeSet, words, not, CodePattern.parseAll(primary),
                CodePattern.parseAll(secondary));
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> in = doc.candidates();
        if (in.isEmpty()) {
            return doc;
        }
        for (CodeCandidate c : in) {
            if (CodePattern.anyCovers(secondaries, c.code())) {
                return doc;
            }
        }
        for (int i = 0; i < in.size(); i++) {
            CodeCandidate c = in.get(i);
            if (!CodePattern.anyCovers(primaries, c.code())) {
                continue;
            }
            List<Integer> said = new ArrayList<>();
            for (int m : c.mentions()) {
                if (saysSpread(doc, doc.mentions().get(m))) {
                    said.add(m);
                }
            }
            if (said.isEmpty()) {
                continue;
            }
            List<CodeCandidate> out = new ArrayList<>(in);
            out.add(i + 1, new CodeCandidate(added.code(), added.title(), c.score(), said, List.of(
                    "The note calls the " + c.code() + " neoplasm metastatic without naming the site of spread: "
                            + "the secondary malignant neoplasm of unspecified site is an additional code "
                            + "(Guidelines I.C.2; Index: Neoplasm, secondary, unspecified site)")));
            return doc.withCandidates(out);
        }
        return doc;
    }

    /**
     * Whether the word that says the neoplasm spread is one of the mention's words, the word right before it,
     * or the word after it past a comma.
     */
    private boolean saysSpread(Document doc, Mention m) {
        List<Token> tokens = doc.tokens();
        int first = m.firstToken();
        if (first < 0 || first >= tokens.size()) {
            return false;
        }
        // a word of the mention itself ("metastatic breast cancer", "prostate cancer, metastatic" read as one term)
        for (int t = first; t < Math.min(m.endToken(), tokens.size()); t++) {
            if (isSpreadWord(tokens, t)) {
                return true;
            }
        }
        // the word before it
        if (first > 0 && tokens.get(first - 1).sentenceIndex() == m.sentenceIndex()
                && isSpreadWord(tokens, first - 1)) {
            return true;
        }
        // "cancer of the prostate, metastatic"
        int end = m.endToken();
        return end + 1 < tokens.size() && tokens.get(end).text().equals(",")
                && tokens.get(end + 1).sentenceIndex() == m.sentenceIndex() && isSpreadWord(tokens, end + 1);
    }

    private boolean isSpreadWord(List<Token> tokens, int t) {
        if (!words.contains(tokens.get(t).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int before = t - 1;
        if (before >= 0 && tokens.get(before).text().equals("-")) {   // "non-metastatic"
            before--;
        }
        return before < 0 || tokens.get(before).sentenceIndex() != tokens.get(t).sentenceIndex()
                || !takenBack.contains(tokens.get(before).text().toLowerCase(Locale.ROOT));
    }
}
