package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.mention.Organisms;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.InstructionalNote;
import org.opencac.models.codeset.NoteType;
import org.opencac.models.lexicon.Lexicon;
import org.opencac.models.lexicon.Term;

/**
 * The infectious agent (B95-B97), which ICD-10-CM provides "as the cause of diseases classified elsewhere":
 * <ul>
 * <li>When a coded condition outside chapter 1 names its organism inside its own words ("E. coli urinary
 * tract infection" matched as one phrase, "H. pylori gastritis"), the organism's B95-B97 code is added
 * beside it, citing the condition's "use additional code (B95-B97)" note when the Tabular has one.</li>
 * <li>When a condition coded in the same sentence is a combination code whose title already names the
 * organism ("Pneumonia due to Pseudomonas" J15.1, "Sepsis due to Escherichia coli" A41.51), the organism's
 * B95-B97 code is not reported from that sentence: the combination code identifies the agent.</li>
 * <li>An infection "of unspecified site" by an organism (A49, "MRSA") is not reported when the same sentence
 * codes the infection's site: a combination code that names the organism ("Pneumonia due to MRSA" J15.212)
 * identifies it, and beside a condition whose Tabular asks for the agent ("use additional code (B95-B97)":
 * "MRSA cellulitis" L03.116) the organism becomes its B95-B97 code (B95.62).</li>
 * </ul>
 */
public final class InfectiousAgentCheck implements Stage {

    private final CodeSet codeSet;
    private final Lexicon lexicon;
    /** Each organism a B95-B97 title names, with its code ("methicillin resistant staphylococcus aureus" B95.62). */
    private final Map<String, Code> agentByOrganism = new HashMap<>();

    public InfectiousAgentCheck(CodeSet codeSet, Lexicon lexicon) {
        this.codeSet = codeSet;
        this.lexicon = lexicon;
        for (String category : List.of("B95", "B96", "B97")) {
            for (Code agent : codeSet.billableDescendants(category)) {
                String organism = organism(agent.title());
                if (!organism.isEmpty()) {
                    agentByOrganism.putIfAbsent(organism, agent);
                }
            }
        }
    }

    static boolean isAgent(String code) {
        return Organisms.isAgent(code);
    }

    /** The category of a bacterial infection of unspecified site ("MRSA infection", A49.02). */
    private static final String UNSPECIFIED_SITE_INFECTION = "A49";

    /** Whether a code is a bacterial infection of unspecified site (A49): the site, if coded, identifies it. */
    private static boolean isUnspecifiedSiteInfection(String code) {
        return code.startsWith(UNSPECIFIED_SITE_INFECTION);
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> in = doc.candidates();
        List<CodeCandidate> out = new ArrayList<>();
        List<MentionDecision> decisions = new ArrayList<>();
        for (CodeCandidate c : in) {
            if (isUnspecifiedSiteInfection(c.code())) {
                out.addAll(atKnownSite(doc, in, c, decisions));
                continue;
            }
            if (!isAgent(c.code())) {
                out.add(c);
                continue;
            }
            String organism = organism(c.title());
            List<Integer> kept = new ArrayList<>();
            for (int m : c.mentions()) {
                int sentence = doc.mentions().get(m).sentenceIndex();
                Optional<CodeCandidate> combination = organism.isEmpty() ? Optional.empty()
                        : namingInSentence(doc, in, sentence, organism);
                if (combination.isEmpty() && !organism.isEmpty()) {
                    int agentMention = m;
                    combination = namingInNote(in, organism)
                            .filter(named -> !agentOfAnotherCondition(doc, in, agentMention, c.code(), named));
                }
                if (combination.isPresent()) {
                    decisions.add(new MentionDecision(m, NotCodedReason.COMBINED, "infectious agent identified by "
                            + combination.get().code() + " (" + combination.get().title() + ")", combination.get().code()));
                } else {
                    kept.add(m);
                }
            }
            if (!kept.isEmpty()) {
                out.add(kept.size() == c.mentions().size() ? c
                        : new CodeCandidate(c.code(), c.title(), c.score(), kept, c.rationale(), c.alternatives()));
            }
        }
        List<CodeCandidate> all = new ArrayList<>();
        boolean added = false;
        for (CodeCandidate c : out) {
            all.add(c);
            if (isAgent(c.code()) || c.code().charAt(0) == 'A' || c.code().charAt(0) == 'B') {
                continue;
            }
            for (int m : c.mentions()) {
                Mention mention = doc.mentions().get(m);
                for (Code agent : agentsNamedIn(doc, mention)) {
                    String organism = organism(agent.title());
                    if (!organism.isEmpty() && names(c.title(), organism)) {
                        continue;
                    }
                    InstructionalNote note = additionalNote(c.code(), agent.code());
                    String why = "Infectious agent: " + agent.code() + " named in \"" + mention.text() + "\" (" + c.code() + ")"
                            + because(note);
                    all.add(new CodeCandidate(agent.code(), agent.title(), c.score(), List.of(m), List.of(why)));
                    added = true;
                }
            }
        }
        if (!added && decisions.isEmpty() && out.equals(in)) {
            return doc;
        }
        return doc.withCandidates(Candidates.mergeSameCode(all)).withDecisions(decisions);
    }

