package org.opencac.engine.assertion;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.lexicon.Term;

/**
 * ConText (Harkema et al. 2009, as in medspaCy): decides for every mention whether it is negated,
 * uncertain, hypothetical, historical or a family member's. Cues come from {@link ContextRules}; each cue
 * modifies the mentions in its scope within the sentence, and the mention's section adds its categories
 * (family_history gives FAMILY). Emits exactly one {@link Assertion} per mention, in mention order.
 */
public final class AssertionDetector implements Stage {
    /** The prefix of the cue recorded when a mention's section sets a category, e.g. "section:historical". */
    public static final String SECTION_CUE = "section:";

    private final ContextRules rules;
    private final CueMatcher matcher;

    public AssertionDetector(ContextRules rules) {
        this.rules = rules;
        this.matcher = new CueMatcher(rules);
    }

    /** The detector with the bundled {@code context_rules.json}. */
    public static AssertionDetector standard() {
        return new AssertionDetector(ContextRules.standard());
    }

    @Override
    public Document process(Document doc) {
        List<Mention> mentions = doc.mentions();
        List<Token> tokens = doc.tokens();
        String[] keys = new String[tokens.size()];
        List<Assertion> out = new ArrayList<>(mentions.size());
        int cachedSentence = -1;
        List<CueScope> scopes = List.of();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.sentenceIndex() < 0 || m.sentenceIndex() >= doc.sentences().size()) {
                out.add(Assertion.present(i));
                continue;
            }
            Sentence s = doc.sentences().get(m.sentenceIndex());
            if (m.sentenceIndex() != cachedSentence) {
                scopes = scopes(s, tokens, keys);
                cachedSentence = m.sentenceIndex();
            }
            out.add(assess(i, m, sectionCategories(doc, s), scopes));
        }
        return doc.withAssertions(out);
    }

    /** True if the cue is a section's (the mention's section set the category), not a cue rule's. */
    public static boolean isSectionCue(String cue) {
        return cue.startsWith(SECTION_CUE);
    }

    private Assertion assess(int index, Mention m, Set<ContextCategory> sectionCategories, List<CueScope> scopes) {
        AssertionBuilder b = new AssertionBuilder();
        for (ContextCategory c : sectionCategories) {
            b.add(c, SECTION_CUE + c.name().toLowerCase(java.util.Locale.ROOT));
        }
        List<String> codes = null;
        for (CueScope scope : scopes) {
            if (scope.covers(m)) {
                ContextRule r = scope.match().cue().rule();
                if (codes == null) {
                    codes = m.candidateTerms().stream().map(Term::code).toList();
                }
                if (r.appliesTo(codes)) {
                    b.add(r.category(), r.id());
                }
            }
        }
        return b.build(index);
    }

    private List<CueScope> scopes(Sentence s, List<Token> tokens, String[] keys) {
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            keys[t] = CueMatcher.key(tokens.get(t).text());
        }
        List<CueMatch> cues = matcher.find(keys, s.firstToken(), s.endToken());
        List<CueScope> scopes = new ArrayList<>(cues.size());
        for (CueMatch c : cues) {
            if (c.cue().rule().category().modifies()) {
                scopes.add(CueScope.of(c, cues, tokens, keys, s.firstToken(), s.endToken(), rules.listItemWords(),
                        rules.aside()));
            }
        }
        return scopes;
    }

    private Set<ContextCategory> sectionCategories(Document doc, Sentence s) {
        if (s.sectionIndex() < 0 || s.sectionIndex() >= doc.sections().size()) {
            return Set.of();
        }
        return rules.sectionCategories().getOrDefault(doc.sectionOf(s).category(), Set.of());
    }
}
