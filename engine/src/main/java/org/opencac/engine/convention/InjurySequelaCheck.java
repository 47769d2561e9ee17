package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.coding.HistoryCodeMap;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.text.Sentence;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.lexicon.Term;

/**
 * Injuries of an earlier year (Guidelines I.C.19.a, I.B.10): the 7th character A is for an injury under active
 * treatment; an injury that some mention of the note dates years back ("in 1998", "ten years ago", "as a child")
 * is not one. When a residual is tied to it (written as caused by it: "unable to walk secondary to", or a code of
 * the conditions such an injury leaves is in the note) the injury is reported with the 7th character S, the
 * residual's code beside it; without a residual it is a healed injury: its personal history code if it has one
 * (Z87.81 for a fracture), else not coded. An injury whose mention is followed by the residual it left as its
 * head noun ("a laceration deformity", "a burn scar") is a sequela whatever its date (I.C.19.a: "the scar of a
 * burn"): the 7th character S. A mention of the injury told as of this encounter (acute, today, days ago) leaves
 * it alone. Rules: {@code injury_sequelae.tsv}.
 */
public final class InjurySequelaCheck implements Stage {
    public static final String FILE = "injury_sequelae.tsv";
    private static final String GUIDELINE = "I.C.19.a, I.B.10";
    /** Characters before a mention in which a date or a causal phrase is read. */
    private static final int BEFORE = 60;
    /** Characters after a mention in which a date or a causal phrase is read, and the longest date read before. */
    private static final int AFTER = 80;

    /** Injuries of a kind and the codes of the conditions they leave. */
    record ResidualRow(List<CodePattern> injuries, List<CodePattern> residuals) {
    }

    /**
     * The code of a residual named as the head of an injury's phrase: for injuries of these codes, a residual word
     * the pattern matches whole is coded by {@code stem} or, when the stem has sides, by its child of the injury's
     * side.
     */
    record ResidualCodeRow(List<CodePattern> injuries, Pattern word, String stem) {
    }

    private final CodeSet codeSet;
    private final HistoryCodeMap history;
    private final List<CodePattern> injuries;
    private final List<ResidualRow> residuals;
    private final Pattern past;
    /** A date that opens a clause, read before a mention from the start of its sentence. */
    private final Pattern pastBefore;
    private final Pattern current;
    private final Pattern linkBefore;
    private final Pattern linkAfter;
    /** The residual named right after the injury's words, as the head of its phrase; null when the rules have none. */
    private final Pattern namedResidual;
    /** The injuries whose residual may be named so (open wounds: a laceration deformity, a laceration scar). */
    private final List<CodePattern> namedInjuries;
    /** The codes of the residuals so named, first matching row wins. */
    private final List<ResidualCodeRow> residualCodes;

    InjurySequelaCheck(CodeSet codeSet, HistoryCodeMap history, List<String[]> rows) {
        this.codeSet = codeSet;
        this.history = history;
        List<CodePattern> inj = new ArrayList<>();
        List<ResidualRow> res = new ArrayList<>();
        Pattern p = null;
        Pattern c = null;
        Pattern lb = null;
        Pattern la = null;
        Pattern named = null;
        List<CodePattern> namedInj = List.of();
        List<ResidualCodeRow> resCodes = new ArrayList<>();
        String clause = null;
        for (String[] r : rows) {
            String kind = r[1].trim();
            switch (kind) {
                case "injury" -> inj.addAll(patterns(r[2]));
                case "residual" -> res.add(new ResidualRow(patterns(r[2]), patterns(r[3])));
                case "past" -> p = Pattern.compile(r[3].trim(), Pattern.CASE_INSENSITIVE);
                case "current" -> c = Pattern.compile(r[3].trim(), Pattern.CASE_INSENSITIVE);
                case "link_before" -> lb = Pattern.compile(r[3].trim(), Pattern.CASE_INSENSITIVE);
                case "link_after" -> la = Pattern.compile(r[3].trim(), Pattern.CASE_INSENSITIVE);
                case "opens_clause" -> clause = r[3].trim();
                case "named_residual" -> {
                    named = Pattern.compile(r[3].trim(), Pattern.CASE_INSENSITIVE);
                    namedInj = patterns(r[2]);
                }
                case "residual_code" -> resCodes.add(residualCode(r));
                default -> throw new IllegalArgumentException(FILE + ": rule " + r[0] + ": unknown kind " + kind);
            }
        }
        if (p == null || c == null || lb == null || la == null || clause == null || inj.isEmpty()) {
            throw new IllegalArgumentException(FILE + ": needs injury, past, opens_clause, current, link_before and"
                    + " link_after rows");
        }
        this.pastBefore = Pattern.compile(clause + "(?:" + p.pattern() + ")", Pattern.CASE_INSENSITIVE);
        this.injuries = List.copyOf(inj);
        this.residuals = List.copyOf(res);
        this.past = p;
        this.current = c;
        this.linkBefore = lb;
        this.linkAfter = la;
        this.namedResidual = named;
        this.namedInjuries = List.copyOf(namedInj);
        this.residualCodes = List.copyOf(resCodes);
    }

