package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.InstructionalNote;
import org.opencac.models.codeset.NoteType;

/**
 * Etiology/manifestation pairs (Guidelines I.A.13, I.B.7): when a candidate's Tabular "code first" note
 * names another candidate, or another candidate's "use additional code" note names it, the named
 * (etiology) code is sequenced right before it, and the pair stays adjacent. A group takes the place of
 * its earliest code-first member, so a first-listed manifestation brings its etiology to the front (a
 * "use additional code" child follows its parent but does not pull it forward). Only notes written at
 * a code or category count, not block- or chapter-wide ones. "Code also"
 * notes only add a rationale line: they do not fix the order. A "code first" note that names its cause in
 * words only ("code first any associated underlying cause of the blindness", at H54) orders by the cause codes
 * {@code code_first_causes.tsv} gives for it: low vision after the macular degeneration that causes it, a mood
 * disorder due to a known physiological condition after that condition: the one told in the manifestation's own
 * sentence, else, for a manifestation heading the list, the first cause listed.
 */
public final class CodeFirstCheck implements Stage {
    /** The bundled rows of the causes a code-first note names in words only. */
    public static final String CAUSES_FILE = "code_first_causes.tsv";
    private final CodeSet codeSet;
    private final List<Cause> causes;

    /**
     * A row of {@link #CAUSES_FILE}: the codes whose code-first note names no code ({@code codes}) and the codes
     * that are their underlying cause ({@code causes}); {@code toldInSentence}: one not told in the code's sentence
     * is taken only when the code heads the list.
     */
    record Cause(String id, List<CodePattern> codes, List<CodePattern> causes, boolean toldInSentence) {
    }

    public CodeFirstCheck(CodeSet codeSet) {
        this(codeSet, RuleFiles.tsvRules(RuleFiles.bundled(CAUSES_FILE), CAUSES_FILE, 4, 5,
                cols -> new Cause(cols[0].trim(), CodePattern.parseList(cols[1]), CodePattern.parseList(cols[2]),
                        cols.length > 4 && cols[4].trim().equals("sentence"))));
    }

