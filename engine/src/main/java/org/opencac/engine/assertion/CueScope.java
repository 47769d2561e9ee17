package org.opencac.engine.assertion;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.Plurals;
import org.opencac.engine.text.Token;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermSource;

/**
 * The tokens a cue modifies: forward [forwardStart, forwardEnd) and backward [backwardStart, cue start), both
 * inside the sentence. A scope stops at the nearest cue that ends it (a TERMINATE cue such as "but", or a
 * category in the cue's terminated_by), or after max_scope words. Commas, slashes and "and"/"or"/"nor"
 * are not words; once a scope has entered a comma list (or, for a doubt, a list "and"/"or" joins) it runs on past max_scope while the list items
 * stay short, so "denies fever, chills, night sweats, weight loss or cough" negates all five; a negated list that
 * three commas have set also runs through a longer item that ends at a comma ({@link #itemEndsAtComma}). A doubt
 * that opens an item in the middle of a comma list is of that item only ({@link #opensMidListItem}).
 * <p>
 * A cue that ends the scope is a word about what follows it, not about the mention it is part of: in
 * "no screening colonoscopy was done" the "screening" that would end the negation is the mention's own first
 * word, so the negation still reaches the mention that begins with it (and, backward, one that ends with it).
 *
 * <p>
 * A subject cue followed by an aside ({@link SubjectAside}) scopes from the verb after the aside.
 *
 * @param match         the cue
 * @param forwardStart  the first token of the forward scope: match.end(), or the verb after a skipped aside
 * @param forwardEnd    one past the last token of the forward scope (= match.end() if none)
 * @param backwardStart the first token of the backward scope (= match.first() if none)
 * @param forwardStop   the cue that ended the forward scope at forwardEnd, or null (window, sentence end)
 * @param backwardStop  the cue that ended the backward scope at backwardStart, or null
 */