    /** A residual_code row: its value is the residual's code, a blank, then the pattern of the residual's word. */
    private static ResidualCodeRow residualCode(String[] r) {
        String[] v = r[3].trim().split("\\s+", 2);
        if (v.length != 2 || !CodePattern.isCode(v[0])) {
            throw new IllegalArgumentException(FILE + ": rule " + r[0] + ": expected a code, a blank and a pattern");
        }
        return new ResidualCodeRow(patterns(r[2]), Pattern.compile(v[1], Pattern.CASE_INSENSITIVE), v[0]);
    }

    public static InjurySequelaCheck standard(CodeSet codeSet) {
        List<String[]> rows = RuleFiles.tsvRules(RuleFiles.bundled(FILE), FILE, 5, r -> r);
        return new InjurySequelaCheck(codeSet, HistoryCodeMap.standard(), rows);
    }

    private static List<CodePattern> patterns(String list) {
        return CodePattern.parseList(list);
    }

    @Override
    public Document process(Document doc) {
        if (doc.candidates().stream().noneMatch(this::initialInjury)) {
            return doc;
        }
        Map<String, CodeCandidate> out = new LinkedHashMap<>();
        List<MentionDecision> decisions = new ArrayList<>();
        boolean changed = false;
        Boolean[] dated = new Boolean[doc.mentions().size()];
        Map<String, List<CodeCandidate>> namedSequelae = new LinkedHashMap<>();   // residual stem: its sequelae
        for (CodeCandidate c : doc.candidates()) {
            String named = initialInjury(c) ? namedResidual(doc, c) : null;
            if (!initialInjury(c) || named == null && !dated(doc, c, dated) || c.mentions().stream()
                    .anyMatch(m -> ofThisEncounter(doc, doc.mentions().get(m)))) {
                out.putIfAbsent(c.code(), c);
                continue;
            }
            Optional<Code> sequela = codeSet.get(c.code().substring(0, 7) + "S").filter(Code::billable);
            if (named != null && sequela.isEmpty()) {
                out.putIfAbsent(c.code(), c);   // no sequela code to report the residual's cause by
                continue;
            }
            changed = true;
            String residual = named != null ? "the " + named + " it left" : residual(doc, c);
            if (residual != null && sequela.isPresent()) {
                CodeCandidate now = c.withCode(sequela.get(), "7th character S: an injury of an earlier year with a residual ("
                        + residual + "), " + c.code() + " recoded (Guidelines " + GUIDELINE + ")");
                out.putIfAbsent(now.code(), now);
                ResidualCodeRow row = named == null ? null : residualCodeRow(now.code(), named);
                if (row != null) {
                    namedSequelae.computeIfAbsent(row.stem(), k -> new ArrayList<>()).add(now);
                }
                continue;
            }
            String why = c.code() + ": an injury of an earlier year, healed with no residual told (Guidelines "
                    + GUIDELINE + ")";
            Optional<Code> healed = history.billablePersonalHistoryCode(c.code(), codeSet);
            if (healed.isPresent()) {
                CodeCandidate now = c.withCode(healed.get(), "personal history: " + why);
                out.putIfAbsent(now.code(), now);
            } else {
                decisions.addAll(Candidates.dropped(c, NotCodedReason.HISTORY_NO_CODE, why, c.code()));
            }
        }
        if (!changed) {
            return doc;
        }
        return doc.withCandidates(withResiduals(List.copyOf(out.values()), namedSequelae)).withDecisions(decisions);
    }

