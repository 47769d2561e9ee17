package org.opencac.engine.assertion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.io.Whitespace;
import org.opencac.models.lexicon.Term;

/**
 * ConText (Harkema et al. 2009, as in medspaCy): decides for every mention whether it is negated,
 * uncertain, hypothetical, historical or a family member's. Cues come from {@link ContextRules}; each cue
 * modifies the mentions in its scope within the sentence, and the mention's section adds its categories
 * (family_history gives FAMILY; a past history gives HISTORICAL unless a CURRENT cue reaches the mention: "she
 * continues to have left leg weakness" told under the past medical history is present). A numbered list item also takes the hypothetical or negating cue of the
 * sentence that introduces its list, when that cue's scope runs to the colon ("the risks include, but are
 * not limited to: 1. Infection. 2. Bleeding."): each item is a sentence of its own, but the cue is about all
 * of them. A past date of a sentence also dates the acute episode the next past-tense sentences tell
 * ({@link DatedEpisodeCarry}). Emits exactly one {@link Assertion} per mention, in mention order.
 */
public final class AssertionDetector implements Stage {
    /** The prefix of the cue recorded when a mention's section sets a category, e.g. "section:historical". */
    public static final String SECTION_CUE = "section:";
    /** The cue of a definite generic noun that takes an earlier mention's assertion ("the infection"). */
    public static final String BACK_REFERENCE_CUE = "back_reference";

    /** A list number beginning a sentence: "1. Infection." (an optional comma before it). */
    private static final Pattern LIST_MARK_AT_START = Pattern.compile("^[\\s,]*\\d{1,2}[.)]\\s");
    /** A list number ending a sentence: "Infection. 2." (commas of a flattened note around it). */
    static final Pattern LIST_MARK_AT_END =
            Pattern.compile("(^|[\\s,.:])\\d{1,2}[.)][\\s,]*$");
    /**
     * A sentence that introduces a list ends with a colon, or a comma where a flattened note lost the colon
     * ("...but not limited to,, 1."), or holds the list's first item after it when the splitter did not break
     * there ("...include: 1. Wound infection.").
     */
    private static final Pattern LEAD_IN = Pattern.compile("[:,][\\s,]*(1[.)]\\s.*)?$",
            Pattern.DOTALL);
    /** The punctuation that ends a list's lead-in: a colon, or the comma left where a colon was lost. */
    private static final Set<String> LIST_PUNCTUATION = Set.of(":", ",");
    /** How many items back a list's lead-in is looked for. */
    private static final int MAX_LIST_ITEMS = 20;
    /** How many tokens a negation may stand before a cue it denies ("no focal consolidation to suggest"). */
    private static final int DENYING_REACH = 5;
    /** Words after which the evidence a cue speaks of may be another item than the one the negation denies. */
    private static final Set<String> CLAUSE_JOINS = Set.of(",", ";", ":", "(", ")", "and", "but");

    private final ContextRules rules;
    private final CueMatcher matcher;
    private final DeniedField deniedField;
    private final ZeroCount zeroCount = new ZeroCount();
    private final PronounCarry pronounCarry;
    private final DatedEpisodeCarry datedEpisodeCarry;
    private final BackReference backReference = BackReference.standard();
    private final ResultInRange resultInRange = ResultInRange.standard();
    private final EvaluatedThenExcluded evaluatedThenExcluded = EvaluatedThenExcluded.standard();
    private final StatedReason statedReason = StatedReason.standard();
    private final StoppedDrugNamedAgain stoppedDrugNamedAgain = StoppedDrugNamedAgain.standard();
    private final LabelNamedInValue labelNamedInValue = new LabelNamedInValue();

    public AssertionDetector(ContextRules rules) {
        this(rules, DeniedField.standard());
    }

    public AssertionDetector(ContextRules rules, DeniedField deniedField) {
        this(rules, deniedField, PronounCarry.standard());
    }

    AssertionDetector(ContextRules rules, DeniedField deniedField, PronounCarry pronounCarry) {
        this.rules = rules;
        this.matcher = new CueMatcher(rules);
        this.deniedField = deniedField;
        this.pronounCarry = pronounCarry;
        this.datedEpisodeCarry = DatedEpisodeCarry.standard(rules);
    }

    /** The detector with the bundled {@code context_rules.json}. */
    public static AssertionDetector standard() {
        return new AssertionDetector(ContextRules.standard());
    }