    CodeFirstCheck(CodeSet codeSet, List<Cause> causes) {
        this.codeSet = codeSet;
        this.causes = List.copyOf(causes);
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> list = doc.candidates();
        int n = list.size();
        int[] parent = new int[n];
        boolean[] pulls = new boolean[n];
        String[] why = new String[n];
        // each candidate's notes of each type read once, not once per pair of candidates
        List<List<InstructionalNote>> codeFirst = notes(list, NoteType.CODE_FIRST);
        List<List<InstructionalNote>> useAdditional = notes(list, NoteType.USE_ADDITIONAL_CODE);
        List<List<InstructionalNote>> codeAlso = notes(list, NoteType.CODE_ALSO);
        List<List<String>> extra = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parent[i] = -1;
            extra.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n && parent[i] < 0; j++) {
                if (i == j) {
                    continue;
                }
                String a = list.get(j).code();
                String b = list.get(i).code();
                InstructionalNote first = note(codeFirst.get(i), a);
                InstructionalNote additional = first == null ? note(useAdditional.get(j), b) : null;
                if (first != null || additional != null) {
                    parent[i] = j;
                    pulls[i] = first != null;
                    why[i] = first != null
                            ? "Code first: sequenced after " + a + " (\"" + first.text() + "\" at " + first.sourceCode()
                            + "; Guidelines I.A.13, I.B.7)"
                            : "Use additional code: sequenced after " + a + " (\"" + additional.text() + "\" at "
                            + additional.sourceCode() + "; Guidelines I.B.7)";
                }
            }
            InstructionalNote inWords = parent[i] < 0 ? inWordsOnly(codeFirst.get(i)) : null;
            Cause cause = inWords == null ? null : causeOf(list.get(i).code());
            int j = cause == null ? -1 : causeAt(doc, list, i, cause);
            if (j >= 0) {
                parent[i] = j;
                pulls[i] = true;
                why[i] = "Code first: sequenced after " + list.get(j).code() + ", its underlying cause (\""
                        + inWords.text() + "\" at " + inWords.sourceCode() + "; Guidelines I.A.13, I.B.7)";
            }
            for (int k = 0; k < n; k++) {
                InstructionalNote also = k == i ? null : note(codeAlso.get(i), list.get(k).code());
                if (also != null) {
                    extra.get(i).add("Code also " + list.get(k).code() + " (\"" + also.text() + "\" at "
                            + also.sourceCode() + "); order by the circumstances of the encounter");
                }
            }
        }
        breakCycles(parent);
        Map<Integer, Integer> anchor = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int root = root(parent, i);
            anchor.merge(root, i == root || pulls[i] ? i : Integer.MAX_VALUE, Math::min);
        }
        List<Integer> roots = new ArrayList<>(anchor.keySet());
        roots.sort((x, y) -> Integer.compare(anchor.get(x), anchor.get(y)));
        List<CodeCandidate> out = new ArrayList<>();
        for (int r : roots) {
            place(r, list, parent, why, extra, out);
        }
        return doc.withCandidates(out);
    }

    private static void place(int i, List<CodeCandidate> list, int[] parent, String[] why, List<List<String>> extra,
                              List<CodeCandidate> out) {
        CodeCandidate c = list.get(i);
        if (why[i] != null) {
            c = Candidates.withRationale(c, why[i]);
        }
        for (String line : extra.get(i)) {
            c = Candidates.withRationale(c, line);
        }
        out.add(c);
        for (int k = 0; k < list.size(); k++) {
            if (parent[k] == i) {
                place(k, list, parent, why, extra, out);
            }
        }
    }

    private static int root(int[] parent, int i) {
        int r = i;
        for (int steps = 0; parent[r] >= 0 && steps < parent.length; steps++) {
            r = parent[r];
        }
        return r;
    }

    /** A dependency cycle (each names the other) is cut at its earliest member, which keeps its place. */
    private static void breakCycles(int[] parent) {
        for (int i = 0; i < parent.length; i++) {
            int r = i;
            for (int steps = 0; parent[r] >= 0 && steps <= parent.length; steps++) {
                r = parent[r];
                if (r == i) {
                    parent[i] = -1;
                    break;
                }
            }
        }
    }

    /** Per candidate, its notes of one type written at a code or category, nearest first. */
    private List<List<InstructionalNote>> notes(List<CodeCandidate> list, NoteType type) {
        List<List<InstructionalNote>> out = new ArrayList<>(list.size());
        for (CodeCandidate c : list) {
            List<InstructionalNote> written = new ArrayList<>();
            for (InstructionalNote n : codeSet.effectiveNotes(c.code(), type)) {
                if (CodePattern.isCode(n.sourceCode())) {
                    written.add(n);
                }
            }
            out.add(written);
        }
        return out;
    }

    /** The first of a code's code-first notes that names no code (its cause told in words only), or null. */
    private static InstructionalNote inWordsOnly(List<InstructionalNote> notes) {
        for (InstructionalNote note : notes) {
            if (note.codeRefs().isEmpty()) {
                return note;
            }
        }
        return null;
    }

    /**
     * The candidate that is the manifestation's cause among the row's cause codes, or -1: the first told in a
     * sentence of the manifestation's own ("depression due to the graft-versus-host disease"); else the first in
     * the list, or, for a row marked {@code sentence}, the first in the list only when the manifestation heads it
     * (it is never first-listed): listed after other codes, it keeps its place beside a condition the note does
     * not tie to it.
     */
    private static int causeAt(Document doc, List<CodeCandidate> list, int i, Cause cause) {
        int first = -1;
        for (int j = 0; j < list.size(); j++) {
            if (j != i && CodePattern.anyCovers(cause.causes(), list.get(j).code())) {
                if (sharesSentence(doc, list.get(i), list.get(j))) {
                    return j;
                }
                first = first < 0 && (i == 0 || !cause.toldInSentence()) ? j : first;
            }
        }
        return first;
    }

    private static boolean sharesSentence(Document doc, CodeCandidate a, CodeCandidate b) {
        List<Mention> mentions = doc.mentions();
        for (int x : a.mentions()) {
            for (int y : b.mentions()) {
                if (x >= 0 && y >= 0 && x < mentions.size() && y < mentions.size()
                        && mentions.get(x).sentenceIndex() == mentions.get(y).sentenceIndex()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first row of {@link #CAUSES_FILE} for the code, or null. */
    private Cause causeOf(String code) {
        for (Cause c : causes) {
            if (CodePattern.anyCovers(c.codes(), code)) {
                return c;
            }
        }
        return null;
    }

    /** The first of a code's notes (see {@link #notes}) that names the other code, or null. */
    private static InstructionalNote note(List<InstructionalNote> notes, String other) {
        for (int i = 0; i < notes.size(); i++) {   // indexed: asked for every pair of a note's codes
            if (notes.get(i).refersTo(other)) {
                return notes.get(i);
            }
        }
        return null;
    }
}