    /**
     * An A49 candidate ("infection, unspecified site") where each of its sentences codes the infection's site:
     * nothing when a combination code there names the organism, the organism's B95-B97 code when a condition
     * there asks for the agent by a "use additional code" note; the candidate itself, for its other sentences.
     */
    private List<CodeCandidate> atKnownSite(Document doc, List<CodeCandidate> in, CodeCandidate c,
            List<MentionDecision> decisions) {
        String organism = organism(c.title());
        if (organism.isEmpty()) {
            return List.of(c);
        }
        Code agent = agentByOrganism.get(organism);
        List<Integer> kept = new ArrayList<>();
        List<Integer> asAgent = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (int m : c.mentions()) {
            int sentence = doc.mentions().get(m).sentenceIndex();
            Optional<CodeCandidate> combination = namingInSentence(doc, in, sentence, organism);
            Optional<CodeCandidate> site = agent == null ? Optional.empty() : siteInSentence(doc, in, m, agent);
            if (combination.isPresent()) {
                decisions.add(new MentionDecision(m, NotCodedReason.COMBINED, "infectious agent identified by "
                        + combination.get().code() + " (" + combination.get().title() + ")", combination.get().code()));
            } else if (site.isPresent()) {
                asAgent.add(m);
                InstructionalNote note = additionalNote(site.get().code(), agent.code());
                why.add("Infectious agent: the site of the " + c.code() + " infection is coded (" + site.get().code()
                        + "), so the organism is " + agent.code() + because(note));
            } else {
                kept.add(m);
            }
        }
        List<CodeCandidate> result = new ArrayList<>();
        if (!kept.isEmpty()) {
            result.add(kept.size() == c.mentions().size() ? c
                    : new CodeCandidate(c.code(), c.title(), c.score(), kept, c.rationale(), c.alternatives()));
        }
        if (!asAgent.isEmpty()) {
            result.add(new CodeCandidate(agent.code(), agent.title(), c.score(), asAgent, why));
        }
        return result;
    }

    /**
     * Another candidate of the organism mention's sentence, outside chapter 1, that the organism is the agent of:
     * its "use additional code" note asks for the agent, or the organism stands right before it ("MRSA bacteremia").
     */
    private Optional<CodeCandidate> siteInSentence(Document doc, List<CodeCandidate> all, int organismMention, Code agent) {
        Mention organism = doc.mentions().get(organismMention);
        return firstInSentence(doc, all, organism.sentenceIndex(),
                other -> other.code().charAt(0) != 'A' && other.code().charAt(0) != 'B',
                (other, site) -> site.firstToken() == organism.endToken()
                        || additionalNote(other.code(), agent.code()) != null);
    }

    /** The organism words of a B95-B97 title ({@link Organisms#named}). */
    static String organism(String title) {
        return Organisms.named(title);
    }

    private static boolean names(String title, String organism) {
        return Pattern.compile("\\b" + Pattern.quote(organism) + "\\b").matcher(title.toLowerCase(Locale.ROOT)).find();
    }

    /** Another candidate of the same sentence, not itself an agent code, whose title names the organism. */
    private static Optional<CodeCandidate> namingInSentence(Document doc, List<CodeCandidate> all, int sentence, String organism) {
        return firstInSentence(doc, all, sentence,
                other -> !isAgent(other.code()) && !isUnspecifiedSiteInfection(other.code()) && names(other.title(), organism),
                (other, mention) -> true);
    }

