package org.opencac.engine.lookup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.note.Span;
import org.opencac.engine.text.Clauses;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;
import org.opencac.models.codeset.icd10cm.CodeCarrier;
import org.opencac.models.codeset.icd10cm.IndexTerm;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermNormalizer;
import org.opencac.models.lexicon.TermSource;

/**
 * Codes each clause the way a coder uses the Alphabetic Index: finds main terms among the clause's words,
 * walks their subterms with the other words of the same clause ({@link IndexWalker}), composes
 * neoplasms from morphology and site through the Neoplasm table (secondary when the clause says
 * metastatic) and drug harm from substance, effect and intent through the Table of Drugs. Each path
 * becomes a mention (offsets into the note, the path as its term) before assertion runs. A main term
 * alone is coded only when its word names a condition (a disease suffix such as -itis, -osis, -emia,
 * or a condition noun of the rules file): a lone Index word such as "left", "bladder" or "pattern" is a
 * main term but not a diagnosis. A path that
 * takes every word of a dictionary mention of the same main term and more replaces it (the Index is
 * more specific than the default code); a dictionary mention that covers the whole path is kept, unless
 * a word sense rejected its every reading (then the path of the same main term replaces it, and is judged
 * in its turn).
 */
public final class IndexNavigator implements Stage {
    private final AlphabeticIndex index;
    private final NavigationRules rules;
    private final IndexWalker walker;
    /** Subterm words are taken at most this many tokens from the main term (within its clause). */
    private static final int WINDOW = 6;

    public IndexNavigator(AlphabeticIndex index, NavigationRules rules) {
        this.index = index;
        this.rules = rules;
        this.walker = new IndexWalker(index, rules);
    }

    public static IndexNavigator standard(AlphabeticIndex index) {
        return new IndexNavigator(index, NavigationRules.standard());
    }

    /** An Index path found in a clause: the mention it makes and the tokens of its main term. */
    private record Path(Mention mention, Set<Integer> tokens, Set<Integer> mainTokens) {
    }