    /** The first residual_code row for a sequela code and its named residual word, or null. */
    private ResidualCodeRow residualCodeRow(String code, String word) {
        for (ResidualCodeRow row : residualCodes) {
            if (CodePattern.anyCovers(row.injuries(), code) && row.word().matcher(word).matches()) {
                return row;
            }
        }
        return null;
    }

    /**
     * The candidates with each named residual's code sequenced right before the first sequela it is the residual
     * of (I.C.19.a: the residual first, the sequela S code after it). A residual stem with sides takes the side of
     * its sequelae: both sides, its bilateral child. A residual already coded on its own ("scar") moves there, its
     * evidence joined by the sequela's.
     */
    private List<CodeCandidate> withResiduals(List<CodeCandidate> in, Map<String, List<CodeCandidate>> named) {
        if (named.isEmpty()) {
            return in;
        }
        Map<String, CodeCandidate> before = new LinkedHashMap<>();   // sequela code: the residual placed before it
        for (Map.Entry<String, List<CodeCandidate>> e : named.entrySet()) {
            List<CodeCandidate> sequelae = e.getValue();
            Optional<Code> code = residualCode(e.getKey(), sequelae);
            if (code.isEmpty()) {
                continue;
            }
            CodeCandidate first = sequelae.get(0);
            CodeCandidate coded = in.stream().filter(c -> c.code().equals(code.get().code())).findFirst().orElse(null);
            List<Integer> mentions = new ArrayList<>(coded == null ? List.of() : coded.mentions());
            sequelae.forEach(c -> c.mentions().stream().filter(m -> !mentions.contains(m)).forEach(mentions::add));
            mentions.sort(null);
            List<String> why = new ArrayList<>(coded == null ? List.of() : coded.rationale());
            why.add("the residual an injury left, named as the head of its phrase, sequenced before its sequela code "
                    + first.code() + " (Guidelines I.C.19.a)");
            before.put(first.code(), new CodeCandidate(code.get().code(), code.get().title(),
                    Math.max(first.score(), coded == null ? 0 : coded.score()), mentions, why));
        }
        Set<String> moved = new HashSet<>();
        before.values().forEach(c -> moved.add(c.code()));
        List<CodeCandidate> out = new ArrayList<>(in.size() + before.size());
        for (CodeCandidate c : in) {
            if (moved.contains(c.code())) {
                continue;   // placed before its sequela
            }
            CodeCandidate residual = before.get(c.code());
            if (residual != null) {
                out.add(residual);
            }
            out.add(c);
        }
        return out;
    }

    /**
     * The billable code of a residual stem for its sequelae: the stem itself, else its billable child whose title
     * names the sequelae's side (right, left; both: bilateral), else none.
     */
    private Optional<Code> residualCode(String stem, List<CodeCandidate> sequelae) {
        Optional<Code> own = codeSet.get(stem);
        if (own.isEmpty() || own.get().billable()) {
            return own;
        }
        boolean right = false;
        boolean left = false;
        for (CodeCandidate c : sequelae) {
            String t = " " + c.title().toLowerCase(Locale.ROOT) + " ";
            right |= t.contains(" right ") || t.contains(" bilateral ");
            left |= t.contains(" left ") || t.contains(" bilateral ");
        }
        String side = right && left ? "bilateral" : right ? "right" : left ? "left" : "unspecified";
        for (Code kid : codeSet.billableDescendants(stem)) {
            if ((" " + kid.title().toLowerCase(Locale.ROOT) + " ").matches(".*\\b" + side + "\\b.*")) {
                return Optional.of(kid);
            }
        }
        return Optional.empty();
    }

    /** An injury code with the 7th character A ("S14.109A"). */
    private boolean initialInjury(CodeCandidate c) {
        String code = c.code();
        return code.length() == 8 && code.endsWith("A") && CodePattern.anyCovers(injuries, code);
    }