    /**
     * A candidate anywhere in the note, not itself an agent code, whose title names the organism: the agent
     * of a sentence that codes no other condition (a test result, "the rapid antigen was positive") is that
     * combination code's organism, not a cause of another disease.
     */
    private static Optional<CodeCandidate> namingInNote(List<CodeCandidate> all, String organism) {
        return all.stream()
                .filter(other -> !isAgent(other.code()) && !isUnspecifiedSiteInfection(other.code()) && names(other.title(), organism))
                .findFirst();
    }

    /**
     * True when a condition coded in the agent mention's sentence, outside the category of {@code named}, may
     * have the agent as its cause: its "use additional code" note asks for the agent, or the organism stands
     * right before it ("MRSA bacteremia"). A sentence that tells only the named condition, a test result ("RSV
     * antigen positive") or a finding that takes no agent (atelectasis) leaves the agent to {@code named}.
     */
    private boolean agentOfAnotherCondition(Document doc, List<CodeCandidate> all, int agentMention, String agent,
            CodeCandidate named) {
        Mention organism = doc.mentions().get(agentMention);
        String category = named.code().substring(0, 3);
        return firstInSentence(doc, all, organism.sentenceIndex(),
                other -> !isAgent(other.code()) && !other.code().startsWith(category),
                (other, site) -> site.firstToken() == organism.endToken()
                        || additionalNote(other.code(), agent) != null).isPresent();
    }

    /** The first candidate that {@code which} takes with a mention in {@code sentence} that {@code where} takes. */
    private static Optional<CodeCandidate> firstInSentence(Document doc, List<CodeCandidate> all, int sentence,
            Predicate<CodeCandidate> which, BiPredicate<CodeCandidate, Mention> where) {
        for (CodeCandidate other : all) {
            if (!which.test(other)) {
                continue;
            }
            for (int m : other.mentions()) {
                Mention mention = doc.mentions().get(m);
                if (mention.sentenceIndex() == sentence && where.test(other, mention)) {
                    return Optional.of(other);
                }
            }
        }
        return Optional.empty();
    }

    /** B95-B97 codes whose lexicon terms are word runs inside the mention ("e coli" in "E. coli urinary tract infection"). */
    private List<Code> agentsNamedIn(Document doc, Mention mention) {
        List<Code> out = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        for (int i = mention.firstToken(); i < mention.endToken(); i++) {
            StringBuilder key = new StringBuilder();
            int hash = 0;   // the hash of the key's words so far, as their string would have it
            int words = 0;
            for (int j = i; j < mention.endToken(); j++) {
                String w = tokens.get(j).norm();
                if (w.isEmpty()) {
                    continue;
                }
                if (tokens.get(i).norm().isEmpty()) {
                    break;
                }
                hash = words++ == 0 ? w.hashCode() : Lexicon.extendedHash(hash, w);
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(w);
                if (i == mention.firstToken() && j == mention.endToken() - 1) {
                    break;   // the whole mention is the condition, not an organism inside it
                }
                // the key filter's "no" is exact: no string is made for a run that is no key, and a run that
                // begins no key ends the search (a wrong "maybe" reads one more word, whose look-up is exact;
                // beyond the runs every key's first words make, the prefix set is asked)
                int flags = lexicon.filterFlags(hash);
                if (Lexicon.mayBeKey(flags)) {
                    for (Term t : lexicon.lookup(key.toString(), flags)) {
                        if (isAgent(t.code()) && !hasCode(out, t.code())) {
                            codeSet.get(t.code()).filter(Code::billable).ifPresent(out::add);
                        }
                    }
                }
                if (!Lexicon.mayBePrefix(flags)
                        || words >= Lexicon.MAX_MATCH_WORDS - 1 && !lexicon.isPrefix(key.toString())) {
                    break;
                }
            }
        }
        return out;
    }

    private static boolean hasCode(List<Code> codes, String code) {
        for (int k = 0; k < codes.size(); k++) {
            if (codes.get(k).code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** Why an agent code is reported: the condition's "use additional code" note, else the guideline. */
    private static String because(InstructionalNote note) {
        return note != null ? "; use additional code note at " + note.sourceCode() + ": \"" + note.text() + "\""
                : "; B95-B97 identify the agent of a disease classified elsewhere (Guidelines I.C.1.b)";
    }

    private InstructionalNote additionalNote(String code, String agent) {
        for (InstructionalNote n : codeSet.effectiveNotes(code, NoteType.USE_ADDITIONAL_CODE)) {
            if (n.refersTo(agent)) {
                return n;
            }
        }
        return null;
    }
}