record CueScope(CueMatch match, int forwardStart, int forwardEnd, int backwardStart, CueMatch forwardStop,
                CueMatch backwardStop) {
    private static final Set<String> COORDINATORS = ContextRule.COORDINATORS;
    /** The first step of a Neoplasm table path's term ("Neoplasm \u2192 secondary (metastatic) \u2192 lung"). */
    private static final String NEOPLASM_TABLE = "Neoplasm \u2192";
    /** A copula inside a gathered path's span, at or before a cue: the words after it are a predicate. */
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "seems", "seem", "appears", "appear");
    /** The first word of a terminator that begins a coordinated clause (", she had", "and he was"). */
    private static final Set<String> COORDINATED_CLAUSE = Set.of(",", "and");
    /** Words of addition: what a coordinator joins after them is said besides a doubt, not as one of its items. */
    private static final Set<String> ADDITIVE = Set.of("also", "plus", "additionally", "besides");
    /** A cue's last words that open a list of examples, as a comma does ("risks include bleeding, ..."). */
    private static final Set<String> LIST_OPENERS = Set.of("including", "include", "includes", "included");
    /** Words after which a list of items begins, read back from a cue that follows the list ("risks, which include"). */
    private static final Set<String> LIST_STARTS = Set.of("including", "include", "includes", "included", "that", "which", "about", "regarding", "namely", "are", "be", "been", "being");
    /** The words that tell a list's items from a clause and find a subject cue's start ({@code list_clause_words.tsv}). */
    static final String LIST_CLAUSE_WORDS = "/org/opencac/engine/assertion/list_clause_words.tsv";
    private static final Map<String, Set<String>> LIST_CLAUSE_KINDS = DataFiles.kindSets(LIST_CLAUSE_WORDS,
            "subject_determiner", "clause_verb", "list_predicate", "clause_subject", "other_person");
    /** Words that may stand before a subject cue at its sentence's start ("The sister", "Her two brothers"). */
    private static final Set<String> SUBJECT_DETERMINERS = LIST_CLAUSE_KINDS.get("subject_determiner");
    /** Finite verbs that make a comma's item a clause of its own ("no rales, wheezes are present"). */
    private static final Set<String> CLAUSE_VERBS = LIST_CLAUSE_KINDS.get("clause_verb");
    /** Words after such a verb that report a negated list's members ("no masses, tenderness are noted"). */
    private static final Set<String> LIST_PREDICATES = LIST_CLAUSE_KINDS.get("list_predicate");
    /** Words that open a new subject, whatever its verb reports ("no JVD, a soft murmur is heard"). */
    private static final Set<String> CLAUSE_SUBJECTS = LIST_CLAUSE_KINDS.get("clause_subject");
    /** Words naming the patient or another person: a subject's scope kept past a terminator stops at them. */
    private static final Set<String> OTHER_PERSONS = LIST_CLAUSE_KINDS.get("other_person");

    /**
     * How many commas of a negated list come before a long item it keeps: a list so established goes on through
     * one long item ("..., cough, dyspnea at two flights of stairs, hoarseness"); a long first item is more often a
     * clause ("does not improve and starts to present proptosis, edema of the right upper jaw, diplopia").
     */
    private static final int LONG_ITEM_AFTER_COMMAS = 3;
    /** Punctuation that a list item does not hold: a sentence, field or aside begins or ends there. */
    private static final Set<String> ITEM_BREAKS = Set.of(".", ":", ";", "(", ")");
    /** Words that may open a list item before its doubt cue ("some question of", "a possible"). */
    private static final Set<String> ITEM_ARTICLES = Set.of("some", "a", "an");
    /** Where a clause opens, read back from a doubt's "and": punctuation and words that begin a clause of their own. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ";", ":", "(", "that", "which", "whether",
            "although", "though", "if", "while", "because");
    /** The punctuation that separates the items of a list whose cue reads semicolons as item breaks. */
    private static final String SEMICOLON = ";";
    /** The words {@link #resultAside} reads: where a finding was read from, the test, the words between. */
    static final String RESULT_ASIDE_WORDS = "/org/opencac/engine/assertion/result_aside_words.tsv";
    private static final Map<String, Set<String>> RESULT_ASIDE_KINDS = DataFiles.kindSets(RESULT_ASIDE_WORDS,
            "link", "filler", "test");
    /** Words that, in a bracketed aside, name where a finding was read from: "by", "on", "per", "at". */
    private static final Set<String> RESULT_LINKS = RESULT_ASIDE_KINDS.get("link");
    /** Words that may stand between such a link and the test: "on final pathology", "by the frozen section". */
    private static final Set<String> RESULT_FILLERS = RESULT_ASIDE_KINDS.get("filler");
    /** Tests of tissue whose reading a bracketed aside reports as the result: "(lipoma by frozen section)". */
    private static final Set<String> RESULT_TESTS = RESULT_ASIDE_KINDS.get("test");

    /** The most tokens an item's bracketed aside may hold for a list read back to pass over it. */
    private static final int BRACKET_ASIDE_TOKENS = 12;

    /**
     * Whether the cue modifies the mention. A cue overlapping the mention does not, except a forward cue that
     * begins before the mention and ends inside it: its last words are the mention's first ones ("no history
     * of" before the mention "history of stroke", "no h/o" before "h/o stroke"), so the cue is read on the rest.
     * A cue that is the finding's own word ({@link CueDirection#SELF}: "nontender") modifies the mention of
     * exactly its words and no other. A relative's cue that ends the scope at the mention's first words ("screening
     * and family history of colon polyps") says whose the mention is, so the scope does not reach it.
     */
    boolean covers(Mention m) {
        if (match.cue().rule().direction() == CueDirection.SELF) {
            return match.first() == m.firstToken() && match.end() == m.endToken();
        }
        if (match.overlaps(m.firstToken(), m.endToken())) {
            return match.cue().rule().direction().forward() && match.first() < m.firstToken()
                    && match.end() < m.endToken() && m.firstToken() < forwardEnd;
        }
        if (m.firstToken() >= match.end()) {
            return m.firstToken() >= forwardStart && m.firstToken() < forwardEnd
                    || forwardStop != null && m.firstToken() == forwardStop.first() && forwardStop.end() <= m.endToken()
                    && forwardStop.cue().rule().category() != ContextCategory.FAMILY;
        }
        return m.endToken() <= match.first() && (m.endToken() - 1 >= backwardStart
                || backwardStop != null && m.endToken() == backwardStop.end() && backwardStop.first() >= m.firstToken());
    }

    /**
     * Whether a cue that reads backward lies inside an Index-path mention, after its first word, and is no part
     * of the path it was read from: the path took a word after the cue ("gestational diabetes during her last
     * pregnancy" reads Diabetes, gestational, and pregnancy), so the cue's words are in its span although they say
     * when, not what. A dictionary term's words are its concept, so a cue inside one is part of it.
     */
    boolean readsBackInside(Mention m, String[] keys) {
        if (!match.cue().rule().direction().backward() || !insideIndexPath(m)) {
            return false;
        }
        return notOfPath(m, keys);
    }

    /**
     * Whether a cue that reads forward lies inside an Index-path mention, after its first word and before its last,
     * and is no part of the path: the path gathered words across a copula ("back pain is likely a muscle strain"
     * reads Strain, muscle, back), so the cue's words are in its span and the path's words after it are what the
     * cue says is likely. Only a cue at or after a copula is so read: before a predicate, a cue inside the words of
     * one noun phrase ("mass concerning for malignancy") may speak of a word the path did not lead with. A path
     * of the Neoplasm table is led by its morphology word: a cue inside it before its last word speaks of that
     * word ("a lesion in the lung suggestive of metastasis" read as a secondary neoplasm of the lung). An injury
     * found by type and site gathers a clause's words as a path does. A dictionary term's words are its concept,
     * so a cue inside one is part of it.
     */
    boolean readsForwardInside(Mention m, String[] keys) {
        if (!match.cue().rule().direction().forward() || match.end() >= m.endToken() || !inside(m, true)
                || !COPULAS.contains(keys[match.first()]) && !COPULAS.contains(keys[match.first() - 1])
                        && !m.terms().stream().allMatch(t -> t.text().startsWith(NEOPLASM_TABLE)
                                || lastStepAfterCue(t.text(), keys, m.endToken())
                                || leadAfterCue(t.text(), keys, m))) {
            return false;
        }
        // an injury's term is the span it was found in, of which only the type and the site are read
        return m.terms().stream().allMatch(t -> t.source() == TermSource.INJURY_SEARCH) || notOfPath(m, keys);
    }

    /**
     * Whether the path's lead word (its main term) is read from a word after the cue and from none before it: the
     * words before the cue only give the site, and the condition coded is the one the cue speaks of ("pelvic lymph
     * nodes suspicious for metastatic disease" read as Metastasis, metastatic, disease, see Neoplasm, secondary,
     * by site, lymph gland, pelvic). The lead and the word are one when they share their first five letters. Only
     * a denial, a doubt or a hypothesis is so read: a time word before the lead often tells of what the operation
     * of the sentence now ends ("repairing a previous septal deviation"), and a relative's word is the subject's.
     */
    private boolean leadAfterCue(String termText, String[] keys, Mention m) {
        ContextCategory c = match.cue().rule().category();
        if (c != ContextCategory.NEGATED && c != ContextCategory.UNCERTAIN && c != ContextCategory.HYPOTHETICAL) {
            return false;
        }
        int end = 0;
        while (end < termText.length() && Character.isLetter(termText.charAt(end))) {
            end++;
        }
        if (end < SHORT_LEAD || m.endToken() > keys.length) {
            return false;
        }
        String lead = termText.substring(0, Math.min(end, 5)).toLowerCase(Locale.ROOT);
        return !readsLead(keys, m.firstToken(), match.first(), lead) && readsLead(keys, match.end(), m.endToken(), lead);
    }

    /**
     * Whether the cue was said inside a bracketed aside whose closing bracket ended its forward scope, and the
     * mention, an Index path begun inside the aside, runs on past it with its lead word (the main term, the word
     * the condition is named by) read after the bracket and not inside it: the site words inside the aside only
     * qualify a condition the sentence tells after it ("the left knee (not the one operated on) has an effusion"
     * read as Effusion, joint, knee), so the cue does not modify it. A path led by a word inside the aside
     * ("(no fever) and a persistent cough" read as Fever, persistent) names the aside's own finding and stays
     * in the cue's scope.
     */
    boolean leftAside(Mention m, String[] keys) {
        if (!match.cue().rule().direction().forward() || forwardEnd >= keys.length || !")".equals(keys[forwardEnd])
                || m.firstToken() >= forwardEnd || m.endToken() <= forwardEnd + 1 || m.endToken() > keys.length
                || m.terms().isEmpty() || !opensAside(keys)) {
            return false;
        }
        for (Term t : m.terms()) {
            String lead = lead(t);
            if (lead == null || readsLead(keys, m.firstToken(), forwardEnd, lead)
                    || !readsLead(keys, forwardEnd + 1, m.endToken(), lead)) {
                return false;
            }
        }
        return true;
    }

    /** Whether an opening bracket stands shortly before the cue, with no closing one between. */
    private boolean opensAside(String[] keys) {
        for (int j = match.first() - 1; j >= 0 && match.first() - j <= BRACKET_ASIDE_TOKENS; j--) {
            if ("(".equals(keys[j])) {
                return true;
            }
            if (")".equals(keys[j])) {
                return false;
            }
        }
        return false;
    }

    /**
     * The lead word of an Alphabetic Index path's term (its main term, the first step), lowercased and cut to its
     * first five letters, or null for a term that is no path or whose lead is too short to be read.
     */
    private static String lead(Term t) {
        if (t.source() != TermSource.ALPHABETIC_INDEX && t.source() != TermSource.ALPHABETIC_INDEX_REFINEMENT) {
            return null;
        }
        String text = t.text();
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end < SHORT_LEAD ? null : text.substring(0, Math.min(end, 5)).toLowerCase(Locale.ROOT);
    }

    /** Whether a word of tokens [from, to) is the lead (cut to five letters; a shorter one is a whole word). */
    private static boolean readsLead(String[] keys, int from, int to, String lead) {
        for (int k = Math.max(from, 0); k < to; k++) {
            if (isLead(keys[k], lead, lead.length() < 5)) {
                return true;
            }
        }
        return false;
    }

    /** The fewest letters of a lead word that is read ("mass", "cyst"); a shorter one is too often part of another word. */
    private static final int SHORT_LEAD = 4;

    /**
     * Whether the word is the lead: it shares the lead's first five letters, or, for a lead of fewer letters
     * ({@code whole}: "mass", "cyst"), it is the lead word itself or its plural (a short prefix is shared by other
     * words: "mass" begins "massage").
     */
    private static boolean isLead(String key, String lead, boolean whole) {
        if (key == null) {
            return false;
        }
        return whole ? key.equals(lead) || Plurals.singular(key).equals(lead) : key.startsWith(lead);
    }

    /**
     * Whether the path's last step that sends the coder to another main term (its last "see", whose own subterms
     * may follow) is read from the mention's last word, after the cue: the condition coded is that word's, so the
     * cue speaks of what is coded ("the mass was sent for possible malignancy" read as Mass, malignant, see
     * Neoplasm, malignant; "bleeding likely from internal hemorrhoids" as Bleeding, hemorrhoids, see Hemorrhoids,
     * internal), not of the lead word the path starts from. A subterm of the lead's own ("cirrhosis of probable
     * alcoholic origin") only qualifies the lead, which stays as written. The step and the word are one when they
     * share their first five letters (a step prints the adjective, "malignant", the note the noun, "malignancy").
     */
    private boolean lastStepAfterCue(String termText, String[] keys, int mentionEnd) {
        if (mentionEnd - 1 < match.end() || mentionEnd > keys.length) {
            return false;
        }
        String[] steps = termText.split(" \u2192 ");
        int see = steps.length - 1;
        while (see >= 2 && !steps[see].trim().toLowerCase(Locale.ROOT).startsWith("see ")) {
            see--;   // the last cross-reference; steps after it are subterms of the term it sends to ("bleeding
                     // likely from internal hemorrhoids": Bleeding, hemorrhoids, see Hemorrhoids, internal)
        }
        if (see < 2) {
            return false;   // the lead word's own subterm ("cirrhosis of probable alcoholic origin"): the lead stays
        }
        ContextCategory c = match.cue().rule().category();
        if (see < steps.length - 1 && c != ContextCategory.NEGATED && c != ContextCategory.UNCERTAIN
                && c != ContextCategory.HYPOTHETICAL) {
            return false;   // as leadAfterCue: a time word tells of an operation ("effusion status post chest tube")
        }
        String step = steps[see - 1].trim().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < step.length() && Character.isLetter(step.charAt(end))) {
            end++;
        }
        String word = keys[mentionEnd - 1];
        return end >= 5 && word != null && word.length() >= 5 && step.regionMatches(0, word, 0, 5);
    }

    private boolean insideIndexPath(Mention m) {
        return inside(m, false);
    }

    /**
     * Whether the cue lies inside the mention after its first word and the mention's terms are all paths that
     * gather a clause's words: Alphabetic Index paths, and (if {@code injuries}) an injury found by type and site.
     */
    private boolean inside(Mention m, boolean injuries) {
        return match.first() > m.firstToken() && match.end() <= m.endToken() && !m.terms().isEmpty()
                && m.terms().stream().allMatch(t -> t.source() == TermSource.ALPHABETIC_INDEX
                        || t.source() == TermSource.ALPHABETIC_INDEX_REFINEMENT
                        || injuries && t.source() == TermSource.INJURY_SEARCH);
    }

    /** Whether a word of the cue is in none of the mention's path terms. */
    private boolean notOfPath(Mention m, String[] keys) {
        for (int k = match.first(); k < match.end(); k++) {
            String word = keys[k];
            if (m.terms().stream().noneMatch(t -> t.text().toLowerCase(Locale.ROOT).contains(word))) {
                return true;
            }
        }
        return false;
    }

    static CueScope of(CueMatch m, List<CueMatch> sentenceCues, List<Token> tokens, String[] keys,
                       int sentenceFirst, int sentenceEnd, int listItemWords, SubjectAside aside) {
        return of(m, sentenceCues, tokens, keys, sentenceFirst, sentenceEnd, listItemWords, aside, false);
    }

    /**
     * The cue's scope; {@code crossesItems}: the cue's own bound to its list item ({@code within_clause}) is lifted,
     * as for a past cue in a past-history list.
     */
    static CueScope of(CueMatch m, List<CueMatch> sentenceCues, List<Token> tokens, String[] keys,
                       int sentenceFirst, int sentenceEnd, int listItemWords, SubjectAside aside,
                       boolean crossesItems) {
        CueDirection d = m.cue().rule().direction();
        int forwardStart = d.forward() ? aside.resume(m, tokens, keys, m.end(), sentenceEnd) : m.end();
        CueMatch forwardStop = null;
        CueMatch backwardStop = null;
        boolean opensSentence = d.forward() && opensSentence(m, tokens, sentenceFirst, keys, sentenceEnd);
        boolean subject = d.forward() && isSubject(m, tokens, keys, sentenceFirst, forwardStart, sentenceEnd, aside);
        if (opensSentence && forwardStart == m.end()) {
            // the scope begins after the opening cue's own comma, which opens no clause that would end a doubt there
            // ("Probably, he has ...", "Possibly, there is ...")
            forwardStart = m.end() + 1;
        }
        int spared = -1;
        for (CueMatch other : sentenceCues) {
            // a cue limited to some codes ("will start" a drug) speaks of those mentions only: it ends no scope
            // nor does a finding's own word that denies it ("abdomen nontender, no rash"): it is no cue of a clause
            // a list whose items semicolons separate goes on past them ("risks include bleeding; infection; stroke")
            if (other == m || !other.cue().rule().allowedCodes().isEmpty() || !m.cue().endedBy(other.cue())
                    || m.cue().rule().semicolonItems() && separatesItems(other, keys, sentenceEnd)
                    || other.cue().rule().direction() == CueDirection.SELF
                    || !other.cue().rule().endsScopeFrom(keys, m.end(), other.first())) {
                continue;
            }
            // the comma of an opening cue is its own: "Historically, she had ..." begins no new clause there; and a
            // time set for the sentence holds in each of its coordinated clauses ("..., and she had a miscarriage")
            if (opensSentence && (other.first() == m.end() || m.cue().rule().category() == ContextCategory.HISTORICAL
                    && COORDINATED_CLAUSE.contains(keys[other.first()]))) {
                continue;
            }
            // the subject's clause goes on past a word that only says when ("The sister is in today with ...")
            if (subject && other.first() >= forwardStart && other.cue().rule().sparesSubject(m.cue().rule().category())) {
                spared = spared < 0 ? other.first() : Math.min(spared, other.first());
                continue;
            }
            // a risk list reads back through a relative clause of its items ("an ulcer, which can bleed, and ...")
            if (m.cue().rule().listBefore() && other.end() <= m.first()
                    && RiskListReadBack.STANDARD.opensRelativeClause(keys, other.first())) {
                continue;
            }
            if (other.first() >= forwardStart) {
                if (forwardStop == null || other.first() < forwardStop.first()) {
                    forwardStop = other;
                }
            } else if (other.end() <= m.first()) {
                if (backwardStop == null || other.end() > backwardStop.end()) {
                    backwardStop = other;
                }
            }
        }
        int forwardLimit = forwardStop == null ? sentenceEnd : forwardStop.first();
        if (spared >= 0 && spared < forwardLimit) {
            // a person named after the spared word may be the one whose condition follows ("... today with him for")
            for (int j = forwardStart; j < forwardLimit; j++) {
                if (OTHER_PERSONS.contains(keys[j])) {
                    forwardLimit = j;
                    forwardStop = null;
                    break;
                }
            }
        }
        int backwardLimit = backwardStop == null ? sentenceFirst : backwardStop.end();
        int max = m.cue().maxScope();
        boolean clause = m.cue().rule().withinClause() && !crossesItems
                || d.forward() && m.cue().rule().category() == ContextCategory.UNCERTAIN
                        && opensMidListItem(tokens, keys, m, sentenceFirst, listItemWords,
                                doubtBefore(m, sentenceCues));
        boolean negation = m.cue().rule().category() == ContextCategory.NEGATED;
        // a doubt, as a denial, ends where a comma opens a clause of its own ("possibly early labor, contractions
        // are getting stronger": the contractions are not in doubt)
        boolean clauseEnds = negation || m.cue().rule().category() == ContextCategory.UNCERTAIN;
        int forwardEnd = d.forward() ? walk(tokens, keys, forwardStart, forwardLimit, 1, max, listItemWords, clause,
                forwardStart == m.end() && cueOpensList(keys, m), clauseEnds, negation,
                m.cue().rule().category() == ContextCategory.UNCERTAIN) : m.end();
        if (d.forward() && m.cue().rule().category() == ContextCategory.UNCERTAIN) {
            int resultAt = resultAside(keys, forwardStart, forwardEnd, sentenceEnd);
            forwardEnd = resultAt >= 0 ? resultAt : forwardEnd;
        }
        int backwardStart = d.backward() && m.cue().rule().listBefore()
                ? listStart(tokens, keys, m.first() - 1, backwardLimit - 1, max)
                : d.backward()
                ? walk(tokens, keys, m.first() - 1, backwardLimit - 1, -1, max, listItemWords, clause, false, false,
                        false, false) + 1
                : m.first();
        if (d.backward() && m.cue().rule().category() == ContextCategory.HISTORICAL) {
            backwardStart = Math.max(backwardStart, episodeOfItsOwn(keys, m, sentenceFirst, sentenceEnd));
        }
        if (d.backward() && m.cue().rule().category() == ContextCategory.UNCERTAIN && !m.cue().rule().listBefore()) {
            backwardStart = Math.max(backwardStart, clauseAfterAnd(keys, m.first(), backwardStart, sentenceFirst));
        }
        // the stopping cue is kept only if the walk reached it (the window did not end the scope first)
        return new CueScope(m, forwardStart, forwardEnd, backwardStart,
                d.forward() && forwardStop != null && forwardEnd == forwardLimit ? forwardStop : null,
                d.backward() && backwardStop != null && backwardStart == backwardLimit ? backwardStop : null);
    }

    /**
     * Where the backward scope of a doubt must begin when the nearest "and" in it joins two clauses: the words
     * between the "and" and the cue are the cue's subject, with no verb of their own, and the words before the
     * "and", back to where their clause opens, hold a finite verb ("there is tapering distal to the plaque and
     * occlusion cannot be excluded": the plaque is the first clause's, told as there). A list the doubt's subject
     * is ("pneumonia and abscess cannot be excluded", "although the wall is thick, cholecystitis and abscess are
     * possible") has no verb before its "and" in its clause, and stays in the scope. Returns {@code backwardStart}
     * (no change) otherwise.
     */
    private static int clauseAfterAnd(String[] keys, int cueFirst, int backwardStart, int sentenceFirst) {
        for (int a = cueFirst - 1; a >= backwardStart; a--) {
            String k = keys[a];
            if (k == null) {
                continue;
            }
            if ("and".equals(k)) {
                for (int j = a - 1; j >= sentenceFirst && (keys[j] == null || !CLAUSE_OPENERS.contains(keys[j])); j--) {
                    if (keys[j] != null && CLAUSE_VERBS.contains(keys[j])) {
                        return a + 1;
                    }
                }
                return backwardStart;
            }
            if (CLAUSE_VERBS.contains(k) || CLAUSE_OPENERS.contains(k) || COORDINATORS.contains(k)) {
                return backwardStart;
            }
        }
        return backwardStart;
    }

    /**
     * Where the backward scope of a past cue must begin when the cue names an earlier episode with a reason of its
     * own, so that it does not date the current mention before it: the cue is followed, in its clause, by a reason
     * that refers back to the same complaint ("previous admission for these symptoms", "prior hospitalization for
     * the same"): the complaint recurred and is present now, so nothing before the cue is read (the cue itself);
     * or the cue was said in a bracketed aside (round or square brackets) that goes on to give the episode's reason
     * ("weakness (previous admission elsewhere for falls)"): the aside tells of its own episode and does not reach out
     * of its opening bracket. An aside of the time alone ("pneumonia (last winter)") still dates what it follows.
     * Returns {@code sentenceFirst} (no change) otherwise.
     */
    private static int episodeOfItsOwn(String[] keys, CueMatch m, int sentenceFirst, int sentenceEnd) {
        if (!EPISODES.contains(keys[m.end() - 1])) {
            return sentenceFirst;
        }
        boolean reason = false;
        for (int j = m.end(); j < sentenceEnd && j - m.end() < EPISODE_REASON_REACH; j++) {
            String k = keys[j];
            if (k.equals(")") || k.equals("]") || k.equals(".") || k.equals(";") || k.equals(":") || k.equals("(")
                    || k.equals("[")) {
                break;
            }
            if (EPISODE_REASONS.contains(k)) {
                reason = true;
                if (j + 1 < sentenceEnd && (SAME_COMPLAINT.contains(keys[j + 1])
                        || "the".equals(keys[j + 1]) && j + 2 < sentenceEnd && SAME_COMPLAINT.contains(keys[j + 2]))) {
                    return m.first();
                }
            }
        }
        if (!reason) {
            return sentenceFirst;
        }
        for (int j = m.first() - 1; j >= sentenceFirst && m.first() - j <= BRACKET_ASIDE_TOKENS; j--) {
            if ("(".equals(keys[j]) || "[".equals(keys[j])) {
                return j + 1;
            }
            if (")".equals(keys[j]) || "]".equals(keys[j])) {
                break;
            }
        }
        return sentenceFirst;
    }

    /** The words {@link #episodeOfItsOwn} reads: an earlier episode, its reason, a reference back to the complaint. */
    static final String EPISODE_WORDS = "/org/opencac/engine/assertion/earlier_episode_words.tsv";
    private static final Map<String, Set<String>> EPISODE_KINDS = DataFiles.kindSets(EPISODE_WORDS,
            "reason", "same", "episode");
    /** Words giving the reason of an earlier episode after its cue: "admission for", "hospitalization with". */
    private static final Set<String> EPISODE_REASONS = EPISODE_KINDS.get("reason");
    /** Words after such a reason word that refer back to the complaint already told: "for these (symptoms)". */
    private static final Set<String> SAME_COMPLAINT = EPISODE_KINDS.get("same");
    /** The last word of a past cue that names an earlier episode of care: "previous admission", "prior stay". */
    private static final Set<String> EPISODES = EPISODE_KINDS.get("episode");

    /** The most tokens after a past cue within which the reason of its episode is looked for. */
    private static final int EPISODE_REASON_REACH = 8;

    /**
     * Whether the cue opens an item in the middle of a comma list: a comma stands just before it, and before that
     * comma a short item that another comma opens ("CHF, diabetes, hypothyroidism, possible stroke, gout, arthritis")
     * or that a list opener opens ("complaints including knee pain, some question of hematuria, nausea": not where
     * a doubt earlier in the sentence may hold the whole list, "rule out X including Y, possible Z, and W"); an article
     * may stand between the comma and the cue ("some question of", "a possible").
     * A doubt so placed is of its own item, which the next comma ends; a list whose first item holds the cue, or one
     * the cue comes before ("cough, possibly pneumonia, bronchitis or asthma": no comma before the first item), is
     * not read so.
     */
    private static boolean opensMidListItem(List<Token> tokens, String[] keys, CueMatch m, int sentenceFirst,
                                            int listItemWords, boolean doubtBefore) {
        int j = m.first() - 1;
        while (j > sentenceFirst && ITEM_ARTICLES.contains(keys[j])) {
            j--;
        }
        if (j <= sentenceFirst || !",".equals(keys[j])) {
            return false;
        }
        int words = 0;
        for (j--; j >= sentenceFirst; j--) {
            String k = keys[j];
            if (k.equals(",") || LIST_OPENERS.contains(k) && !doubtBefore) {
                return words > 0;
            }
            if (ITEM_BREAKS.contains(k) || COORDINATORS.contains(k)
                    || !tokens.get(j).isPunctuation() && ++words > listItemWords) {
                return false;
            }
        }
        return false;
    }

    /** Whether another doubt cue stands earlier in the sentence than the cue. */
    private static boolean doubtBefore(CueMatch m, List<CueMatch> sentenceCues) {
        for (CueMatch other : sentenceCues) {
            if (other.first() < m.first() && other.cue().rule().category() == ContextCategory.UNCERTAIN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue opens its sentence and a comma follows it ("Historically, ...", "In the past, ..."): an
     * introductory phrase that sets the whole sentence, whose comma a clause terminator (", she had") begins at.
     * Only punctuation may precede it (a flattened note's ",Historically,"). A time, doubt or condition is so
     * said; a negation or a relative is not ("No, she has ..."). A time so set holds in each coordinated clause
     * of the sentence; a contrast ("but") or a time of its own ("currently") still ends it.
     */
    private static boolean opensSentence(CueMatch m, List<Token> tokens, int sentenceFirst, String[] keys,
                                         int sentenceEnd) {
        ContextCategory c = m.cue().rule().category();
        if (c == ContextCategory.NEGATED || c == ContextCategory.FAMILY || m.end() >= sentenceEnd
                || !",".equals(keys[m.end()])) {
            return false;
        }
        for (int t = sentenceFirst; t < m.first(); t++) {
            if (!tokens.get(t).isPunctuation()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the cue is its sentence's subject: only punctuation and determiners ("The", "Her older") stand
     * before it, and one of the verbs that go on with a subject's clause ({@link SubjectAside#resumedBy()}: "is",
     * "has", "had") follows it ("Family history of ..." is no subject).
     */
    private static boolean isSubject(CueMatch m, List<Token> tokens, String[] keys, int sentenceFirst,
                                     int forwardStart, int sentenceEnd, SubjectAside aside) {
        if (forwardStart >= sentenceEnd || !aside.resumedBy().contains(keys[forwardStart])) {
            return false;
        }
        for (int t = sentenceFirst; t < m.first(); t++) {
            if (!tokens.get(t).isPunctuation() && !SUBJECT_DETERMINERS.contains(keys[t])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the item after a comma, up to the next comma or {@code stop}, is a clause of its own: it holds a
     * finite verb that does not report the list ("no rales, wheezes are present bilaterally", "no fever, the cough
     * has lingered"; not "no masses, tenderness are noted", unless a new subject opens the item: "no JVD, a murmur
     * is heard") and no coordinator before it (the last members of a list, whose verb is the list's: "no S3, S4 or
     * rub is auscultated"). Dictated notes join such clauses with a bare comma.
     */
    private static boolean opensClause(String[] keys, int from, int stop) {
        if (from >= stop || COORDINATORS.contains(keys[from])) {
            return false;
        }
        for (int j = from; j < stop && !keys[j].equals(","); j++) {
            if (COORDINATORS.contains(keys[j])) {
                return false;
            }
            if (CLAUSE_VERBS.contains(keys[j])) {
                int next = j + 1 < stop && keys[j + 1].equals("been") ? j + 2 : j + 1;
                return CLAUSE_SUBJECTS.contains(keys[from]) || next >= stop || !LIST_PREDICATES.contains(keys[next]);
            }
        }
        return false;
    }

    /**
     * Whether a cue found in a list whose items semicolons separate is such a separator: a bare semicolon, and the
     * item after it, up to the next semicolon, is no clause of its own ("risks include bleeding; infection", not
     * "risks were reviewed; she has asthma").
     */
    private static boolean separatesItems(CueMatch other, String[] keys, int sentenceEnd) {
        if (other.end() - other.first() != 1 || !SEMICOLON.equals(keys[other.first()])) {
            return false;
        }
        int itemEnd = other.end();
        while (itemEnd < sentenceEnd && !SEMICOLON.equals(keys[itemEnd])) {
            itemEnd++;
        }
        return !opensClause(keys, other.end(), itemEnd);
    }

    /**
     * Whether the word at j, read forward, opens a list of examples as a comma does: "including", or the "as" of
     * "such as" ("no focal deficits such as weakness, numbness or ...").
     */
    private static boolean opensList(String[] keys, int j, int step) {
        return step > 0 && (keys[j].equals("including") || keys[j].equals("as") && j > 0 && "such".equals(keys[j - 1]));
    }

    /**
     * Whether a forward cue's last word opens a list ("risks including", "risks include", "risks such as"): its
     * scope starts inside the list, so a first item longer than the window ("damage to blood vessels and nerves
     * with painful neuroma or numbness, ...") does not end it.
     */
    private static boolean cueOpensList(String[] keys, CueMatch m) {
        return LIST_OPENERS.contains(keys[m.end() - 1]) || opensList(keys, m.end() - 1, 1);
    }

    /**
     * Whether a list item a negation reads forward, begun at {@code itemStart}, ends at a comma within {@code words}
     * words: then another item follows, and an item longer than the list's usual ones ("denies ..., cough, dyspnea at
     * two flights of stairs, hoarseness, ...") is still one of the list. An item holding a sentence's or a field's
     * punctuation (". : ; ( )") or naming a person ("she will be seeing ...") is a clause of its own, not an item.
     */
    private static boolean itemEndsAtComma(List<Token> tokens, String[] keys, int itemStart, int stop, int words) {
        for (int j = itemStart; j < stop; j++) {
            String k = keys[j];
            if (k.equals(",")) {
                return true;
            }
            if (COORDINATORS.contains(k) || ITEM_BREAKS.contains(k) || OTHER_PERSONS.contains(k)) {
                return false;
            }
            if (!tokens.get(j).isPunctuation() && --words < 0) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the list of items that ends just before a cue begins, read back from {@code from} towards {@code stop}
     * (exclusive) over at most {@code maxWords} words: after the word that opens it ("including", the "as" of
     * "such as"; not "of", "for" or "which", which items hold: "need for further surgery", "an ulcer, which can
     * bleed"), a clause's finite verb, or a sentence's or field's punctuation. "She has diabetes;
     * bleeding, infection and stroke were discussed as risks" reads the three risks only.
     */
    private static int listStart(List<Token> tokens, String[] keys, int from, int stop, int maxWords) {
        RiskListReadBack readBack = RiskListReadBack.STANDARD;
        int words = 0;
        int relative = -1;
        int j = from;
        boolean window = false;
        for (; j > stop; j--) {
            String k = keys[j];
            if (k.equals(".") && j > stop + 1 && keys[j - 1].equals("etc")) {
                continue; // "..., weight regain, etc., were all stressed": the list's own last word
            }
            if (readBack.opensRelativeClause(keys, j)) {
                relative = relative < 0 ? j : relative; // "an ulcer, which can bleed, and ...": the item's own clause
                continue;
            }
            int open = k.equals(")") ? openingBracket(keys, j, stop) : -1;
            if (open >= 0) {
                j = open; // "fatigue, irritability (e.g., insomnia) and ...": an item's own aside, passed whole
                continue;
            }
            if (ITEM_BREAKS.contains(k) || LIST_STARTS.contains(k) || CLAUSE_VERBS.contains(k)
                    || OTHER_PERSONS.contains(k) || opensList(keys, j, 1)) {
                break;
            }
            if (!tokens.get(j).isPunctuation() && !COORDINATORS.contains(k) && ++words > maxWords) {
                window = true;
                break;
            }
        }
        // past a relative clause, a list that is a clause's object ("she has diabetes, which can lead to ...") or
        // a person's is none: the read-back ends at the relative clause, as before
        if (relative >= 0 && (window || j > stop && (OTHER_PERSONS.contains(keys[j])
                || CLAUSE_VERBS.contains(keys[j]) && !LIST_STARTS.contains(keys[j])))) {
            return relative + 1;
        }
        // a risk phrase whose head is an operation names the list ("complications of gastric bypass including")
        if (j > stop && (LIST_OPENERS.contains(keys[j]) || opensList(keys, j, 1))) {
            int phraseEnd = keys[j].equals("as") ? j - 1 : j;
            int phrase = readBack.riskPhraseStart(keys, phraseEnd, stop);
            if (phrase >= 0) {
                return phrase;
            }
        }
        return j + 1;
    }

    /**
     * The opening bracket in {@code [from, end)} of an aside that reports a tissue test's reading ("mass with possible
     * nerve involvement (schwannoma by frozen section)"): the aside states a result, which the doubt said before
     * the bracket does not reach, so the doubt's scope ends there; -1 if there is none. Keys are read up to the
     * sentence's end only (those after it are not filled in).
     */
    private static int resultAside(String[] keys, int from, int end, int sentenceEnd) {
        for (int j = from; j < end; j++) {
            if (!"(".equals(keys[j])) {
                continue;
            }
            for (int k = j + 1; k < sentenceEnd - 1 && k - j <= BRACKET_ASIDE_TOKENS && !")".equals(keys[k]); k++) {
                if (!RESULT_LINKS.contains(keys[k])) {
                    continue;
                }
                int t = k + 1;
                while (t < sentenceEnd - 1 && RESULT_FILLERS.contains(keys[t])) {
                    t++;
                }
                if (RESULT_TESTS.contains(keys[t])) {
                    return j;
                }
            }
        }
        return -1;
    }

    /**
     * The index of the opening bracket that the closing one at {@code close} ends, when it stands after
     * {@code stop} and no other bracket, colon or semicolon lies between them (a short aside of one list item:
     * "(e.g., insomnia)", "(i.e., ADHD)"); otherwise -1.
     */
    private static int openingBracket(String[] keys, int close, int stop) {
        for (int j = close - 1; j > stop && close - j <= BRACKET_ASIDE_TOKENS; j--) {
            String k = keys[j];
            if (k.equals("(")) {
                return j;
            }
            if (k.equals(")") || k.equals(":") || k.equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Steps from {@code from} towards {@code stop} (exclusive) and returns where the scope ends: the first
     * index not in it. Within a clause, a comma past the one beside the cue ends the scope; for a negation read
     * forward (and for a doubt read forward: {@code commaEndsClause}), so does a comma whose item is a clause of its
     * own ({@link #opensClause}); only a negated list ({@code longItems}) runs through a long item after three
     * commas ({@link #itemEndsAtComma}). Read forward, a closing
     * bracket whose opening one comes before the cue ends the scope: the cue was said inside the brackets, an aside
     * ("bowel loops (absence of free air) in the right flank"), and what follows them is the sentence's own.
     * For a doubt read forward ({@code coordinatedList}), an item "and"/"or" joins enters a list as a comma does,
     * unless a word of addition ("as well as", "also") came before it in the scope.
     */
    private static int walk(List<Token> tokens, String[] keys, int from, int stop, int step, int maxWords,
                            int listItemWords, boolean withinClause, boolean inListFromStart, boolean commaEndsClause,
                            boolean longItems, boolean coordinatedList) {
        int words = 0;
        boolean added = false;
        int item = 0;
        int itemStart = from;
        int commas = 0;
        boolean inList = inListFromStart;
        int brackets = 0;
        int j = from;
        for (; j != stop; j += step) {
            String k = keys[j];
            if (step > 0 && k.equals("(")) {
                brackets++;
            } else if (step > 0 && k.equals(")") && brackets-- == 0) {
                break;  // the bracket the cue was opened in closes: "(no fever) and a cough"
            }
            if (withinClause && k.equals(",") && j != from) {
                break;
            }
            if (commaEndsClause && k.equals(",") && opensClause(keys, j + 1, stop)) {
                break;
            }
            added |= ADDITIVE.contains(k) || k.equals("well") && j > 0 && "as".equals(keys[j - 1]);
            if (k.equals(",") || k.equals("/") || opensList(keys, j, step)) {
                inList = true;
                item = 0;
                itemStart = j + step;
                commas += k.equals(",") ? 1 : 0;
            } else if (COORDINATORS.contains(k)) {
                // a doubt's coordinated item continues its scope as a comma's does ("may have X by A and B"),
                // unless a word of addition came first: "as well as", "also" join what is said besides the doubt
                inList |= coordinatedList && !added;
                item = 0;
                itemStart = j + step;
            } else if (!tokens.get(j).isPunctuation()) {
                words++;
                item++;
                if (words > maxWords && !(inList && (item <= listItemWords
                        || longItems && commas >= LONG_ITEM_AFTER_COMMAS
                                && itemEndsAtComma(tokens, keys, itemStart, stop, 2 * listItemWords)))) {
                    break;
                }
            }
        }
        return j;
    }
}
