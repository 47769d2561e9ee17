package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * A mental disorder the note ties to a named physiological condition ("depression due to hypothyroidism") is the
 * disorder due to a known physiological condition (F06.3-, F06.4; Index "Disorder, mood, due to ... physiological
 * condition"; Excludes1 at F32, F33 and F41). A candidate of a {@link #FILE} disorder row is recoded to the row's
 * F06 code when one of its mentions is followed in its sentence by a link word ("due to", "secondary to") and, at
 * most {@link #REACH} words on with no punctuation between, by the mention of another candidate whose code is a
 * physiological condition (not a substance, a symptom, a psychosocial factor or another mental disorder). The cause
 * stays coded; {@link CodeFirstCheck} sequences it first.
 */
public final class MentalDisorderDueToConditionCheck implements Stage {
    public static final String FILE = "/org/opencac/engine/convention/mental_disorder_due_to_condition.tsv";
    /** How many words may stand between the link and its cause ("due to her progressing thyroid disease"). */
    static final int REACH = 3;

    /** A disorder row: its codes, a word its mention must hold (null: none) and the F06 code it becomes. */
    record Disorder(List<CodePattern> codes, String word, String result) {
    }

    private final CodeSet codeSet;
    private final List<List<String>> links;
    private final List<CodePattern> causes;
    private final List<Disorder> disorders;

    MentalDisorderDueToConditionCheck(CodeSet codeSet, List<List<String>> links, List<CodePattern> causes,
                                      List<Disorder> disorders) {
        this.codeSet = codeSet;
        this.links = List.copyOf(links);
        this.causes = List.copyOf(causes);
        this.disorders = List.copyOf(disorders);
    }

    public static MentalDisorderDueToConditionCheck standard(CodeSet codeSet) {
        List<List<String>> links = new ArrayList<>();
        List<CodePattern> causes = new ArrayList<>();
        List<Disorder> disorders = new ArrayList<>();
        DataFiles.kindRows(FILE, Map.of(
                "link", v -> links.add(List.of(DataFiles.values(FILE, v, 1, 1)[0].toLowerCase(Locale.ROOT).split("\\s+"))),
                "cause", v -> causes.addAll(CodePattern.parseList(DataFiles.values(FILE, v, 1, 1)[0])),
                "disorder", v -> {
                    String[] f = DataFiles.values(FILE, v, 3, 3);
                    if (codeSet.get(f[2]).isEmpty()) {
                        throw new IllegalStateException(FILE + ": unknown code " + f[2] + " in: " + String.join("\t", f));
                    }
                    disorders.add(new Disorder(CodePattern.parseList(f[0]), f[1].equals("-") ? null
                            : f[1].toLowerCase(Locale.ROOT), f[2]));
                }));
        return new MentalDisorderDueToConditionCheck(codeSet, links, causes, disorders);
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> list = doc.candidates();
        Map<Integer, String> causeAt = null;
        List<CodeCandidate> out = new ArrayList<>(list.size());
        boolean changed = false;
        for (CodeCandidate c : list) {
            if (disorderRow(c.code()) == null) {
                out.add(c);
                continue;
            }
            if (causeAt == null) {
                causeAt = causeMentions(doc, list);
            }
            CodeCandidate recoded = recode(doc, c, causeAt);
            changed |= recoded != c;
            out.add(recoded);
        }
        return changed ? doc.withCandidates(Candidates.mergeSameCode(out)) : doc;
    }

    private Disorder disorderRow(String code) {
        for (Disorder d : disorders) {
            if (CodePattern.anyCovers(d.codes(), code)) {
                return d;
            }
        }
        return null;
    }

    /**
     * The first token of each mention of a candidate whose code is a physiological condition, to that candidate's
     * code (the first such candidate of the mention; of mentions starting at one token, the first mention's).
     */
    private Map<Integer, String> causeMentions(Document doc, List<CodeCandidate> list) {
        Map<Integer, String> byMention = new TreeMap<>();
        for (CodeCandidate c : list) {
            if (CodePattern.anyCovers(causes, c.code())) {
                for (int m : c.mentions()) {
                    byMention.putIfAbsent(m, c.code());
                }
            }
        }
        Map<Integer, String> out = new HashMap<>();
        byMention.forEach((m, code) -> out.putIfAbsent(doc.mentions().get(m).firstToken(), code));
        return out;
    }

    private CodeCandidate recode(Document doc, CodeCandidate c, Map<Integer, String> causeAt) {
        List<Mention> mentions = doc.mentions();
        for (int mi : c.mentions()) {
            if (mi < 0 || mi >= mentions.size()) {
                continue;
            }
            Mention m = mentions.get(mi);
            String cause = causeAfter(doc, m, causeAt);
            if (cause == null) {
                continue;
            }
            String text = m.text().toLowerCase(Locale.ROOT);
            for (Disorder d : disorders) {
                if (CodePattern.anyCovers(d.codes(), c.code()) && (d.word() == null || text.contains(d.word()))) {
                    Optional<Code> to = codeSet.get(d.result());
                    if (to.isPresent()) {
                        return c.withCode(to.get(), "Mental disorder due to a known physiological condition: \""
                                + m.text() + "\" is tied to " + cause + " (Index: Disorder, due to ... physiological"
                                + " condition; Excludes1 at " + c.code().substring(0, 3) + "; code first the condition)");
                    }
                }
            }
        }
        return c;
    }

    /** The code of the cause a link word right after the mention ties it to, in its sentence, or null. */
    private String causeAfter(Document doc, Mention m, Map<Integer, String> causeAt) {
        List<Token> tokens = doc.tokens();
        int t = m.endToken();
        int sentence = m.sentenceIndex();
        List<String> link = null;
        for (List<String> l : links) {
            if (matches(tokens, t, sentence, l)) {
                link = l;
                break;
            }
        }
        if (link == null) {
            return null;
        }
        int start = t + link.size();
        for (int k = start; k <= start + REACH && k < tokens.size(); k++) {
            Token tok = tokens.get(k);
            if (tok.sentenceIndex() != sentence || tok.isPunctuation()) {
                return null;
            }
            String cause = causeAt.get(k);   // a mention starting at k, so in this sentence
            if (cause != null) {
                return cause;
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int at, int sentence, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            int k = at + i;
            if (k >= tokens.size() || tokens.get(k).sentenceIndex() != sentence
                    || !tokens.get(k).text().toLowerCase(Locale.ROOT).equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }
}