    @Override
    public Document process(Document doc) {
        List<Mention> mentions = doc.mentions();
        List<Token> tokens = doc.tokens();
        NoteCues noteCues = new NoteCues(doc);
        String[] keys = noteCues.keys;
        List<Assertion> out = new ArrayList<>(mentions.size());
        int cachedSentence = -1;
        List<CueMatch> sentenceCues = List.of();
        List<CueScope> sentenceScopes = List.of();
        List<CueScope> carried = List.of();
        Set<ContextCategory> sectionCategories = Set.of();   // the sentence's section's categories
        boolean limitedCues = false;   // whether a cue of the sentence is limited to some codes
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.sentenceIndex() < 0 || m.sentenceIndex() >= doc.sentences().size()) {
                out.add(Assertion.present(i));
                continue;
            }
            Sentence s = doc.sentences().get(m.sentenceIndex());
            if (m.sentenceIndex() != cachedSentence) {
                sectionCategories = sectionCategories(doc, s);
                sentenceCues = noteCues.of(m.sentenceIndex());
                carried = new ArrayList<>(leadInScopes(noteCues, m.sentenceIndex()));
                carried.addAll(carriedRelativeScopes(noteCues, m.sentenceIndex()));
                carried.addAll(datedEpisodeCarry.scopes(doc, m.sentenceIndex(), noteCues::of));
                sentenceScopes = new ArrayList<>(sectionCategories.contains(ContextCategory.HISTORICAL)
                        ? scopes(sentenceCues, s, tokens, keys, true) : noteCues.scopesOf(m.sentenceIndex()));
                sentenceScopes.addAll(carried);
                limitedCues = anyCodeLimited(sentenceCues);
                cachedSentence = m.sentenceIndex();
            }
            List<CueMatch> cues = sentenceCues;
            List<CueScope> scopes = sentenceScopes;
            // the mention's codes are read only where a cue may depend on them (most sentences have no
            // code-limited cue and no pseudo cue over a mention's first word)
            List<String> codes = limitedCues ? codes(m) : null;
            if (limitedCues && absentCue(sentenceCues, codes)) {
                // a cue limited to other codes is not there for this mention: the sentence is read without it
                cues = matcher.findFor(keys, s.firstToken(), s.firstToken(), s.endToken(), codes);
                scopes = new ArrayList<>(scopes(cues, s, tokens, keys,
                        sectionCategories.contains(ContextCategory.HISTORICAL)));
                scopes.addAll(carried);
            }
            List<CueScope> split = pseudoSplitScopes(m, cues, s, tokens, keys, codes);
            if (!split.isEmpty()) {
                split.addAll(scopes);
            }
            Assertion a = assess(i, m, sectionCategories, split.isEmpty() ? scopes : split, keys);
            if (!a.negated() && (deniedField.denies(doc.text(), tokens, s, m.endToken())
                    || deniedField.deniesWithoutColon(doc.text(), tokens, s, m.firstToken(), m.endToken()))) {
                a = a.withNegation(DeniedField.CUE);
            } else if (!a.negated() && zeroCount.countedZero(doc.text(), m.span().end(),
                    tokens.get(s.endToken() - 1).span().end())) {
                a = a.withNegation(ZeroCount.CUE);
            } else if (!a.negated() && resultInRange.withinRange(doc.text(), tokens, s, m.endToken())) {
                a = a.withNegation(ResultInRange.CUE);
            }
            out.add(a);
        }
        for (int i = 0; i < out.size(); i++) {
            int j = out.get(i).presentForPatient() ? backReference.antecedent(doc, i) : -1;
            if (j >= 0 && !out.get(j).presentForPatient()) {
                Assertion e = out.get(j);
                // a past condition told as going on now in the mention's own clause has come back
                boolean historical = e.historical() && !backReference.toldAsCurrent(doc, i);
                if (!historical && !e.negated() && !e.uncertain() && !e.hypothetical()
                        && e.experiencer() == Experiencer.PATIENT) {
                    continue;
                }
                List<String> cues2 = new ArrayList<>(e.cues());
                cues2.add(BACK_REFERENCE_CUE);
                out.set(i, new Assertion(i, e.negated(), e.uncertain(), e.hypothetical(), historical,
                        e.experiencer(), cues2));
            }
        }
        return doc.withAssertions(labelNamedInValue.apply(doc, stoppedDrugNamedAgain.apply(doc,
                evaluatedThenExcluded.apply(doc, statedReason.lift(doc, out)))));
    }

    /**
     * The cues hidden by a PSEUDO cue whose last words are the mention's first ones: "no change" is a pseudo
     * negation before a finding that did not change ("no change in the nodule"), but before the mention "change in
     * mental status" its "change" belongs to the mention, and the "no" before it denies the mention. The words
     * of the pseudo cue before the mention are matched again on their own, and their forward cues (a negation
     * written before its noun: "no", "without") scoped for it; a cue that also reads backward stays hidden
     * ("negative pressure wound therapy" denies no pressure wound).
     */
    private List<CueScope> pseudoSplitScopes(Mention m, List<CueMatch> cues, Sentence s, List<Token> tokens,
                                             String[] keys, List<String> mentionCodes) {
        List<CueScope> out = new ArrayList<>();
        List<String> codes = mentionCodes;
        for (CueMatch pseudo : cues) {
            if (pseudo.cue().rule().category() != ContextCategory.PSEUDO || pseudo.first() >= m.firstToken()
                    || pseudo.end() <= m.firstToken()) {
                continue;
            }
            codes = codes == null ? codes(m) : codes;
            List<CueMatch> hidden = matcher.findFor(keys, s.firstToken(), pseudo.first(), m.firstToken(), codes);
            List<CueMatch> sentenceCues = new ArrayList<>(cues);
            sentenceCues.remove(pseudo);
            sentenceCues.addAll(hidden);
            for (CueMatch c : hidden) {
                if (c.cue().rule().category().modifies() && c.cue().rule().direction() == CueDirection.FORWARD) {
                    out.add(CueScope.of(c, sentenceCues, tokens, keys, s.firstToken(), s.endToken(),
                            rules.listItemWords(), rules.aside()));
                }
            }
        }
        return out;
    }

    /** The codes of the mention's candidate terms, in order. */
    private static List<String> codes(Mention m) {
        return m.candidateTerms().stream().map(Term::code).toList();
    }

    /** Whether a cue of the sentence is limited to some codes ({@link ContextRule#codeLimited}). */
    private static boolean anyCodeLimited(List<CueMatch> cues) {
        for (CueMatch c : cues) {
            if (c.cue().rule().codeLimited()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cue of the sentence is limited to codes the mention has none of (and is no PSEUDO cue for it:
     * {@link ContextRule#hidesElsewhere}): such a cue is not there for the mention, and the shorter cues its words
     * hid are read instead ("carpal tunnel surgery in 2005" keeps its date beside a dated-surgery cue kept to
     * cataracts).
     */
    private static boolean absentCue(List<CueMatch> cues, List<String> codes) {
        for (CueMatch c : cues) {
            if (c.cue().rule().codeLimited() && !c.cue().rule().presentFor(codes)) {
                return true;
            }
        }
        return false;
    }

    /** True if the cue is a section's (the mention's section set the category), not a cue rule's. */
    public static boolean isSectionCue(String cue) {
        return cue.startsWith(SECTION_CUE);
    }

    private Assertion assess(int index, Mention m, Set<ContextCategory> sectionCategories, List<CueScope> scopes,
                             String[] keys) {
        AssertionBuilder b = new AssertionBuilder();
        for (ContextCategory c : sectionCategories) {
            b.addSection(c, SECTION_CUE + c.name().toLowerCase(Locale.ROOT));
        }
        List<String> codes = null;
        List<CueScope> relatives = null;
        for (CueScope scope : scopes) {
            if ((scope.covers(m) || scope.readsBackInside(m, keys) || scope.readsForwardInside(m, keys))
                    && !scope.leftAside(m, keys)) {
                ContextRule r = scope.match().cue().rule();
                if (codes == null) {
                    codes = m.candidateTerms().stream().map(Term::code).toList();
                }
                if (r.appliesTo(codes) && !(r.yieldsToHedge() && hedgedAfter(scope, m, scopes))) {
                    String denial = r.deniedByNegation() ? denyingNegation(scope.match(), scopes, keys) : null;
                    if (r.category() == ContextCategory.CURRENT && r.direction() == CueDirection.BACKWARD) {
                        b.addStatusNow(r.id());
                    } else {
                        b.add(denial != null ? ContextCategory.NEGATED : r.category(), denial != null ? denial : r.id());
                    }
                    if (r.category() == ContextCategory.FAMILY && m.firstToken() >= scope.match().end()) {
                        relatives = relatives == null ? new ArrayList<>() : relatives;
                        relatives.add(scope);
                    }
                }
            }
        }
        if (relatives != null) {
            addDeniedRelative(b, relatives, scopes, codes);
        }
        return b.build(index);
    }

    /**
     * Whether a forward UNCERTAIN cue stands between the looked-for cue and the mention, at or after the cue's end
     * and before the mention's first word, and reaches the mention: the test is done for a condition the writer
     * already suspects ("sent to check for possible malignancy"), which is uncertain rather than hypothetical.
     */
    private static boolean hedgedAfter(CueScope lookedFor, Mention m, List<CueScope> scopes) {
        for (CueScope hedge : scopes) {
            ContextRule r = hedge.match().cue().rule();
            if (r.category() == ContextCategory.UNCERTAIN && r.direction().forward()
                    && hedge.match().first() >= lookedFor.match().end() && hedge.match().end() <= m.firstToken()
                    && hedge.covers(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The id of the negation that denies a cue naming what a finding points to: a forward negation whose scope
     * ran up to the cue, at most {@link #DENYING_REACH} tokens before it with no clause join between ("no focal
     * consolidation to suggest pneumonia", "without findings consistent with"); null if none. What no finding
     * suggests is not there; after a comma, a colon, a bracket or an "and" the evidence may be another item than
     * the one denied ("denies fever, symptoms consistent with a viral illness", "no fever and an exam consistent
     * with ...").
     */
    private static String denyingNegation(CueMatch cue, List<CueScope> scopes, String[] keys) {
        for (CueScope negation : scopes) {
            ContextRule r = negation.match().cue().rule();
            if (r.category() == ContextCategory.NEGATED && r.direction().forward() && negation.forwardStop() == cue
                    && cue.first() - negation.match().end() <= DENYING_REACH
                    && Collections.disjoint(Arrays.asList(keys).subList(negation.match().end(),
                            cue.first()), CLAUSE_JOINS)) {
                return r.id();
            }
        }
        return null;
    }

    /**
     * A relative the sentence denies denies the relative's conditions: in "he has never been treated for
     * depression or had a family member with alcoholism" the negation reaches "a family member", and the
     * condition of that family member's scope is negated with it, however far the window of the negation
     * itself runs ("no relatives with ...", "never had a family member with ..."). The relative's cue must lie
     * in the forward scope of the negation and the condition after the relative's cue: in "Mother (CAD), no DM
     * in relatives" the backward "in relatives" the negation reaches says nothing of the mother's CAD.
     */
    private static void addDeniedRelative(AssertionBuilder b, List<CueScope> relatives, List<CueScope> scopes,
                                          List<String> codes) {
        for (CueScope negation : scopes) {
            ContextRule r = negation.match().cue().rule();
            if (r.category() != ContextCategory.NEGATED || !r.direction().forward() || !r.appliesTo(codes)) {
                continue;
            }
            for (CueScope relative : relatives) {
                int at = relative.match().first();
                if (at >= negation.forwardStart() && at < negation.forwardEnd()) {
                    b.add(ContextCategory.NEGATED, r.id());
                    return;
                }
            }
        }
    }

    /**
     * The cues of a note's sentences and their scopes, each sentence's found once, on first ask: the sentences of
     * a list's items read their lead-in's cues, a relative's pronoun or clause the cues of the sentence it is carried
     * from, a dated episode the cues of the sentences before it, and each is also a sentence of its own mentions.
     * The matching keys of a sentence's tokens are filled in when its cues are first found (a cue that needs an
     * earlier word of its sentence, only_after, and has none is not matched: {@link CueMatcher}); cues and scopes
     * are read only, never changed, by the stage.
     */
    private final class NoteCues {
        private final Document doc;
        private final String[] keys;
        private final List<CueMatch>[] cues;
        private final List<CueScope>[] scopes;

        @SuppressWarnings("unchecked")
        NoteCues(Document doc) {
            this.doc = doc;
            this.keys = new String[doc.tokens().size()];
            this.cues = new List[doc.sentences().size()];
            this.scopes = new List[doc.sentences().size()];
        }

        /** The cues of the sentence. */
        List<CueMatch> of(int sentence) {
            List<CueMatch> found = cues[sentence];
            if (found == null) {
                Sentence s = doc.sentences().get(sentence);
                for (int t = s.firstToken(); t < s.endToken(); t++) {
                    keys[t] = CueMatcher.key(doc.tokens().get(t).text());
                }
                found = matcher.find(keys, s.firstToken(), s.firstToken(), s.endToken());
                cues[sentence] = found;
            }
            return found;
        }

        /** The scopes of the sentence's cues, read as outside a past-history list. */
        List<CueScope> scopesOf(int sentence) {
            List<CueScope> found = scopes[sentence];
            if (found == null) {
                found = scopes(of(sentence), doc.sentences().get(sentence), doc.tokens(), keys, false);
                scopes[sentence] = found;
            }
            return found;
        }
    }

    /**
     * The scopes of the sentence's cues. In a past-history list ({@code pastList}: the section makes its mentions
     * historical) a past cue bound to its own item ("status post") is not: every item of the list is past, and the
     * item bound exists only to leave a current condition listed after a past one current, which such a list has
     * none of; so the cue reads on through the list as a "history of" does.
     */
    private List<CueScope> scopes(List<CueMatch> cues, Sentence s, List<Token> tokens, String[] keys,
                                  boolean pastList) {
        List<CueScope> scopes = new ArrayList<>(cues.size());
        for (CueMatch c : cues) {
            if (c.cue().rule().category().modifies()) {
                scopes.add(CueScope.of(c, cues, tokens, keys, s.firstToken(), s.endToken(), rules.listItemWords(),
                        rules.aside(), pastList && c.cue().rule().category() == ContextCategory.HISTORICAL));
            }
        }
        return scopes;
    }

    /**
     * For a numbered list item, the hypothetical and negating cues of the sentence that introduces its list
     * whose forward scope reaches that sentence's colon (or comma), widened to cover the item; none otherwise.
     */
    private List<CueScope> leadInScopes(NoteCues noteCues, int sentence) {
        Document doc = noteCues.doc;
        if (!isListItem(doc, sentence)) {
            return List.of();
        }
        int lead = sentence - 1;
        while (lead >= 0 && sentence - lead <= MAX_LIST_ITEMS && isListItem(doc, lead)) {
            lead--;
        }
        if (lead < 0 || sentence - lead > MAX_LIST_ITEMS) {
            return List.of();
        }
        Sentence leadIn = doc.sentences().get(lead);
        Sentence item = doc.sentences().get(sentence);
        int colon = leadIn.endToken() - 1;
        while (colon >= leadIn.firstToken() && !LIST_PUNCTUATION.contains(doc.tokens().get(colon).text())) {
            colon--;
        }
        if (leadIn.sectionIndex() != item.sectionIndex() || colon < leadIn.firstToken()
                || !LEAD_IN.matcher(LIST_MARK_AT_END.matcher(text(doc, leadIn)).replaceFirst("")).find()) {
            return List.of();
        }
        List<CueScope> out = new ArrayList<>();
        for (CueScope scope : noteCues.scopesOf(lead)) {
            ContextCategory c = scope.match().cue().rule().category();
            if ((c == ContextCategory.HYPOTHETICAL || c == ContextCategory.NEGATED)
                    && scope.match().cue().rule().direction().forward() && scope.forwardEnd() >= colon) {
                out.add(new CueScope(scope.match(), item.firstToken(), item.endToken(), scope.match().first(), null,
                        null));
            }
        }
        return out;
    }

    /**
     * For a sentence that opens with a pronoun that can only be the relative the sentence before is about ("Her
     * father was a farmer. He died of a stroke.": {@link PronounCarry}), that relative's cue, its scope the whole
     * sentence: the conditions it names are the relative's.
     */
    private List<CueScope> carriedRelativeScopes(NoteCues noteCues, int sentence) {
        int from = pronounCarry.carriedFrom(noteCues.doc, sentence);
        if (from < 0) {
            return clauseOfTheRelativeScopes(noteCues, sentence);
        }
        Sentence item = noteCues.doc.sentences().get(sentence);
        return relativeScopes(noteCues, from, item.firstToken(), item.endToken());
    }

    /**
     * For a clause that a coordinator and a pronoun that can only be the sentence's opening relative begin ("His
     * mother had colon cancer, but she died of a stroke.": {@link PronounCarry#clauseCarried}), that relative's
     * cue, its scope the clause: the conditions it names are the relative's, however far from the relative's word.
     */
    private List<CueScope> clauseOfTheRelativeScopes(NoteCues noteCues, int sentence) {
        int[] clause = pronounCarry.clauseCarried(noteCues.doc, sentence);
        if (clause == null) {
            return List.of();
        }
        return relativeScopes(noteCues, sentence, clause[0], clause[1]);
    }

    /**
     * The forward family cues that open a sentence (within {@link #SUBJECT_REACH} of its start: its subject is the
     * relative), each with its scope moved to the tokens [from, end) the relative is carried to.
     */
    private List<CueScope> relativeScopes(NoteCues noteCues, int sentence, int from, int end) {
        Sentence opening = noteCues.doc.sentences().get(sentence);
        List<CueScope> out = new ArrayList<>();
        for (CueScope scope : noteCues.scopesOf(sentence)) {
            ContextRule r = scope.match().cue().rule();
            if (r.category() == ContextCategory.FAMILY && r.direction().forward()
                    && scope.match().first() <= opening.firstToken() + SUBJECT_REACH) {
                out.add(new CueScope(scope.match(), from, end, scope.match().first(), null, null));
            }
        }
        return out;
    }

    /** How many tokens after its sentence's start a relative's cue may begin and be the sentence's subject. */
    private static final int SUBJECT_REACH = 3;

    /**
     * Whether the sentence is an item of a numbered list: its number either begins it ("1. Infection.") or,
     * as the sentence splitter leaves it, ends the sentence before ("... limited to: 1." then "Infection.").
     */
    private static boolean isListItem(Document doc, int sentence) {
        return mayOpenWithListMark(doc.text(), doc.sentences().get(sentence))
                && startsWith(LIST_MARK_AT_START, doc, doc.sentences().get(sentence))
                || sentence > 0 && endsWithListMark(doc.text(), doc.sentences().get(sentence - 1).span().start(),
                        doc.sentences().get(sentence - 1).span().end());
    }

    /**
     * Whether {@link #LIST_MARK_AT_END} is found in text[start, end) read in place (its ^ and $ at the region's
     * ends), read backwards from the end instead of trying the pattern at every character: the mark's "." or ")"
     * is the last character before the trailing white space and commas (or before a final line separator that
     * is no white space, where $ also matches), after one or two digits that the region's start or a white space,
     * comma, full stop or colon comes before. Tests compare it with the pattern.
     */
    static boolean endsWithListMark(String text, int start, int end) {
        int q = end;
        if (q > start && isLineSeparatorOnly(text.charAt(q - 1))) {
            q--;
        }
        while (q > start && (Whitespace.isRegexSpace(text.charAt(q - 1)) || text.charAt(q - 1) == ',')) {
            q--;
        }
        if (q <= start || text.charAt(q - 1) != '.' && text.charAt(q - 1) != ')') {
            return false;
        }
        int digits = q - 1;
        while (digits > start && text.charAt(digits - 1) >= '0' && text.charAt(digits - 1) <= '9') {
            digits--;
        }
        int count = q - 1 - digits;
        if (count < 1 || count > 2) {
            return false;
        }
        if (digits == start) {
            return true;
        }
        char before = text.charAt(digits - 1);
        return Whitespace.isRegexSpace(before) || before == ',' || before == '.' || before == ':';
    }

    /**
     * False when {@link #LIST_MARK_AT_START} cannot match the sentence: its first character other than white space
     * and commas is not a digit (read before a matcher is made, as most sentences open with a word).
     */
    private static boolean mayOpenWithListMark(String text, Sentence s) {
        int i = s.span().start();
        int end = s.span().end();
        while (i < end && (Whitespace.isRegexSpace(text.charAt(i)) || text.charAt(i) == ',')) {
            i++;
        }
        return i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /** A line terminator of the regex's $ that {@code \s} does not take. */
    private static boolean isLineSeparatorOnly(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Whether the sentence's text, read in place, begins with the pattern: {@link #foundIn} of a pattern that opens
     * with ^, without trying ^ again at each character of the sentence.
     */
    private static boolean startsWith(Pattern p, Document doc, Sentence s) {
        return p.matcher(doc.text()).region(s.span().start(), s.span().end()).lookingAt();
    }

    private static String text(Document doc, Sentence s) {
        return doc.text().substring(s.span().start(), s.span().end());
    }

    private Set<ContextCategory> sectionCategories(Document doc, Sentence s) {
        if (s.sectionIndex() < 0 || s.sectionIndex() >= doc.sections().size()) {
            return Set.of();
        }
        return rules.sectionCategories().getOrDefault(doc.sectionOf(s).category(), Set.of());
    }
}
