package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.LowerWords;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * The other half of an etiology / manifestation pair that a coded half always brings (Guidelines I.A.13). Two
 * {@link Pairing}s, each with its rule file, run at their own pipeline positions:
 * <ul>
 * <li>{@link Pairing#MANIFESTATION}: a disease that is itself a dementia (Alzheimer disease) is coded with its
 * dementia (F02.80) however the note names it, "Alzheimer's" or "Alzheimer dementia"; the manifestation is added
 * right after the etiology ({@code manifestation_codes.tsv}).</li>
 * <li>{@link Pairing#UNDERLYING_INFECTION}: severe sepsis and septic shock (R65.2-) are never reported alone, they
 * follow the systemic infection they qualify (I.C.1.d.1-2); when the note codes no such infection ("she went into
 * septic shock"), the sepsis whose organism is not named, A41.9, is added right before the code
 * ({@code underlying_infection.tsv}).</li>
 * </ul>
 * The code is added on the evidence of the code that brings it, once however many codes bring it, unless the
 * note already codes a code that states it (a dementia of a documented severity, a sepsis by organism). A severity
 * word written with the bringing mention ("severe Alzheimer dementia") chooses the severity child of the added code
 * ({@code manifestation_severity.tsv}, Guidelines I.C.5.d).
 */
public final class ManifestationCodeCheck implements Stage {

    /** Which half the rules add, where it goes, and the words of its rationale. */
    public enum Pairing {
        /** An etiology coded: its manifestation added right after it. */
        MANIFESTATION("manifestation_codes.tsv", false, "Manifestation", "is coded with"),
        /** A manifestation coded: the systemic infection behind it added right before it. */
        UNDERLYING_INFECTION("underlying_infection.tsv", true, "Underlying infection", "is coded after");

        final String file;
        final boolean before;
        final String label;
        final String relation;

        Pairing(String file, boolean before, String label, String relation) {
            this.file = file;
            this.before = before;
            this.label = label;
            this.relation = relation;
        }
    }

    /** The severity rows: for an added code, its severity words, in rising order, each with the code it becomes. */
    static final String SEVERITY_FILE = "/org/opencac/engine/convention/manifestation_severity.tsv";
    /** How many words right before the bringing mention may carry its severity ("severe Alzheimer dementia"). */
    private static final int WORDS_BEFORE = 2;

    /** One row: the codes that bring a code, the code added, and the codes that already state it. */
    record Rule(String id, List<CodePattern> bringing, String added, List<CodePattern> stated,
                String guideline, String what) {
    }

    private final CodeSet codeSet;
    private final Pairing pairing;
    private final List<Rule> rules;
    /** Added code to its severity words, in rising order, each with the code it becomes. */
    private final Map<String, Map<String, String>> severities;

    ManifestationCodeCheck(CodeSet codeSet, Pairing pairing, List<Rule> rules) {
        this(codeSet, pairing, rules, Map.of());
    }

    ManifestationCodeCheck(CodeSet codeSet, Pairing pairing, List<Rule> rules,
                           Map<String, Map<String, String>> severities) {
        this.codeSet = codeSet;
        this.pairing = pairing;
        this.rules = List.copyOf(rules);
        this.severities = severities;
        for (Map<String, String> words : severities.values()) {
            for (String to : words.values()) {
                if (codeSet.get(to).filter(Code::billable).isEmpty()) {
                    throw new IllegalArgumentException(SEVERITY_FILE + ": " + to + " is not a billable code of "
                            + codeSet.version().label());
                }
            }
        }
        for (Rule r : this.rules) {
            if (codeSet.get(r.added()).filter(Code::billable).isEmpty()) {
                throw new IllegalArgumentException(pairing.file + ": rule " + r.id() + ": " + r.added()
                        + " is not a billable code of " + codeSet.version().label());
            }
        }
    }

    public static ManifestationCodeCheck standard(CodeSet codeSet, Pairing pairing) {
        return new ManifestationCodeCheck(codeSet, pairing, read(RuleFiles.bundled(pairing.file), pairing.file),
                pairing == Pairing.MANIFESTATION ? severities() : Map.of());
    }

    static Map<String, Map<String, String>> severities() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String[] f : DataFiles.table(SEVERITY_FILE, 3, 3)) {
            if (f[1].isEmpty()) {
                throw new IllegalArgumentException(SEVERITY_FILE + ": expected code<TAB>word<TAB>code, got: "
                        + String.join("\t", f));
            }
            out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1].toLowerCase(Locale.ROOT), f[2]);
        }
        Map<String, Map<String, String>> frozen = new LinkedHashMap<>();
        out.forEach((k, v) -> frozen.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        return java.util.Collections.unmodifiableMap(frozen);
    }

    static List<Rule> read(byte[] bytes, String file) {
        return RuleFiles.tsvRules(bytes, file, 6, cols -> new Rule(cols[0].trim(), patterns(cols[1]),
                cols[2].trim(), patterns(cols[3]), cols[4].trim(), cols[5].trim()));
    }

    private static List<CodePattern> patterns(String col) {
        List<CodePattern> patterns = CodePattern.parseList(col);
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("no codes");
        }
        return patterns;
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> in = doc.candidates();
        List<CodeCandidate> out = null;
        Set<String> added = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            CodeCandidate c = in.get(i);
            Rule r = unmet(c.code(), in);
            if (r != null && !added.add(r.added())) {
                r = null;   // one code for two codes bringing it (two codes of the disease, severe sepsis and shock)
            }
            if (r == null) {
                if (out != null) {
                    out.add(c);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(in.subList(0, i));
            }
            Code code = codeSet.get(r.added()).orElseThrow();
            CodeCandidate brought = c.withCode(code, pairing.label + " (Guidelines " + r.guideline() + "): "
                    + c.code() + " " + pairing.relation + " " + r.what() + ", " + code.code()
                    + " (rule " + r.id() + ")");
            String word = severityWord(doc, c, severities.get(code.code()));
            if (word != null) {
                Code severe = codeSet.get(severities.get(code.code()).get(word)).orElseThrow();
                brought = brought.withCode(severe, "Severity (Guidelines I.C.5.d): the note writes \"" + word
                        + "\" with it, " + code.code() + " recoded to " + severe.code());
            }
            if (pairing.before) {
                out.add(brought);
                out.add(c);
            } else {
                out.add(c);
                out.add(brought);
            }
        }
        return out == null ? doc : doc.withCandidates(out);
    }

    /**
     * The highest severity word written with one of the candidate's mentions that is not negated: in its words, the
     * {@value #WORDS_BEFORE} words right before it in its sentence (no punctuation between), or the word after a comma
     * right after it that ends its phrase; null if none.
     */
    private static String severityWord(Document doc, CodeCandidate c, Map<String, String> words) {
        if (words == null) {
            return null;
        }
        List<String> order = List.copyOf(words.keySet());
        int best = -1;
        List<Token> tokens = doc.tokens();
        for (int mi : c.mentions()) {
            if (mi < 0 || mi >= doc.mentions().size() || doc.assertionOf(mi).negated()) {
                continue;
            }
            Mention m = doc.mentions().get(mi);
            if (m.sentenceIndex() < 0 || m.sentenceIndex() >= doc.sentences().size()) {
                continue;
            }
            Sentence s = doc.sentences().get(m.sentenceIndex());
            List<Token> read = new ArrayList<>(tokens.subList(m.firstToken(), Math.min(m.endToken(), tokens.size())));
            for (int i = m.firstToken() - 1; i >= Math.max(s.firstToken(), m.firstToken() - WORDS_BEFORE); i--) {
                if (!wordToken(tokens.get(i))) {
                    break;
                }
                read.add(tokens.get(i));
            }
            int after = m.endToken();
            int end = Math.min(s.endToken(), tokens.size());
            // ", severe" ends its phrase: ", severe aortic stenosis" names another condition
            if (after + 1 < end && tokens.get(after).text().equals(",")
                    && (after + 2 >= end || !wordToken(tokens.get(after + 2)))) {
                read.add(tokens.get(after + 1));
            }
            for (Token t : read) {
                for (String w : LowerWords.of(t.text(), LowerWords.Hyphens.BREAK)) {
                    best = Math.max(best, order.indexOf(w));
                }
            }
        }
        return best < 0 ? null : order.get(best);
    }

    private static boolean wordToken(Token t) {
        return !t.text().isEmpty() && Character.isLetter(t.text().charAt(0));
    }

    /** The rule whose bringing codes cover this code and whose code the candidates do not state, or null. */
    private Rule unmet(String code, List<CodeCandidate> all) {
        for (Rule r : rules) {
            if (CodePattern.anyCovers(r.bringing(), code)) {
                boolean stated = all.stream().anyMatch(o -> CodePattern.anyCovers(r.stated(), o.code()));
                return stated ? null : r;
            }
        }
        return null;
    }
}
