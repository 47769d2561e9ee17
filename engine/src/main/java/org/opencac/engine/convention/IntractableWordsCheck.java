package org.opencac.engine.convention;

import static org.opencac.engine.CodePrefixes.startsWithAny;

import java.util.ArrayList;
import java.util.HashSet;
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
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * The intractable twin of a condition the note calls intractable in its own words (Tabular notes at G40 and G43:
 * pharmacoresistant, treatment resistant, refractory (medically) and poorly controlled are equivalent to
 * intractable; Guidelines I.A.9). A candidate of a listed category whose title says "not intractable" is recoded
 * to the billable code of its category titled the same with "intractable" in its place (G40.209 to G40.219,
 * G40.909 to G40.919), the status epilepticus or migrainosus part kept as the title had it, when a word of
 * {@code intractable_words.tsv} is written in the sentence of one of its mentions, on the same side of every
 * semicolon, with no mention of another coded condition between the two ("seizure disorder and hypertension,
 * poorly controlled" is not read as an intractable seizure disorder) nor nearer the words ("migraine with refractory
 * vomiting" is the vomiting's), and not just after a negation word ("not
 * refractory"). Words in another sentence ("poor seizure control" in the history) are not read: the statement
 * must say it of the condition.
 */
public final class IntractableWordsCheck implements Stage {
    public static final String FILE = "/org/opencac/engine/convention/intractable_words.tsv";
    private static final String NOT_INTRACTABLE = "not intractable";
    /** How many words before an intractable word a negation word still reverses it ("not medically refractory"). */
    private static final int NEGATION_REACH = 2;

    private final CodeSet codeSet;
    private final List<String> categories;
    private final List<List<String>> phrases;
    private final Set<String> negations;
    /** Code prefixes of the conditions' own signs ("poorly controlled seizures" of an epilepsy): not another condition. */
    private final List<String> ownSigns;

    public IntractableWordsCheck(CodeSet codeSet, List<String> categories, List<String> phrases, Set<String> negations,
                                 List<String> ownSigns) {
        this.codeSet = codeSet;
        this.ownSigns = List.copyOf(ownSigns);
        this.categories = List.copyOf(categories);
        List<List<String>> p = new ArrayList<>();
        for (String phrase : phrases) {
            p.add(List.of(phrase.toLowerCase(Locale.ROOT).replace('-', ' ').trim().split("\\s+")));
        }
        this.phrases = List.copyOf(p);
        this.negations = Set.copyOf(negations);
    }

    public static IntractableWordsCheck standard(CodeSet codeSet) {
        List<String> categories = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        Set<String> negations = new HashSet<>();
        List<String> ownSigns = new ArrayList<>();
        DataFiles.kinds(FILE, Map.of(
                "category", categories::add,
                "words", phrases::add,
                "not", v -> negations.add(v.toLowerCase(Locale.ROOT)),
                "sign", ownSigns::add));
        return new IntractableWordsCheck(codeSet, categories, phrases, negations, ownSigns);
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> in = doc.candidates();
        // most notes have no candidate of a listed category: one pass over the codes, no stream a candidate
        boolean any = false;
        for (int i = 0; i < in.size() && !any; i++) {
            any = notIntractable(in.get(i));
        }
        if (!any) {
            return doc;
        }
        List<CodeCandidate> out = new ArrayList<>();
        boolean changed = false;
        for (CodeCandidate c : in) {
            Code twin = notIntractable(c) ? twin(c) : null;
            String cue = twin == null ? null : cue(doc, c);
            if (cue == null) {
                out.add(c);
                continue;
            }
            out.add(Candidates.recoded(c, twin, "Intractable (Tabular note at " + c.code().substring(0, 3)
                    + ", Guidelines I.A.9): the statement calls it \"" + cue + "\", " + c.code() + " recoded to "
                    + twin.code()));
            changed = true;
        }
        return changed ? doc.withCandidates(Candidates.mergeSameCode(out)) : doc;
    }

    private boolean notIntractable(CodeCandidate c) {
        return startsWithAny(c.code(), categories)
                && c.title().toLowerCase(Locale.ROOT).contains(NOT_INTRACTABLE);
    }

    /** The billable code of the candidate's category titled as it is with "intractable" for "not intractable". */
    private Code twin(CodeCandidate c) {
        String lower = c.title().toLowerCase(Locale.ROOT);
        int at = lower.indexOf(NOT_INTRACTABLE);
        String wanted = lower.substring(0, at) + "intractable" + lower.substring(at + NOT_INTRACTABLE.length());
        for (Code k : codeSet.billableDescendants(c.code().substring(0, 3))) {
            if (k.title().toLowerCase(Locale.ROOT).equals(wanted)) {
                return k;
            }
        }
        return null;
    }

    /** The intractable words one of the candidate's mentions is said with, as written; null if none. */
    private String cue(Document doc, CodeCandidate c) {
        Set<Integer> own = new HashSet<>(c.mentions());
        List<Mention> others = new ArrayList<>();
        for (CodeCandidate o : doc.candidates()) {
            if (o == c || startsWithAny(o.code(), categories) || startsWithAny(o.code(), ownSigns)) {
                continue;
            }
            for (int m : o.mentions()) {
                Mention om = doc.mentions().get(m);
                // a reading nested in the condition's own words ("partial" of "symptomatic partial epilepsy") is its own
                if (!own.contains(m) && c.mentions().stream()
                        .noneMatch(k -> doc.mentions().get(k).span().intersects(om.span()))) {
                    others.add(om);
                }
            }
        }
        for (int mi : c.mentions()) {
            Mention m = doc.mentions().get(mi);
            if (m.sentenceIndex() < 0 || m.sentenceIndex() >= doc.sentences().size()
                    || doc.assertionOf(mi).negated()) {
                continue;
            }
            var s = doc.sentences().get(m.sentenceIndex());
            String found = cueInSentence(doc.tokens(), s.firstToken(), s.endToken(), m, others, doc.text());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String cueInSentence(List<Token> tokens, int from, int to, Mention m, List<Mention> others, String text) {
        // the words of the sentence, a hyphenated token split, each with the offsets of its token
        List<String> words = new ArrayList<>();
        List<Token> of = new ArrayList<>();
        for (int i = from; i < to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().equals(";")) {
                words.add(";");
                of.add(t);
                continue;
            }
            for (String w : LowerWords.of(t.text(), LowerWords.Hyphens.BREAK)) {
                words.add(w);
                of.add(t);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            for (List<String> p : phrases) {
                if (i + p.size() > words.size() || !words.subList(i, i + p.size()).equals(p)) {
                    continue;
                }
                int start = of.get(i).span().start();
                int end = of.get(i + p.size() - 1).span().end();
                if (negated(words, i) || !sameCondition(words, of, start, end, m, others)) {
                    continue;
                }
                return text.substring(start, end);
            }
        }
        return null;
    }

    private boolean negated(List<String> words, int at) {
        for (int k = Math.max(0, at - NEGATION_REACH); k < at; k++) {
            if (negations.contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words at {@code start..end} are said of the mention: no semicolon and no mention of another
     * coded condition between them, and none nearer the words (the words inside the mention itself are its own).
     */
    private static boolean sameCondition(List<String> words, List<Token> of, int start, int end, Mention m,
                                         List<Mention> others) {
        int lo = Math.min(end, m.span().start());
        int hi = Math.max(start, m.span().end());
        if (start >= m.span().start() && end <= m.span().end()) {
            return true;
        }
        for (int k = 0; k < words.size(); k++) {
            int s = of.get(k).span().start();
            if (words.get(k).equals(";") && s >= lo && s < hi) {
                return false;
            }
        }
        int own = gap(start, end, m);
        for (Mention o : others) {
            if (o.sentenceIndex() != m.sentenceIndex()) {
                continue;
            }
            if (o.span().start() >= lo && o.span().end() <= hi || gap(start, end, o) < own) {
                return false;   // between the two, or nearer the words ("migraine with refractory vomiting")
            }
        }
        return true;
    }

    /** The characters between the words at {@code start..end} and a mention (0 if they touch or overlap). */
    private static int gap(int start, int end, Mention m) {
        return Math.max(0, Math.max(m.span().start() - end, start - m.span().end()));
    }
}