    @Override
    public Document process(Document doc) {
        List<Token> tokens = doc.tokens();
        List<Path> paths = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            Sentence sentence = doc.sentences().get(s);
            if (sentence.span().equals(doc.sectionOf(sentence).header())) {
                continue;
            }
            int i = sentence.firstToken();
            while (i < sentence.endToken()) {
                int[] clause = Clauses.around(tokens, sentence, i, Math.min(i + 1, sentence.endToken()));
                clause[0] = i;
                if (clause[1] <= i) {
                    clause[1] = i + 1;
                }
                navigateClause(doc.text(), tokens, s, sentence.firstToken(), clause[0], clause[1], paths);
                i = clause[1] + 1;
            }
        }
        return doc.withMentions(merge(doc.mentions(), paths, tokens));
    }

    private void navigateClause(String text, List<Token> tokens, int sentence, int sentenceStart, int from, int to,
                                List<Path> out) {
        ClauseWords w = new ClauseWords(tokens, sentenceStart, from, to, rules);
        // The words near a main term, by window: main terms of one clause mostly share a window.
        java.util.Map<Long, ClauseWords> windows = new java.util.HashMap<>();
        windows.put(((long) from << 32) | to, w);
        List<Path> found = new ArrayList<>();
        int metastasis = -1;
        for (int i = from; i < to; i++) {
            if (rules.metastasis.contains(tokens.get(i).norm())) {
                metastasis = i;
            }
        }
        for (int i = from; i < to; i++) {
            if (tokens.get(i).norm().isEmpty()) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            Set<Integer> hit = new HashSet<>();
            Path best = null;
            for (int j = i, n = 0; j < to && n < index.maxKeyWords(); j++) {
                String norm = tokens.get(j).norm();
                if (norm.isEmpty()) {
                    continue;
                }
                key.append(key.length() > 0 ? " " : "").append(norm);
                hit.add(j);
                n++;
                boolean secondary = metastasis >= 0 && metastasis < i && i - metastasis <= 2;
                if (n == 1 && rules.notMain.contains(norm)) {
                    break;
                }
                String keyText = n == 1 ? norm : key.toString();   // one word: the token's own string
                List<IndexTerm> mains = index.mainTerms(keyText);
                if (mains.isEmpty()) {
                    if (!index.extendsToLongerKey(keyText)) {
                        break;
                    }
                    continue;
                }
                int lo = Math.max(from, i - WINDOW);
                int hi = Math.min(to, j + 1 + WINDOW);
                ClauseWords near = windows.computeIfAbsent(((long) lo << 32) | hi,
                        k -> new ClauseWords(w, tokens, sentenceStart, lo, hi));
                Set<Integer> mainTokens = Set.copyOf(hit);
                for (IndexTerm main : mains) {
                    IndexWalker.Found f = walker.fromMainTerm(main, near, mainTokens, secondary);
                    // Alone: no subterm taken. A lone word that names a condition but prints no code of its own
                    // is coded where its cross-reference leads ("Necrosis, see also Gangrene" gives I96), as a
                    // coder follows it; any other main term without a code names nothing for a lone word.
                    boolean alone = f != null && f.tokens().size() == hit.size();
                    if (alone && main.code() == null && !followedAlone(f, main, keyText)) {
                        continue;
                    }
                    if (f == null || alone && !rules.namesCondition(keyText) || notCodedFromIndex(f.code())) {
                        continue;
                    }
                    if (negatedInside(tokens, f.tokens(), i)) {
                        continue;
                    }
                    Path p = toPath(text, tokens, sentence, f, mainTokens);
                    if (p != null && (best == null || p.tokens().size() > best.tokens().size())) {
                        best = p;
                    }
                }
            }
            if (best != null) {
                found.add(best);
            }
        }
        if (metastasis >= 0) {
            Path p = secondarySite(text, tokens, sentence, w, metastasis);
            if (p != null) {
                found.add(p);
            }
        }
        Path drug = drug(text, tokens, sentence, w);
        if (drug != null) {
            found.add(drug);
        }
        found.sort(Comparator.comparingInt((Path p) -> -p.tokens().size()));
        Set<Integer> taken = new HashSet<>();
        for (Path p : found) {
            if (p.tokens().stream().noneMatch(taken::contains)) {
                out.add(p);
                taken.addAll(p.tokens());
            }
        }
    }

    /**
     * Whether a lone main term's path went through one of its own cross-references to a code, and may be
     * taken: the word is a condition noun of the rules, or the term it sends to is not a general word
     * ("Analgesia, see Anesthesia": a note's "analgesia" is a treatment, and "anesthesia" is a stop word).
     */
    private boolean followedAlone(IndexWalker.Found f, IndexTerm main, String key) {
        if (main.see().isEmpty() && main.seeAlso().isEmpty() || f.steps().size() < 2
                || !f.steps().get(1).startsWith("see ")) {
            return false;
        }
        String target = TermNormalizer.key(f.steps().get(1).substring(4).split(",")[0]);
        return rules.conditionNouns.contains(key) || !rules.stop.contains(target);
    }

    /**
     * Whether a negation word lies inside the path before its main term ("postoperative day without
     * complications"): the assertion stage looks for cues before a mention, so this one would be missed.
     */
    private boolean negatedInside(List<Token> tokens, Set<Integer> used, int mainStart) {
        int first = used.stream().min(Integer::compare).orElse(mainStart);
        for (int t = first; t < mainStart; t++) {
            if (rules.negations.contains(tokens.get(t).text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Encounter reasons (Z00-Z13: examinations, screening) and external causes (V-Y) describe the visit or
     * the accident, not a documented condition: a clause's words never lead to them through the Index.
     */
    private static final java.util.regex.Pattern NOT_FROM_INDEX = java.util.regex.Pattern.compile("[VWXY].*|Z(0\\d|1[0-3]).*");

    private static boolean notCodedFromIndex(String code) {
        return NOT_FROM_INDEX.matcher(code).matches();
    }

    private static final java.util.regex.Pattern FORWARD = java.util.regex.Pattern.compile("(?i)to|in|into|throughout");

    /** "metastatic to the liver", "liver metastases": the Neoplasm table's secondary column for the site. */
    private Path secondarySite(String text, List<Token> tokens, int sentence, ClauseWords w, int cue) {
        boolean forward = cue + 1 < w.to && FORWARD.matcher(tokens.get(cue + 1).text()).matches();
        Set<Integer> outside = new HashSet<>();
        for (int t = w.from; t < w.to; t++) {
            if (forward ? t < cue : t > cue || t < cue - 3) {
                outside.add(t);
            }
        }
        IndexWalker.Found f = walker.neoplasm(w, union(Set.of(cue), outside), List.of("Neoplasm", "secondary (metastatic)"), 3);
        if (f == null) {
            return null;
        }
        Set<Integer> used = new HashSet<>(f.tokens());
        used.removeAll(outside);
        if (used.size() < 2) {
            return null;
        }
        return toPath(text, tokens, sentence, new IndexWalker.Found(f.steps(), f.code(), null, used), Set.of(cue));
    }

    /** A substance of the Table of Drugs with a word of harm in the same clause: its column by effect and intent. */
    private Path drug(String text, List<Token> tokens, int sentence, ClauseWords w) {
        int column = 0;
        int cue = -1;
        for (ClauseWords.Word word : w.all()) {
            Integer c = rules.drugEffects.get(word.word());
            if (c != null && column == 0) {
                column = c;
                cue = word.firstToken();
            }
        }
        if (column == 0) {
            return null;
        }
        if (column == 2) {
            for (ClauseWords.Word word : w.all()) {
                column = rules.drugIntents.getOrDefault(word.word(), column);
            }
        }
        for (int i = w.from; i < w.to; i++) {
            StringBuilder key = new StringBuilder();
            Set<Integer> hit = new HashSet<>();
            IndexTerm substance = null;
            Set<Integer> substanceTokens = null;
            for (int j = i; j < w.to && hit.size() < 4; j++) {
                String norm = tokens.get(j).norm();
                if (norm.isEmpty()) {
                    continue;
                }
                key.append(key.length() > 0 ? " " : "").append(norm);
                hit.add(j);
                IndexTerm d = index.drug(key.toString());
                if (d != null && !rules.stop.contains(key.toString())) {
                    substance = d;
                    substanceTokens = Set.copyOf(hit);
                }
            }
            if (substance != null && !substanceTokens.contains(cue)) {
                Set<Integer> used = union(substanceTokens, Set.of(cue));
                IndexWalker.Found f = walker.drug(substance, w, used,
                        List.of("Table of Drugs and Chemicals", substance.title(), columnName(column)), column);
                if (f != null) {
                    return toPath(text, tokens, sentence, f, substanceTokens);
                }
            }
        }
        return null;
    }

    private static String columnName(int column) {
        return switch (column) {
            case 2 -> "poisoning, accidental (unintentional)";
            case 3 -> "poisoning, intentional self-harm";
            case 4 -> "poisoning, assault";
            case 5 -> "poisoning, undetermined";
            case 6 -> "adverse effect";
            default -> "underdosing";
        };
    }

    private Path toPath(String text, List<Token> tokens, int sentence, IndexWalker.Found f, Set<Integer> main) {
        CodeCarrier.Carried carried = index.carried(f.code());
        if (carried.code() == null) {
            return null;
        }
        int first = f.tokens().stream().min(Integer::compare).orElseThrow();
        int last = f.tokens().stream().max(Integer::compare).orElseThrow();
        Span span = new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
        String steps = String.join(" \u2192 ", f.steps());
        if (carried.status() == CodeCarrier.Status.REPLACED) {
            steps += " \u2192 " + f.code() + " (FY2017; now " + carried.code() + ")";
        }
        List<Term> terms = new ArrayList<>();
        terms.add(new Term(steps, carried.code(), TermSource.ALPHABETIC_INDEX));
        Mention m = new Mention(span, span.coveredText(text), terms, sentence, first, last + 1);
        return new Path(m, f.tokens(), main);
    }

    /** The dictionary mentions, less those an Index path supersedes, plus the Index paths they do not cover. */
    private static List<Mention> merge(List<Mention> mentions, List<Path> paths, List<Token> tokens) {
        Set<Mention> dropped = new HashSet<>();
        List<Mention> out = new ArrayList<>();
        // Only mentions overlapping a path's tokens matter: with the mentions ordered by first token and the
        // longest mention known, each path looks at its own neighbourhood, so the merge stays linear.
        List<Mention> byFirst = new ArrayList<>(mentions);
        byFirst.sort(Comparator.comparingInt(Mention::firstToken));
        int longest = byFirst.stream().mapToInt(m -> m.endToken() - m.firstToken()).max().orElse(0);
        for (Path p : paths) {
            boolean covered = false;
            boolean refines = false;
            int from = firstAtOrAfter(byFirst, p.mention().firstToken() - longest);
            for (int k = from; k < byFirst.size() && byFirst.get(k).firstToken() < p.mention().endToken(); k++) {
                Mention m = byFirst.get(k);
                if (m.sentenceIndex() != p.mention().sentenceIndex() || m.endToken() <= p.mention().firstToken()) {
                    continue;
                }
                Set<Integer> words = contentTokens(m, tokens);
                boolean sameCondition = words.stream().anyMatch(p.mainTokens()::contains);
                if (m.terms().isEmpty()) {
                    // every reading of it was rejected by a word sense: the path is read afresh, and replaces it
                    if (sameCondition) {
                        dropped.add(m);
                    }
                    continue;
                }
                boolean special = m.terms().stream().anyMatch(t -> t.source() == TermSource.INJURY_SEARCH
                        || t.source() == TermSource.MEASUREMENT);
                if (special && sameCondition || words.containsAll(p.tokens())) {
                    covered = true;
                } else if (sameCondition && p.tokens().containsAll(words)) {
                    dropped.add(m);
                    refines = true;
                }
            }
            if (!covered) {
                out.add(refines ? refinement(p.mention()) : p.mention());
            }
        }
        for (Mention m : mentions) {
            if (!dropped.contains(m)) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> m.span().end()));
        return out;
    }

    /** The index of the first mention whose first token is at or after {@code token}. */
    private static int firstAtOrAfter(List<Mention> byFirst, int token) {
        int lo = 0;
        int hi = byFirst.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byFirst.get(mid).firstToken() < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Mention refinement(Mention m) {
        List<Term> terms = m.terms().stream()
                .map(t -> new Term(t.text(), t.code(), TermSource.ALPHABETIC_INDEX_REFINEMENT)).toList();
        return new Mention(m.span(), m.text(), terms, m.sentenceIndex(), m.firstToken(), m.endToken());
    }

    private static Set<Integer> contentTokens(Mention m, List<Token> tokens) {
        Set<Integer> out = new HashSet<>();
        for (int t = m.firstToken(); t < m.endToken(); t++) {
            if (!tokens.get(t).norm().isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }
}
