package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.Alternative;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;

/**
 * A vague finding of an organ that a coded neoplasm of the same organ explains is that neoplasm (Guidelines
 * I.B.4-5 and III.B: findings integral to a confirmed diagnosis are not coded): an abnormal imaging or function
 * result ("thickening of the endometrium", R93.89, beside an endometrial cancer) or a condition written only as a
 * generic head word and its site ("small bowel lesion", K63.9, beside a carcinoid tumour of the small bowel). The
 * finding becomes an alternative of the neoplasm's code when every site word of its mentions (the words left once
 * the head and finding words of {@code explained_by_neoplasm.tsv}, sides and small words are set aside; at least
 * one) is written in the neoplasm's title or in a sentence that names the neoplasm. A finding of another organ, or
 * one with no site word, stays coded; injuries, external causes and factors (S, T, V-Z) are never findings here. Rows of the data file: {@code kind<TAB>value}, kinds {@code neoplasm} and
 * {@code finding} (code patterns), {@code head} and {@code word} (words).
 */
public final class ExplainedByNeoplasmCheck implements Stage {
    public static final String RESOURCE = "/org/opencac/engine/convention/explained_by_neoplasm.tsv";
    /** Shared leading letters that make two words one site word ("endometrium", "endometrial"). */
    private static final int STEM = 6;

    private final List<CodePattern> neoplasms;
    private final List<CodePattern> findings;
    private final Set<String> heads;
    private final Set<String> ignored;

    public ExplainedByNeoplasmCheck(List<CodePattern> neoplasms, List<CodePattern> findings, Set<String> heads,
                                    Set<String> ignored) {
        if (neoplasms.isEmpty() || findings.isEmpty() && heads.isEmpty()) {
            throw new IllegalArgumentException("needs neoplasm codes and findings or head words");
        }
        this.neoplasms = List.copyOf(neoplasms);
        this.findings = List.copyOf(findings);
        this.heads = Set.copyOf(heads);
        this.ignored = Set.copyOf(ignored);
    }

    public static ExplainedByNeoplasmCheck standard() {
        List<String> neoplasms = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        Set<String> heads = new HashSet<>();
        Set<String> words = new HashSet<>();
        DataFiles.kinds(RESOURCE, Map.of(
                "neoplasm", neoplasms::add,
                "finding", findings::add,
                "head", value -> heads.add(value.toLowerCase(Locale.ROOT)),
                "word", value -> words.add(value.toLowerCase(Locale.ROOT))));
        return new ExplainedByNeoplasmCheck(CodePattern.parseAll(neoplasms), CodePattern.parseAll(findings), heads,
                words);
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> list = doc.candidates();
        if (list.size() < 2 || list.stream().noneMatch(c -> CodePattern.anyCovers(neoplasms, c.code()))) {
            return doc;   // most notes code no neoplasm: their findings are not read
        }
        List<CodeCandidate> out = new ArrayList<>(list);
        boolean changed = false;
        for (CodeCandidate d : list) {
            if (CodePattern.anyCovers(neoplasms, d.code()) || "STVWXYZ".indexOf(d.code().charAt(0)) >= 0 || !out.contains(d)) {
                continue;
            }
            Set<String> sites = siteWords(doc, d);
            if (sites.isEmpty()) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                CodeCandidate t = out.get(i);
                if (t == d || !CodePattern.anyCovers(neoplasms, t.code()) || !written(sites, known(doc, t))) {
                    continue;
                }
                out.set(i, merged(t, d));
                out.remove(d);
                changed = true;
                break;
            }
        }
        return changed ? doc.withCandidates(out) : doc;
    }

    /**
     * The site words of a finding's mentions, or none when the candidate is no finding: its code is not a finding
     * code and some mention neither ends nor begins with a head word.
     */
    private Set<String> siteWords(Document doc, CodeCandidate d) {
        boolean finding = CodePattern.anyCovers(findings, d.code());
        Set<String> out = new HashSet<>();
        if (d.mentions().isEmpty()) {
            return out;
        }
        for (int m : d.mentions()) {
            List<String> words = new ArrayList<>(TitleWords.words(doc.mentions().get(m).text()));
            // the head ends the mention ("pancreatic lesion") or opens it before its site ("lesion of the pancreas")
            if (words.isEmpty() || !finding && !heads.contains(words.get(words.size() - 1)) && !heads.contains(words.get(0))) {
                return Set.of();
            }
            for (String w : words) {
                if (!heads.contains(w) && !ignored.contains(w) && w.length() > 2 && !w.chars().allMatch(Character::isDigit)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** The words of the neoplasm's title and of every sentence holding one of its mentions. */
    private static Set<String> known(Document doc, CodeCandidate t) {
        Set<String> out = new HashSet<>(TitleWords.titleWords(t.title()));
        for (int m : t.mentions()) {
            Mention mention = doc.mentions().get(m);
            out.addAll(TitleWords.words(Candidates.sentence(doc, mention)));
        }
        return out;
    }

    private static boolean written(Set<String> sites, Set<String> known) {
        for (String s : sites) {
            if (known.stream().noneMatch(k -> sameSite(k, s))) {
                return false;
            }
        }
        return true;
    }

    /** One word, or two forms of one site word ("endometrium", "endometrial"; "colonic", "colon"). */
    private static boolean sameSite(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        int shorter = Math.min(a.length(), b.length());
        return n >= STEM || n == shorter && shorter >= 4 && Math.max(a.length(), b.length()) - shorter <= 2;
    }

    private static CodeCandidate merged(CodeCandidate neoplasm, CodeCandidate finding) {
        TreeSet<Integer> mentions = new TreeSet<>(neoplasm.mentions());
        mentions.addAll(finding.mentions());
        List<Alternative> alternatives = new ArrayList<>(neoplasm.alternatives());
        alternatives.addAll(finding.alternatives());
        alternatives.add(new Alternative(finding.code(), finding.title(), "explained: the finding is of the organ whose"
                + " neoplasm " + neoplasm.code() + " the note documents (Guidelines I.B.4-5, III.B)"));
        List<String> why = new ArrayList<>(neoplasm.rationale());
        why.add("Explained finding: " + finding.code() + " is the neoplasm " + neoplasm.code() + " of the same organ,"
                + " not coded separately");
        return new CodeCandidate(neoplasm.code(), neoplasm.title(), Math.max(neoplasm.score(), finding.score()),
                List.copyOf(mentions), why, alternatives);
    }
}
