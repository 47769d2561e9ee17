package org.opencac.engine.coding;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.Sentence;

/**
 * A condition told in the present tense: a present verb right before its mention, or before one article and it
 * ("she has gout", "he has a hernia"). Listed in a past history section, such a condition is one the patient has
 * now, not a previous one (Guidelines III.B); "has had" puts its "had" between the verb and the condition, so it
 * is no present, nor is a verb after "to" or a modal ("found to have", "may have"). Data:
 * {@code present_tense_cues.tsv} (the verbs, the articles, the words a verb may not follow).
 */
public final class PresentTense {
    public static final String DATA = "/org/opencac/engine/coding/present_tense_cues.tsv";

    /** With the bundled verbs and articles. */
    public static final PresentTense STANDARD = standard();

    private final Set<String> verbs;
    private final Set<String> articles;
    private final Set<String> notAfter;

    public PresentTense(Set<String> verbs, Set<String> articles, Set<String> notAfter) {
        this.verbs = Set.copyOf(verbs);
        this.articles = Set.copyOf(articles);
        this.notAfter = Set.copyOf(notAfter);
    }

    private static PresentTense standard() {
        Map<String, Set<String>> kinds = DataFiles.kindSets(DATA, "verb", "article", "not_after");
        return new PresentTense(kinds.get("verb"), kinds.get("article"), kinds.get("not_after"));
    }

    /**
     * Whether a present verb of its sentence stands right before the mention, or before one article and it, and
     * follows no word that takes its present away ("to", "may").
     */
    public boolean tells(Document doc, Mention mention) {
        Sentence s = doc.sentences().get(mention.sentenceIndex());
        int verb = mention.firstToken() - 1;
        if (verb >= s.firstToken() && articles.contains(word(doc, verb))) {
            verb--;
        }
        return verb >= s.firstToken() && verbs.contains(word(doc, verb))
                && !(verb > s.firstToken() && notAfter.contains(word(doc, verb - 1)));
    }

    private static String word(Document doc, int t) {
        return doc.tokens().get(t).text().toLowerCase(Locale.ROOT);
    }
}