    /**
     * True if a mention of the injury (the candidate's or another naming its code) is dated years back; {@code dated}
     * caches, by mention, whether a date is read near it (null: not read yet).
     */
    private boolean dated(Document doc, CodeCandidate c, Boolean[] dated) {
        List<Mention> mentions = doc.mentions();
        for (int i : c.mentions()) {
            if (pastNear(doc, i, dated)) {
                return true;
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            if (names(mentions.get(i), c.code()) && pastNear(doc, i, dated)) {
                return true;
            }
        }
        return false;
    }

    /** True if one of the mention's readings is the candidate's code or a category above it ("T14.90"). */
    private static boolean names(Mention m, String code) {
        for (Term t : m.terms()) {
            String own = t.code();
            if (own != null && own.length() >= 5 && code.startsWith(own)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A date years back read after the mention up to the next comma (at most {@link #AFTER} characters), opening
     * a clause that ends within {@link #BEFORE} characters before it in its sentence, or opening its sentence.
     */
    private boolean pastNear(Document doc, int index, Boolean[] dated) {
        if (dated[index] != null) {
            return dated[index];
        }
        Mention m = doc.mentions().get(index);
        Sentence s = doc.sentences().get(m.sentenceIndex());
        String text = doc.text();
        int to = m.span().end();
        int end = Math.min(s.span().end(), to + AFTER);
        while (to < end && text.charAt(to) != ',' && text.charAt(to) != ';') {
            to++;
        }
        boolean found = past.matcher(text).region(m.span().end(), to).find();
        if (!found) {
            int from = Math.max(s.span().start(), m.span().start() - BEFORE - AFTER);
            Matcher before = pastBefore.matcher(text).region(from, m.span().start());
            before.useAnchoringBounds(from == s.span().start());
            while (!found && before.find()) {
                found = before.end() >= m.span().start() - BEFORE;
            }
        }
        if (!found) {
            // a date that opens the sentence dates the events the sentence tells after it ("In 2019 she was in a
            // car crash and broke her left wrist and cut her scalp"), however long the list, unless a semicolon or
            // a word of this encounter comes between
            Matcher opening = pastBefore.matcher(text).region(s.span().start(), m.span().start());
            opening.useAnchoringBounds(true);
            if (opening.lookingAt()) {
                String between = text.substring(opening.end(), m.span().start());
                found = between.indexOf(';') < 0 && !current.matcher(between).find();
            }
        }
        dated[index] = found;
        return found;
    }

    /** What residual the injury left, or null: a causal phrase at one of its mentions, or a residual code. */
    private String residual(Document doc, CodeCandidate c) {
        String text = doc.text();
        for (int i : c.mentions()) {
            Mention m = doc.mentions().get(i);
            Sentence s = doc.sentences().get(m.sentenceIndex());
            int from = Math.max(s.span().start(), m.span().start() - BEFORE);
            Matcher before = linkBefore.matcher(text).region(from, m.span().start());
            Matcher after = linkAfter.matcher(text).region(m.span().end(), Math.min(s.span().end(),
                    m.span().end() + AFTER));
            if (before.find() || after.find()) {
                return "a condition written as caused by it";
            }
        }
        for (ResidualRow row : residuals) {
            if (!CodePattern.anyCovers(row.injuries(), c.code())) {
                continue;
            }
            for (CodeCandidate other : doc.candidates()) {
                if (CodePattern.anyCovers(row.residuals(), other.code())) {
                    return "residual " + other.code();
                }
            }
        }
        return null;
    }

    /**
     * The residual one of the candidate's mentions is followed by as its head noun ("deformity" after "ear
     * laceration"), lowercased, or null.
     */
    private String namedResidual(Document doc, CodeCandidate c) {
        if (namedResidual == null || !CodePattern.anyCovers(namedInjuries, c.code())) {
            return null;
        }
        String text = doc.text();
        for (int i : c.mentions()) {
            Mention m = doc.mentions().get(i);
            Sentence s = doc.sentences().get(m.sentenceIndex());
            Matcher after = namedResidual.matcher(text).region(m.span().end(), s.span().end());
            if (after.lookingAt()) {
                return after.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** True if the words around the mention in its sentence tell an injury of this encounter (acute, today). */
    private boolean ofThisEncounter(Document doc, Mention m) {
        Sentence s = doc.sentences().get(m.sentenceIndex());
        int from = Math.max(s.span().start(), m.span().start() - AFTER);
        int to = Math.min(s.span().end(), m.span().end() + AFTER);
        return current.matcher(doc.text()).region(from, to).find();
    }
}
