package org.opencac.engine.assertion;

import static org.opencac.engine.CodePrefixes.startsWithAny;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One ConText cue rule from {@code context_rules.json}, as medspaCy's {@code ConTextRule}: a literal (or a
 * per-token regex pattern), the category it asserts and the direction of its scope. It rejects itself
 * when it is contradictory, so a bad file fails at load time.
 *
 * @param id            stable id, reported in {@link Assertion#cues()}
 * @param category      what the cue asserts
 * @param literal       the cue words ("no evidence of"); matched case-insensitively on tokens
 * @param pattern       optional: one regex per token, used instead of the literal ("in", "her|his", "mother")
 * @param direction     which way the scope runs
 * @param maxScope      optional scope limit in words (the file default otherwise)
 * @param allowedCodes  optional: only modify mentions with a code starting with one of these prefixes
 * @param excludedCodes optional: never modify mentions with a code starting with one of these prefixes
 * @param terminatedBy  categories whose cues end this cue's scope, on top of TERMINATE cues and the file default
 * @param terminates    for a TERMINATE rule: the categories it ends (empty = all)
 * @param withinClause  the scope does not cross a comma, except one right beside the cue: in "syncope,
 *                      vasovagal versus orthostatic" the alternatives are the words around "versus", and the
 *                      finding before the comma is established
 * @param sparesSubject for a TERMINATE rule: the categories whose cue it does not end when the cue is the
 *                      subject of its sentence ("today" ends a relative's scope in "family history of asthma,
 *                      seen today with wheezing", not in "her sister is in today with sinusitis")
 * @param deniedByNegation for an UNCERTAIN rule that names what a finding points to ("to suggest", "consistent
 *                      with"): a negation a few words before it, whose scope reaches it, denies what it points to
 *                      ("no focal consolidation to suggest pneumonia": pneumonia is negated, not possible)
 * @param onlyAfter     optional: words (lowercase) one of which must stand earlier in the sentence for the cue to
 *                      count ("or any" carries on a negation: "no change in his bowel habits or any rectal bleeding");
 *                      a TERMINATE rule may have them too: it ends a scope only after such a word ("no residual
 *                      weakness and cancer with metastases": the cancer is not denied; "no fever and chills" is)
 * @param listBefore    for a rule that reads backward: its backward scope is the list of items just before it, and
 *                      ends where the list begins (a word that opens it, such as "including", a clause's verb, or a
 *                      sentence's or field's punctuation): "bleeding, infection and stroke were discussed as risks"
 * @param yieldsToHedge for a forward HYPOTHETICAL rule naming what a test or watch looks for ("check for", "screening
 *                      for"): a forward UNCERTAIN cue between it and the mention that also reaches the mention
 *                      makes the condition suspected, not merely looked for ("checked for possible malignancy":
 *                      uncertain, not hypothetical)
 * @param afterCoordinatedItem for a TERMINATE rule: it ends a scope only where the item just before it is the last
 *                      of a coordinated list, "and", "or", "nor" or "&" after the cue's last comma before it: such
 *                      a list is complete, so what a comma adds after it is no further member ("no rash or bruising,
 *                      pale skin"), while a list of bare commas goes on ("no rash, pale skin" is left as it was)
 * @param semicolonItems for a forward rule that opens a list (of risks, of side effects): semicolons separate the
 *                      items of its list, so a semicolon does not end its scope ("risks include bleeding requiring
 *                      transfusion; infection; stroke"); the window (max_scope) and the sentence's end still do
 * @param hidesElsewhere for a rule with code filters: to a mention outside its codes the cue reads as a PSEUDO cue,
 *                      hiding the shorter cues in its words ("presents with a history of neck pain": the verb of
 *                      presentation makes the history the complaint, so "history of" is not read for it); without
 *                      it a cue that does not apply to a mention is not there for that mention, neither asserting
 *                      nor hiding a shorter cue nor ending another cue's scope ("carpal tunnel surgery in 2005" stays
 *                      dated by "in 2005" beside a dated-surgery cue kept to cataracts)
 */
public record ContextRule(String id, ContextCategory category, String literal, List<String> pattern,
                          CueDirection direction, OptionalInt maxScope, List<String> allowedCodes,
                          List<String> excludedCodes, Set<ContextCategory> terminatedBy,
                          Set<ContextCategory> terminates, boolean withinClause, Set<ContextCategory> sparesSubject,
                          boolean deniedByNegation, Set<String> onlyAfter, boolean listBefore,
                          boolean yieldsToHedge, boolean afterCoordinatedItem, boolean semicolonItems,
                          boolean hidesElsewhere) {

    /** A rule that is not there for the mentions outside its codes. */
    public ContextRule(String id, ContextCategory category, String literal, List<String> pattern,
                       CueDirection direction, OptionalInt maxScope, List<String> allowedCodes,
                       List<String> excludedCodes, Set<ContextCategory> terminatedBy, Set<ContextCategory> terminates,
                       boolean withinClause, Set<ContextCategory> sparesSubject, boolean deniedByNegation,
                       Set<String> onlyAfter, boolean listBefore, boolean yieldsToHedge, boolean afterCoordinatedItem,
                       boolean semicolonItems) {
        this(id, category, literal, pattern, direction, maxScope, allowedCodes, excludedCodes, terminatedBy,
                terminates, withinClause, sparesSubject, deniedByNegation, onlyAfter, listBefore, yieldsToHedge,
                afterCoordinatedItem, semicolonItems, false);
    }

    /** A rule whose list items no semicolon separates. */
    public ContextRule(String id, ContextCategory category, String literal, List<String> pattern,
                       CueDirection direction, OptionalInt maxScope, List<String> allowedCodes,
                       List<String> excludedCodes, Set<ContextCategory> terminatedBy, Set<ContextCategory> terminates,
                       boolean withinClause, Set<ContextCategory> sparesSubject, boolean deniedByNegation,
                       Set<String> onlyAfter, boolean listBefore, boolean yieldsToHedge, boolean afterCoordinatedItem) {
        this(id, category, literal, pattern, direction, maxScope, allowedCodes, excludedCodes, terminatedBy,
                terminates, withinClause, sparesSubject, deniedByNegation, onlyAfter, listBefore, yieldsToHedge,
                afterCoordinatedItem, false);
    }

    /** A rule that ends a scope wherever it stands. */
    public ContextRule(String id, ContextCategory category, String literal, List<String> pattern,
                       CueDirection direction, OptionalInt maxScope, List<String> allowedCodes,
                       List<String> excludedCodes, Set<ContextCategory> terminatedBy, Set<ContextCategory> terminates,
                       boolean withinClause, Set<ContextCategory> sparesSubject, boolean deniedByNegation,
                       Set<String> onlyAfter, boolean listBefore, boolean yieldsToHedge) {
        this(id, category, literal, pattern, direction, maxScope, allowedCodes, excludedCodes, terminatedBy,
                terminates, withinClause, sparesSubject, deniedByNegation, onlyAfter, listBefore, yieldsToHedge, false);
    }

    /** A rule no hedge after it overrides. */
    public ContextRule(String id, ContextCategory category, String literal, List<String> pattern,
                       CueDirection direction, OptionalInt maxScope, List<String> allowedCodes,
                       List<String> excludedCodes, Set<ContextCategory> terminatedBy, Set<ContextCategory> terminates,
                       boolean withinClause, Set<ContextCategory> sparesSubject, boolean deniedByNegation,
                       Set<String> onlyAfter, boolean listBefore) {
        this(id, category, literal, pattern, direction, maxScope, allowedCodes, excludedCodes, terminatedBy,
                terminates, withinClause, sparesSubject, deniedByNegation, onlyAfter, listBefore, false);
    }

    /** A rule whose backward scope is its window, not the list before it. */
    public ContextRule(String id, ContextCategory category, String literal, List<String> pattern,
                       CueDirection direction, OptionalInt maxScope, List<String> allowedCodes,
                       List<String> excludedCodes, Set<ContextCategory> terminatedBy, Set<ContextCategory> terminates,
                       boolean withinClause, Set<ContextCategory> sparesSubject, boolean deniedByNegation,
                       Set<String> onlyAfter) {
        this(id, category, literal, pattern, direction, maxScope, allowedCodes, excludedCodes, terminatedBy,
                terminates, withinClause, sparesSubject, deniedByNegation, onlyAfter, false);
    }

    /** A rule that counts wherever it stands in its sentence. */
    public ContextRule(String id, ContextCategory category, String literal, List<String> pattern,
                       CueDirection direction, OptionalInt maxScope, List<String> allowedCodes,
                       List<String> excludedCodes, Set<ContextCategory> terminatedBy, Set<ContextCategory> terminates,
                       boolean withinClause, Set<ContextCategory> sparesSubject, boolean deniedByNegation) {
        this(id, category, literal, pattern, direction, maxScope, allowedCodes, excludedCodes, terminatedBy,
                terminates, withinClause, sparesSubject, deniedByNegation, Set.of());
    }

    /** A rule no negation denies. */
    public ContextRule(String id, ContextCategory category, String literal, List<String> pattern,
                       CueDirection direction, OptionalInt maxScope, List<String> allowedCodes,
                       List<String> excludedCodes, Set<ContextCategory> terminatedBy, Set<ContextCategory> terminates,
                       boolean withinClause, Set<ContextCategory> sparesSubject) {
        this(id, category, literal, pattern, direction, maxScope, allowedCodes, excludedCodes, terminatedBy,
                terminates, withinClause, sparesSubject, false);
    }

    /** A rule that spares no subject. */
    public ContextRule(String id, ContextCategory category, String literal, List<String> pattern,
                       CueDirection direction, OptionalInt maxScope, List<String> allowedCodes,
                       List<String> excludedCodes, Set<ContextCategory> terminatedBy, Set<ContextCategory> terminates,
                       boolean withinClause) {
        this(id, category, literal, pattern, direction, maxScope, allowedCodes, excludedCodes, terminatedBy,
                terminates, withinClause, Set.of());
    }

    /** A rule whose scope may cross commas. */
    public ContextRule(String id, ContextCategory category, String literal, List<String> pattern,
                       CueDirection direction, OptionalInt maxScope, List<String> allowedCodes,
                       List<String> excludedCodes, Set<ContextCategory> terminatedBy, Set<ContextCategory> terminates) {
        this(id, category, literal, pattern, direction, maxScope, allowedCodes, excludedCodes, terminatedBy,
                terminates, false);
    }

    /** The words (as cue keys) that join a list's last item to it; the cue scopes read lists with them too. */
    static final Set<String> COORDINATORS = Set.of("and", "or", "nor", "&");

    public ContextRule {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("context rule without an id (literal '" + literal + "')");
        }
        if (category == null) {
            throw fail(id, "has no category");
        }
        if (direction == null) {
            throw fail(id, "has no direction");
        }
        if (literal == null || literal.isBlank()) {
            throw fail(id, "has a blank literal");
        }
        pattern = List.copyOf(pattern);
        allowedCodes = List.copyOf(allowedCodes);
        excludedCodes = List.copyOf(excludedCodes);
        terminatedBy = terminatedBy.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(terminatedBy));
        terminates = terminates.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(terminates));
        sparesSubject = sparesSubject.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sparesSubject));
        onlyAfter = Set.copyOf(onlyAfter);
        boolean scoped = category.modifies();
        if ((category == ContextCategory.PSEUDO) != (direction == CueDirection.PSEUDO)
                || (category == ContextCategory.TERMINATE) != (direction == CueDirection.TERMINATE)) {
            throw fail(id, "has category " + category + " but direction " + direction);
        }
        if (direction == CueDirection.SELF && (maxScope.isPresent() || !terminatedBy.isEmpty() || withinClause)) {
            throw fail(id, "is a finding's own word (SELF) and so cannot have a scope, terminated_by or within_clause");
        }
        if (maxScope.isPresent() && maxScope.getAsInt() <= 0) {
            throw fail(id, "has max_scope " + maxScope.getAsInt() + "; it must be positive");
        }
        if (!scoped && (maxScope.isPresent() || !allowedCodes.isEmpty() || !excludedCodes.isEmpty()
                || !terminatedBy.isEmpty() || withinClause)) {
            throw fail(id, "is " + category + " and so cannot have a scope, code filters, terminated_by or within_clause");
        }
        if (!allowedCodes.isEmpty() && !excludedCodes.isEmpty()) {
            throw fail(id, "has both allowed and excluded codes");
        }
        if (!terminates.isEmpty() && category != ContextCategory.TERMINATE) {
            throw fail(id, "lists 'terminates' but is not a TERMINATE rule");
        }
        if (!sparesSubject.isEmpty() && category != ContextCategory.TERMINATE) {
            throw fail(id, "lists 'spares_subject' but is not a TERMINATE rule");
        }
        if (deniedByNegation && (category != ContextCategory.UNCERTAIN || !direction.forward())) {
            throw fail(id, "is 'denied_by_negation' but is not a forward UNCERTAIN rule");
        }
        if (yieldsToHedge && (category != ContextCategory.HYPOTHETICAL || !direction.forward())) {
            throw fail(id, "is 'yields_to_hedge' but is not a forward HYPOTHETICAL rule");
        }
        if (afterCoordinatedItem && category != ContextCategory.TERMINATE) {
            throw fail(id, "is 'after_coordinated_item' but is not a TERMINATE rule");
        }
        if (semicolonItems && (!scoped || !direction.forward())) {
            throw fail(id, "is 'semicolon_items' but reads no forward scope");
        }
        if (hidesElsewhere && allowedCodes.isEmpty() && excludedCodes.isEmpty()) {
            throw fail(id, "is 'hides_elsewhere' but has no code filters");
        }
        if (listBefore && !direction.backward()) {
            throw fail(id, "reads no backward scope and so cannot have 'list_before'");
        }
        // a PSEUDO cue with only_after words hides the cues inside it only where one of them stands before it
        if (!onlyAfter.isEmpty() && !scoped && category != ContextCategory.TERMINATE
                && category != ContextCategory.PSEUDO) {
            throw fail(id, "is " + category + " and so cannot have 'only_after' words");
        }
        for (String w : onlyAfter) {
            if (w.isBlank() || !w.equals(w.toLowerCase(Locale.ROOT))) {
                throw fail(id, "has an 'only_after' word '" + w + "' that is blank or not lowercase");
            }
        }
        for (ContextCategory c : union(terminatedBy, terminates)) {
            if (!c.modifies() && c != ContextCategory.TERMINATE) {
                throw fail(id, "cannot be terminated by or terminate " + c);
            }
        }
        for (String p : pattern) {
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw fail(id, "has a bad token pattern '" + p + "': " + e.getDescription());
            }
        }
    }

    /** A plain literal rule with the file defaults. */
    public static ContextRule of(String id, ContextCategory category, String literal, CueDirection direction) {
        return new ContextRule(id, category, literal, List.of(), direction, OptionalInt.empty(), List.of(),
                List.of(), Set.of(), Set.of());
    }

    /** Parses a category name as written in the file ("negated" or "NEGATED"). */
    public static ContextCategory category(String id, String name) {
        try {
            return ContextCategory.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw fail(id, "has unknown category '" + name + "'");
        }
    }

    /** Parses a direction name as written in the file. */
    public static CueDirection direction(String id, String name) {
        try {
            return CueDirection.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw fail(id, "has unknown direction '" + name + "'");
        }
    }

    /**
     * Whether this rule may modify a mention with these codes (no codes known: yes, unless the rule is kept to
     * some codes and {@link #hidesElsewhere} elsewhere, or kept to habit, status and drug codes:
     * {@link #keptToWordCodes}).
     */
    public boolean appliesTo(List<String> codes) {
        if (codes.isEmpty()) {
            // a rule that reads as a PSEUDO cue outside its allowed codes gives a mention with no codes that
            // reading: it is in no allowed set ("came in with a history of gagging" is the complaint now); nor does
            // a rule kept to habit, status and long-term drug codes reach it: those are read from the mention's own
            // words, so a mention without codes is none of them ("was told to quit" is about a habit, not about a
            // mass the patient "was told to have"), while a finding's code may still come from the Index later
            return allowedCodes.isEmpty() || !hidesElsewhere && !keptToWordCodes();
        }
        List<String> prefixes = allowedCodes.isEmpty() ? excludedCodes : allowedCodes;
        for (String code : codes) {   // loops, not streams: asked for every mention by every rule
            if (startsWithAny(code, prefixes)) {
                return !allowedCodes.isEmpty();   // one allowed code will do; one excluded code is enough to refuse
            }
        }
        return allowedCodes.isEmpty();
    }

    /**
     * Whether every allowed code is a habit, status or long-term drug code (Z..., substance use F10-F19): codes a
     * mention carries from its own words when it is found, never ones its finding gains later through the Index.
     */
    public boolean keptToWordCodes() {
        if (allowedCodes.isEmpty()) {
            return false;
        }
        for (String p : allowedCodes) {
            if (!p.startsWith("Z") && !p.startsWith("F1")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the cue is there at all for a mention with these codes: a rule that applies to them, or one that
     * {@link #hidesElsewhere} (read as a PSEUDO cue for the mentions outside its codes).
     */
    public boolean presentFor(List<String> codes) {
        return hidesElsewhere || allowedCodes.isEmpty() && excludedCodes.isEmpty() || appliesTo(codes);
    }

    /**
     * This rule kept to the given codes (another rule's allowed codes), under its id followed by {@code suffix}: a
     * cue read where its own rule does not limit it, such as a date carried to a later sentence, reaches fewer
     * conditions there.
     */
    public ContextRule limitedTo(String suffix, List<String> codes) {
        return new ContextRule(id + suffix, category, literal, pattern, direction, maxScope, codes, excludedCodes,
                terminatedBy, terminates, withinClause, sparesSubject, deniedByNegation, onlyAfter, listBefore,
                yieldsToHedge, afterCoordinatedItem, semicolonItems, hidesElsewhere);
    }

    /** Whether the rule has code filters and so may be absent for some mentions ({@link #presentFor}). */
    public boolean codeLimited() {
        return !hidesElsewhere && (!allowedCodes.isEmpty() || !excludedCodes.isEmpty());
    }

    /**
     * Whether the cue counts where it was found: a rule with {@code onlyAfter} words needs one of them among the
     * sentence's keys before the cue.
     */
    public boolean countsAfter(String[] keys, int sentenceFirst, int cueFirst) {
        if (onlyAfter.isEmpty()) {
            return true;
        }
        for (int t = sentenceFirst; t < cueFirst; t++) {
            if (onlyAfter.contains(keys[t])) {
                return true;
            }
        }
        return false;
    }

    /** Whether a TERMINATE rule ends the scope of cues of this category. */
    public boolean terminates(ContextCategory c) {
        return category == ContextCategory.TERMINATE && (terminates.isEmpty() || terminates.contains(c));
    }

    /**
     * Whether this rule, found at {@code stop}, may end the scope of a cue ending at {@code from}: always, unless it
     * is read only {@code afterCoordinatedItem}; then the nearest comma or coordinator before it, after the cue,
     * must be a coordinator ("no rash or bruising, pale skin": the list was closed by "or").
     */
    public boolean endsScopeFrom(String[] keys, int from, int stop) {
        if (!afterCoordinatedItem) {
            return true;
        }
        for (int j = stop - 1; j >= from; j--) {
            String k = keys[j];
            if (",".equals(k)) {
                return false;
            }
            if (COORDINATORS.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a TERMINATE rule leaves the scope of a cue of this category that is its sentence's subject. */
    public boolean sparesSubject(ContextCategory c) {
        return sparesSubject.contains(c);
    }

    private static Set<ContextCategory> union(Set<ContextCategory> a, Set<ContextCategory> b) {
        EnumSet<ContextCategory> u = EnumSet.noneOf(ContextCategory.class);
        u.addAll(a);
        u.addAll(b);
        return u;
    }

    private static IllegalArgumentException fail(String id, String problem) {
        return new IllegalArgumentException("context rule " + id + " " + problem);
    }
}
