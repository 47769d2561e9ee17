package org.opencac.engine;

import java.util.List;
import java.util.Objects;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.note.Note;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.section.Section;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.suggest.DocumentationQuery;
import org.opencac.engine.suggest.MentionOutcome;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;

/**
 * A note and the layers the stages have added to it, in pipeline order. Immutable: each stage returns
 * a copy with its own layer filled in and never touches the layers before it.
 */
public record Document(Note note, List<Section> sections, List<Sentence> sentences, List<Token> tokens,
                       List<Mention> mentions, List<Assertion> assertions, List<CodeCandidate> candidates,
                       List<Suggestion> suggestions, List<DocumentationQuery> queries,
                       List<MentionDecision> decisions, List<MentionOutcome> outcomes) {

    public Document {
        Objects.requireNonNull(note, "note");
        sections = List.copyOf(sections);
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        assertions = List.copyOf(assertions);
        candidates = List.copyOf(candidates);
        suggestions = List.copyOf(suggestions);
        queries = List.copyOf(queries);
        decisions = List.copyOf(decisions);
        outcomes = List.copyOf(outcomes);
    }

    public static Document of(Note note) {
        return new Document(note, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    public String text() {
        return note.text();
    }

    public Document withSections(List<Section> s) {
        return new Document(note, s, sentences, tokens, mentions, assertions, candidates, suggestions,
                queries, decisions, outcomes);
    }

    public Document withSentencesAndTokens(List<Sentence> s, List<Token> t) {
        return new Document(note, sections, s, t, mentions, assertions, candidates, suggestions,
                queries, decisions, outcomes);
    }

    public Document withMentions(List<Mention> m) {
        return new Document(note, sections, sentences, tokens, m, assertions, candidates, suggestions,
                queries, decisions, outcomes);
    }

    public Document withAssertions(List<Assertion> a) {
        return new Document(note, sections, sentences, tokens, mentions, a, candidates, suggestions,
                queries, decisions, outcomes);
    }

    public Document withCandidates(List<CodeCandidate> c) {
        return new Document(note, sections, sentences, tokens, mentions, assertions, c, suggestions,
                queries, decisions, outcomes);
    }

    public Document withSuggestions(List<Suggestion> s) {
        return new Document(note, sections, sentences, tokens, mentions, assertions, candidates, s,
                queries, decisions, outcomes);
    }

    public Document withQueries(List<DocumentationQuery> q) {
        return new Document(note, sections, sentences, tokens, mentions, assertions, candidates, suggestions, q,
                decisions, outcomes);
    }

    /** Adds decisions about mentions not coded as the patient's condition (appended to those already made). */
    public Document withDecisions(List<MentionDecision> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<MentionDecision> all = new java.util.ArrayList<>(decisions);
        all.addAll(more);
        return new Document(note, sections, sentences, tokens, mentions, assertions, candidates, suggestions, queries,
                all, outcomes);
    }

    public Document withOutcomes(List<MentionOutcome> o) {
        return new Document(note, sections, sentences, tokens, mentions, assertions, candidates, suggestions, queries,
                decisions, o);
    }

    /** The section a sentence lies in. */
    public Section sectionOf(Sentence sentence) {
        return sections.get(sentence.sectionIndex());
    }

    /** The type of the section the mention at {@code mentionIndex} lies in. */
    public SectionType sectionTypeOf(int mentionIndex) {
        return sectionOf(sentences.get(mentions.get(mentionIndex).sentenceIndex())).type();
    }

    /** The assertion of a mention (present if the assertion stage has not run). */
    public Assertion assertionOf(int mentionIndex) {
        if (mentionIndex >= 0 && mentionIndex < assertions.size()
                && assertions.get(mentionIndex).mentionIndex() == mentionIndex) {
            return assertions.get(mentionIndex); // the assertion stage emits one per mention, in order
        }
        for (Assertion a : assertions) {
            if (a.mentionIndex() == mentionIndex) {
                return a;
            }
        }
        return Assertion.present(mentionIndex);
    }
}
