package org.opencac.engine.mention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.opencac.engine.BoundedCache;
import org.opencac.engine.note.Span;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.ModelBundle;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.InstructionalNote;
import org.opencac.models.codeset.NoteType;
import org.opencac.models.codeset.SeventhCharacter;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;
import org.opencac.models.codeset.icd10cm.IndexTerm;
import org.opencac.models.index.CodeHit;
import org.opencac.models.index.CodeIndex;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermNormalizer;
import org.opencac.models.lexicon.TermSource;

/**
 * Injuries by type, site, laterality and encounter (Guidelines I.C.19): an injury word with site words
 * near it in the same sentence is looked up in the injury chapter, requiring the type, each site word
 * and the laterality, preferring the Guidelines' defaults for detail the note does not give. Rules and
 * vocabulary: {@code injury_patterns.json}; site words are those of the chapter's own titles.
 */
public final class InjuryFinder {
    public static final String RESOURCE = "/org/opencac/engine/mention/injury_patterns.json";

    /** One injury type: note words, the Tabular's word and default detail. */
    record InjuryType(String id, Set<String> words, String title, String preferred) {
    }

    private final CodeIndex index;
    private final JsonNode rules;
    /** The encounter rules' cues (read at load, not from the rules for each sentence), rule by rule in order. */
    private final String[][] encounterCues;
    /** The seventh character each encounter rule of {@link #encounterCues} gives. */
    private final char[] encounterCharacters;
    private final CodeSet codeSet;
    /**
     * The Alphabetic Index main term an injury type is read under ("Fracture, traumatic"), by type id: a clause
     * whose site words all name a path of it is coded at the path's code, as a coder reads the Index.
     */
    private final Map<String, IndexTerm> indexMains = new HashMap<>();
    /** Words an Index subterm prints that a note leaves out ("end" of "proximal end", "distal end"). */
    private final Set<String> impliedIndexWords = new HashSet<>();
    /** Words of the main term's subterms that name no site or kind of injury ("with", "left", "injury"). */
    private final Set<String> indexFillerWords = new HashSet<>();
    /** Words of a Tabular inclusion term that name no kind of its own ("NOS"), as read by {@link #byInclusionTerm}. */
    private final Set<String> inclusionTermFillers = new HashSet<>();
    /** Plural injury or site words that say several were injured (the Index's "multiple"). */
    private final Set<String> pluralWords = new HashSet<>();
    /** Code prefixes of the symptoms whose phrase names where they are felt, not an injury's site. */
    private final List<String> symptomCodes = new ArrayList<>();
    private static final String MULTIPLE = "multiple";
    /** The words of each main term's subterms, by injury type (built when first asked). */
    private final ConcurrentHashMap<String, Set<String>> indexVocabulary =
            new ConcurrentHashMap<>();
    /** The title forms of each subterm a walk has met ({@link #taken}); bounded by the main terms' subtrees. */
    /** Per injury type, the site words only the Index reads under its main term ({@link #indexOnlySites}). */
    private final ConcurrentHashMap<String, Set<String>> indexOnlySites = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<IndexTerm, List<TitleForm>> titleForms = new ConcurrentHashMap<>();
    /** From the first parenthesis of a subterm's title to its end (a nonessential modifier or a note). */
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\(.*");
    /** The dash and dot that end a printed Index code of a subcategory ("S52.9-"). */
    private static final Pattern PRINTED_DASH = Pattern.compile("[-.]+$");
    private final Map<String, InjuryType> typeByWord = new LinkedHashMap<>();
    /** The ASCII characters some injury word starts with, so that most tokens are never lower-cased. */
    private final boolean[] startsTypeWord = new boolean[128];
    /** The lengths of the injury words: a token of another length is none, but for a letter I with a dot above. */
    private final BitSet typeWordLengths = new BitSet();
    private final Map<String, String> siteSynonyms = new LinkedHashMap<>();
    /** {@link #siteSynonyms} as the clause is rewritten with them, in their order, each word with a space either side. */
    private final List<Synonym> paddedSiteSynonyms = new ArrayList<>();
    /**
     * Site synonyms of one injury type only, by type id ("hip" is the neck of the femur for a fracture), each word
     * with a space either side.
     */
    private final Map<String, List<Synonym>> typeSiteSynonyms = new HashMap<>();
    /** A bone's word (spaced) the Index reads at one region: the region's word written after it (spaced). */
    private final Map<String, String> defaultRegions = new LinkedHashMap<>();
    /** A bone's word (spaced) of {@link #defaultRegions}: the other regions' words (spaced) that keep it as written. */
    private final Map<String, List<String>> defaultRegionsUnless = new HashMap<>();
    /** The word that makes a fracture open, and the 7th character an open fracture takes for each closed one. */
    private final String openWord;
    private final Map<Character, Character> openEncounters = new HashMap<>();
    /** "open reduction": "open" before these words names the operation, not the fracture (kept as " open w "). */
    private final List<String> openOperations = new ArrayList<>();
    /**
     * Gustilo grades of an open fracture (" iiib ") and the two phrases of the 7th-character meanings that tell
     * the grades apart where a category's table does ("open fracture type I or II" / "type IIIA, IIIB, or IIIC").
     */
    private final List<String> openSevereGrades = new ArrayList<>();
    private final String openMildMeaning;
    private final String openSevereMeaning;
    private final Set<String> siteWords = new HashSet<>();
    /**
     * Clause words that make the injury a disease of the bone (a pathological fracture): no lookup. Kept with a
     * space either side, as the clause is searched for them.
     */
    private final Set<String> notTrauma = new HashSet<>();
    /** Site words of the titles that describe the injury or a vague place, not a site of their own. */
    private final Set<String> descriptors = new HashSet<>();
    /** Site words of the titles that name a structure found all over the body ("bone"): no site alone. */
    private final Set<String> structures = new HashSet<>();
    /**
     * Words of a grade or type of a classification ("type III", "grade 2", "Gustilo II"): required of a title that
     * prints the classification (open fracture type IIIA), dropped when no title of the site does.
     */
    private final Set<String> classificationWords = new HashSet<>();
    /** Numbers that count the injuries right before their plural noun ("two facial fractures"), by analyzed word. */
    private final Set<String> countWords = new HashSet<>();
    /** The fracture patterns of the documented details ("comminuted"): a site whose titles print none is coded without. */
    private final Set<String> patternWords = new HashSet<>();
    /** The same numbers as written, for the clause's text. */
    private final List<String> countTexts = new ArrayList<>();
    /** The analyzed words of a digit ({@code digitWords}): a title naming one is taken only for a clause naming one. */
    private final Set<String> digitWords = new HashSet<>();
    /** A digit's words as written ({@code digitWords}), which {@link #unnamedDigit} reads in the clause. */
    private final Set<String> writtenDigitWords = new HashSet<>();
    /** Words that tell which digit ("great", "lesser", "index", "second"): a clause writing none names no kind. */
    private final Set<String> digitKindWords = new HashSet<>();
    private final ConcurrentHashMap<String, Boolean> titleNamesDigit = new ConcurrentHashMap<>();
    private final List<String> detail = new ArrayList<>();
    /** The words of {@link #detail} in its order, each with a space either side, as the clause is searched for them. */
    private final List<String> paddedDetail = new ArrayList<>();
    /** Words that end the clause before an injury word: a site before "no fracture" is not its site. */
    private final Set<String> clauseBreaks = new HashSet<>();
    /**
     * Articles and prepositions the window after an injury word does not count ("fracture of the neck of the left
     * humerus" reaches the bone as "fracture of neck of left humerus" does), lower case.
     */
    private final Set<String> uncountedWords = new HashSet<>();
    /**
     * Nouns of an operation on the injury ("fixation", "reduction"): the window's words before one of them, ahead of
     * the injury word, describe the operation ("open reduction internal fixation of ..."), not the injury's site.
     */
    private final Set<String> operationNouns = new HashSet<>();
    /** Words that join a second injury to the first ("with"), lower case. */
    private final Set<String> companionLinks = new HashSet<>();
    /** Nouns of a second injury written after a link ("with associated epidural hematoma"), lower case. */
    private final Set<String> companionNouns = new HashSet<>();
    /** How many words after a link a companion injury's noun may stand. */
    private final int companionReach;
    /** The side an injury linked to a sided head injury takes from it ("right wrist laceration with ..."). */
    private final LinkedInjurySide linkedSide;
    private final int window;
    private final String firstCategory;
    private final String lastCategory;
    /** The injury chapter as a search filter, built once. */
    private final CodeIndex.CategoryRange chapter;
    /** Note words analyzed as the index analyzes them, each word once. */
    private final AnalyzedWords noteWords;
    /**
     * Searches by (required words, preferred words, encounter): many notes write the same injury
     * ("closed fracture of the left femur"), so a search is remembered; bounded, as the words come from notes.
     */
    private final BoundedCache<Search, CodeHit> searches = new BoundedCache<>(MAX_CACHED, this::search);
    /**
     * Codes of the chapter whose title names an eponym ("Maisonneuve's fracture"): a search by the note's generic
     * words ("fractures in the leg") never picks one unless the clause writes its eponym: code to the eponym.
     */
    private final Map<String, String> eponymCodes = new HashMap<>();
    /**
     * The eponyms of {@link #eponymCodes}, each once, as the clause is searched for them: the word, and the word and
     * its plural each with a space either side.
     */
    private final List<String[]> paddedEponyms = new ArrayList<>();
    /** The laterality words a search requires when the clause writes them, with a space either side. */
    private static final List<String[]> SIDES = List.of(new String[] {"left", " left "},
            new String[] {"right", " right "}, new String[] {"bilateral", " bilateral "});
    private static final int MAX_CACHED = 50_000;
    /** Compiled once: every injury word's clause is cleaned with it. */

    /**
     * One injury search: the words every hit must have, the words that add score, the encounter character, and
     * the eponyms the clause writes (lower case): codes titled with one of them may be picked.
     */
    private record Search(List<String> required, String preferred, char encounter, Set<String> eponyms) {
    }

    InjuryFinder(ModelBundle models, JsonNode rules) {
        this.index = models.index();
        this.rules = rules;
        JsonNode encounters = rules.path("encounters");
        this.encounterCues = new String[encounters.size()][];
        this.encounterCharacters = new char[encounters.size()];
        for (int e = 0; e < encounters.size(); e++) {
            JsonNode rule = encounters.get(e);
            List<String> cues = new ArrayList<>();
            rule.path("cues").forEach(cue -> cues.add(cue.asText()));
            encounterCues[e] = cues.toArray(String[]::new);
            encounterCharacters[e] = rule.path("character").asText("A").charAt(0);
        }
        this.codeSet = models.codeSet();
        this.window = rules.path("window").asInt(6);
        this.firstCategory = rules.path("firstCategory").asText();
        this.lastCategory = rules.path("lastCategory").asText();
        this.chapter = index.categoryRange(firstCategory, lastCategory);
        Set<String> rawWords = new HashSet<>();   // the words of the chapter's billable titles, analyzed below
        char firstHead = firstCategory.isEmpty() ? Character.MIN_VALUE : firstCategory.charAt(0);
        char lastHead = lastCategory.isEmpty() ? Character.MIN_VALUE : lastCategory.charAt(0);
        for (Code c : models.codeSet().all()) {
            // a code whose first character is outside the categories' is outside both tests below
            String code = c.code();
            if (!code.isEmpty() && (code.charAt(0) < firstHead || code.charAt(0) > lastHead)) {
                continue;
            }
            String cat = c.category();
            if (c.billable() && cat.compareTo(firstCategory) >= 0 && cat.compareTo(lastCategory) <= 0) {
                addLetterRuns(c.title().toLowerCase(Locale.ROOT), rawWords);
            }
            // the chapter's codes first: a title is searched for a possessive only in the chapter
            if (c.code().compareTo(firstCategory) < 0
                    || c.code().substring(0, Math.min(3, c.code().length())).compareTo(lastCategory) > 0) {
                continue;
            }
            int possessive = c.title().indexOf("'s ");
            if (possessive > 0) {
                String before = c.title().substring(0, possessive);
                eponymCodes.put(c.code(), before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
            }
        }
        for (String name : Set.copyOf(eponymCodes.values())) {
            paddedEponyms.add(new String[] {name, " " + name + " ", " " + name + "s "});
        }
        this.noteWords = new AnalyzedWords(index::analyze);
        for (JsonNode t : rules.path("types")) {
            Set<String> words = new HashSet<>();
            t.path("words").forEach(w -> words.add(w.asText().toLowerCase(Locale.ROOT)));
            InjuryType type = new InjuryType(t.path("id").asText(), words, t.path("title").asText(),
                    t.path("preferred").asText(""));
            if (type.id().isBlank() || type.title().isBlank() || words.isEmpty()) {
                throw new IllegalArgumentException(RESOURCE + ": injury type needs id, title and words: " + t);
            }
            words.forEach(w -> typeByWord.put(w, type));
            String mainTitle = t.path("indexMainTerm").asText("");
            if (!mainTitle.isBlank() && models.alphabeticIndex() != null) {
                String key = TermNormalizer.key(mainTitle.split(",")[0]);
                for (IndexTerm main : models.alphabeticIndex().mainTerms(key)) {
                    if (TRAILING_PARENTHESIS.matcher(AlphabeticIndex.termText(main.title())).replaceAll("")
                            .trim().equalsIgnoreCase(mainTitle) || main.title().startsWith(mainTitle)) {
                        indexMains.put(type.id(), main);
                        break;
                    }
                }
            }
        }
        rules.path("impliedIndexWords").forEach(w -> impliedIndexWords.add(w.asText()));
        rules.path("indexFillerWords").forEach(w -> indexFillerWords.add(w.asText()));
        rules.path("inclusionTermFillers").forEach(w -> inclusionTermFillers.add(w.asText()));
        rules.path("pluralWords").forEach(w -> pluralWords.add(w.asText()));
        rules.path("symptomCodes").forEach(w -> symptomCodes.add(w.asText()));
        for (String w : typeByWord.keySet()) {
            if (!w.isEmpty() && w.charAt(0) < 128) {
                startsTypeWord[w.charAt(0)] = true;
            }
            typeWordLengths.set(w.length());
        }
        rules.path("siteSynonyms").fields().forEachRemaining(e -> siteSynonyms.put(e.getKey(), e.getValue().asText()));
        // a muscle's name reads as its region's words, as the Tabular names the region, not the muscle
        rules.path("muscleSites").fields().forEachRemaining(e -> siteSynonyms.put(e.getKey(), e.getValue().asText()));
        siteSynonyms.forEach((word, site) -> paddedSiteSynonyms.add(Synonym.of(word, site)));
        rules.path("typeSiteSynonyms").fields().forEachRemaining(t -> {
            Map<String, String> synonyms = new LinkedHashMap<>();
            t.getValue().fields().forEachRemaining(e -> synonyms.put(e.getKey(), e.getValue().asText()));
            List<Synonym> padded = new ArrayList<>();
            synonyms.forEach((word, site) -> padded.add(Synonym.of(word, site)));   // the file's order, every run
            typeSiteSynonyms.put(t.getKey(), List.copyOf(padded));
        });
        rules.path("defaultRegions").fields().forEachRemaining(e -> {
            String bone = " " + e.getKey() + " ";
            defaultRegions.put(bone, bone + e.getValue().path("region").asText() + " ");
            List<String> unless = new ArrayList<>();
            e.getValue().path("unless").forEach(w -> unless.add(" " + w.asText() + " "));
            defaultRegionsUnless.put(bone, List.copyOf(unless));
        });
        this.openWord = " " + rules.path("openWord").asText("open") + " ";
        rules.path("openOperationWords").forEach(w -> openOperations.add(openWord + w.asText() + " "));
        rules.path("openSevereGrades").forEach(w -> openSevereGrades.add(" " + w.asText() + " "));
        this.openMildMeaning = rules.path("openGradeMeanings").path("mild").asText();
        this.openSevereMeaning = rules.path("openGradeMeanings").path("severe").asText();
        rules.path("openEncounters").fields().forEachRemaining(e ->
                openEncounters.put(e.getKey().charAt(0), e.getValue().asText().charAt(0)));
        rules.path("documentedDetail").forEach(d -> detail.add(d.asText()));
        detail.forEach(d -> paddedDetail.add(" " + d + " "));
        rules.path("clauseBreaks").forEach(w -> clauseBreaks.add(w.asText().toLowerCase(Locale.ROOT)));
        rules.path("uncountedWords").forEach(w -> uncountedWords.add(w.asText().toLowerCase(Locale.ROOT)));
        rules.path("operationNouns").forEach(w -> operationNouns.add(w.asText().toLowerCase(Locale.ROOT)));
        rules.path("companionLinks").forEach(w -> companionLinks.add(w.asText().toLowerCase(Locale.ROOT)));
        rules.path("companionInjuryNouns").forEach(w -> companionNouns.add(w.asText().toLowerCase(Locale.ROOT)));
        this.companionReach = rules.path("companionReach").asInt(0);
        this.linkedSide = new LinkedInjurySide(companionLinks, clauseBreaks, typeByWord::containsKey,
                SIDES.stream().map(side -> side[0]).toList());
        rules.path("notTraumaWords").forEach(w -> notTrauma.add(" " + w.asText().toLowerCase(Locale.ROOT) + " "));
        Set<String> generic = new HashSet<>(index.analyze(rules.path("genericTitleWords").asText()));
        generic.addAll(index.analyze(rules.path("ignoredTitleWords").asText()));
        descriptors.addAll(index.analyze(rules.path("descriptorWords").asText()));
        structures.addAll(index.analyze(rules.path("structureWords").asText()));
        classificationWords.addAll(index.analyze(rules.path("classificationWords").asText()));
        countWords.addAll(index.analyze(rules.path("countWords").asText()));
        for (String w : rules.path("patternWords").asText().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isBlank()) {
                patternWords.add(w);
                patternWords.addAll(index.analyze(w));
            }
        }
        countTexts.addAll(List.of(rules.path("countWords").asText().toLowerCase(Locale.ROOT).split("\\s+")));
        digitWords.addAll(index.analyze(rules.path("digitWords").asText()));
        for (String w : rules.path("digitWords").asText().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isBlank()) {
                writtenDigitWords.add(w);
            }
        }
        for (String w : rules.path("digitKindWords").asText().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isBlank()) {
                digitKindWords.add(w);
            }
        }
        for (String w : rawWords) {
            siteWords.addAll(index.analyze(w));
        }
        siteWords.removeAll(generic);
        siteWords.removeIf(w -> w.length() < 3 || !w.chars().allMatch(Character::isLetter));
        typeByWord.values().forEach(t -> siteWords.removeAll(index.analyze(t.title())));
    }

    /**
     * Adds the words {@code Pattern.compile("[^a-z]+").split(text)} gives (the runs of a-z; an empty string
     * first when the text begins with another character; the text itself when it is empty), without a regular
     * expression: this runs for every title of the injury chapter at start-up.
     */
    static void addLetterRuns(String text, Set<String> out) {
        int n = text.length();
        int i = 0;
        while (i < n && !isAsciiLower(text.charAt(i))) {
            i++;
        }
        if (i == n) {   // no letter: split returns the text itself when nothing matched, else only empties
            if (n == 0) {
                out.add(text);
            }
            return;
        }
        if (i > 0) {
            out.add("");
        }
        while (i < n) {
            int start = i;
            while (i < n && isAsciiLower(text.charAt(i))) {
                i++;
            }
            out.add(text.substring(start, i));
            while (i < n && !isAsciiLower(text.charAt(i))) {
                i++;
            }
        }
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    public static InjuryFinder standard(ModelBundle models) {
        try (InputStream in = InjuryFinder.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return new InjuryFinder(models, new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends a mention for each injury word of the sentence whose site the injury chapter codes. */
    void find(String text, Sentence sentence, int sentenceIndex, List<Token> tokens, List<Mention> out) {
        find(text, sentence, sentenceIndex, tokens, out, 0);
    }

    /**
     * As above, where the sentence's mentions found so far are those of {@code out} from {@code sentenceFrom} on (the
     * mentions before it are of earlier sentences): an injury word's window is read against those only, not
     * against every mention of the note.
     */
    void find(String text, Sentence sentence, int sentenceIndex, List<Token> tokens, List<Mention> out,
              int sentenceFrom) {
        Symptoms symptoms = null;   // made at the first window that needs it: most sentences have no injury word
        SentenceEncounter encounter = null;   // likewise
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            String written = tokens.get(i).text();
            char first = written.charAt(0);
            if (first < 128 && !startsTypeWord[Character.toLowerCase(first)]) {
                continue;   // an ASCII first letter lower-cases alone: no injury word starts with this one
            }
            if (!typeWordLengths.get(written.length()) && written.indexOf('\u0130') < 0) {
                continue;   // lower-casing keeps the length of every word without that letter: no injury word
            }
            InjuryType type = typeByWord.get(written.toLowerCase(Locale.ROOT));
            if (type == null) {
                continue;
            }
            String headSide = linkedSide.of(tokens, sentence.firstToken(), i);
            int start = Math.max(sentence.firstToken(), i - window);
            while (start < i && isBreak(tokens.get(start))) {
                start++;
            }
            for (int k = start; k < i; k++) {
                String w = tokens.get(k).text();
                if (w.equals(";") || w.equals(".") || clauseBreaks.contains(w.toLowerCase(Locale.ROOT))) {
                    start = k + 1;
                }
            }
            // the window of so many tokens first; where it names no injury the chapter codes, the same number of
            // words past the articles and prepositions ("fracture of the surgical neck of the left humerus")
            int plainEnd = Math.min(sentence.endToken(), i + window + 1);
            int longEnd = windowEnd(tokens, i, sentence.endToken());
            // the plain window's code, kept while the longer window is read because the plain one ends right
            // before a site word of the same phrase ("fracture of the shaft of the right | humerus")
            Mention cutShort = null;
            for (int end = plainEnd; ; end = longEnd) {
                int to = end;
                for (int k = i + 1; k < to; k++) {
                    if (tokens.get(k).text().equals(";") || tokens.get(k).text().equals(".")) {
                        to = k;
                    }
                }
                int from = afterOperation(tokens, start, i, to);
                to = beforeCompanion(tokens, from, i, to);
                to = beforeNextInjury(tokens, i, to, sentence.endToken(), type);
                from = afterPreviousInjury(tokens, from, i, sentence.firstToken(), type);
                String clause = text.substring(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
                if (encounter == null) {
                    encounter = new SentenceEncounter(text, sentence);
                }
                CodeHit hit = lookup(type, clause, encounter, headSide);
                boolean[] other = null;
                if (hit == null) {
                    // a site word of another condition's phrase in the window ("chest pain from two broken ribs",
                    // "broken ribs; his chest pain ...") is that condition's site, not the injury's: read the
                    // window without those phrases
                    if (symptoms == null) {
                        symptoms = new Symptoms(out, sentenceFrom, sentenceIndex);
                    }
                    other = symptoms.covered(from, to, i);
                    if (other != null) {
                        hit = lookup(type, without(tokens, from, to, other), encounter, headSide);
                    }
                }
                if (hit == null) {
                    // a list of conditions in the window ("a tibial fracture and a wrist sprain", "a fracture and
                    // a meniscus tear"): the injury word's own conjunct, with its own site and side, read alone
                    int[] own = conjunct(tokens, from, to, i, type);
                    if (own != null) {
                        String conjunct = text.substring(tokens.get(own[0]).span().start(),
                                tokens.get(own[1] - 1).span().end());
                        hit = lookup(type, conjunct, encounter, headSide);
                        if (hit != null) {
                            from = own[0];
                            to = own[1];
                            clause = conjunct;
                            other = null;
                        }
                    }
                }
                if (hit != null) {
                    int[] core = core(tokens, from, to, i, other, type);
                    Span span = new Span(tokens.get(core[0]).span().start(), tokens.get(core[1] - 1).span().end());
                    Mention found = new Mention(span, span.coveredText(text), List.of(new Term(clause, hit.code(),
                            TermSource.INJURY_SEARCH)), sentenceIndex, core[0], core[1]);
                    if (end == plainEnd && longEnd > plainEnd && to == plainEnd
                            && siteWordNext(tokens, plainEnd, longEnd)) {
                        cutShort = found;
                        continue;
                    }
                    out.add(found);
                    break;
                }
                if (end == longEnd || longEnd <= plainEnd) {
                    if (cutShort != null) {
                        out.add(cutShort);
                    }
                    break;
                }
            }
        }
    }

    /**
     * The end of the longer window after the injury word at {@code i}, read where the plain one finds no code:
     * {@link #window} tokens, not counting the articles and prepositions of {@link #uncountedWords}.
     */
    private int windowEnd(List<Token> tokens, int i, int sentenceEnd) {
        int to = i + 1;
        for (int counted = 0; to < sentenceEnd && counted < window; to++) {
            if (!uncountedWords.contains(tokens.get(to).text().toLowerCase(Locale.ROOT))) {
                counted++;
            }
        }
        return to;
    }

    /**
     * The end of an injury's window where the sentence lists another injury of its type after it ("a distal fracture of the
     * left humerus, a proximal fracture of the left ulna"): at the last comma or "and" before the next injury
     * word, when a site word lies between this injury word and that separator and another between the separator
     * and the next injury word (each injury keeps its own site). "Fracture and dislocation of the shoulder" share
     * their site and keep the whole window.
     */
    private int beforeNextInjury(List<Token> tokens, int injuryWord, int to, int sentenceEnd, InjuryType type) {
        for (int k = injuryWord + 1; k < sentenceEnd; k++) {
            if (!isInjuryWord(tokens.get(k), type)) {
                continue;
            }
            int sep = -1;
            for (int j = k - 1; j > injuryWord; j--) {
                if (isListSeparator(tokens.get(j))) {
                    sep = j;
                    break;
                }
            }
            if (sep > 0 && hasSiteWord(tokens, injuryWord + 1, sep) && hasSiteWord(tokens, sep + 1, k)) {
                return Math.min(to, sep);
            }
            return to;
        }
        return to;
    }

    /**
     * The end of an injury's window at a link to a second injury ("skull fracture with associated epidural hematoma"):
     * at the link, when a companion injury noun follows it within {@link #companionReach} words and the window's words
     * before the link name a site, so that the second injury's words are not read as the first one's site. A window
     * whose site follows the link ("fracture with dislocation of the shoulder") keeps its end.
     */
    private int beforeCompanion(List<Token> tokens, int from, int injuryWord, int to) {
        for (int k = injuryWord + 1; k < to; k++) {
            if (!companionLinks.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int j = k + 1; j < Math.min(to, k + 1 + companionReach); j++) {
                if (companionNouns.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
                    return hasSiteWord(tokens, from, k) ? k : to;
                }
            }
            return to;
        }
        return to;
    }

    /** The start of an injury's window after another injury listed before it in the sentence (as above). */
    private int afterPreviousInjury(List<Token> tokens, int from, int injuryWord, int sentenceStart, InjuryType type) {
        for (int k = injuryWord - 1; k >= sentenceStart; k--) {
            if (!isInjuryWord(tokens.get(k), type)) {
                continue;
            }
            int sep = -1;
            for (int j = k + 1; j < injuryWord; j++) {
                if (isListSeparator(tokens.get(j))) {
                    sep = j;
                }
            }
            if (sep > 0 && hasSiteWord(tokens, k + 1, sep) && hasSiteWord(tokens, sep + 1, injuryWord + 1 + window)) {
                return Math.max(from, sep + 1);
            }
            return from;
        }
        return from;
    }

    /**
     * The start of an injury's window after the last operation noun before the injury word ("internal fixation of the
     * right tibia fracture" reads "the right tibia fracture"), when a site word follows the noun in the window: the
     * operation's own words ("internal", "open") name no site of the injury. A window whose only site lies before the
     * noun keeps it.
     */
    private int afterOperation(List<Token> tokens, int from, int injuryWord, int to) {
        for (int k = injuryWord - 1; k >= from; k--) {
            String w = tokens.get(k).text();
            if (operationNouns.contains(w.toLowerCase(Locale.ROOT))) {
                return hasSiteWord(tokens, k + 1, to) ? k + 1 : from;
            }
        }
        return from;
    }

    /**
     * The bounds of the injury word's conjunct in the window [from, to): from after the last comma or "and" before it
     * to the first one after it, when that is narrower than the window and names a site; null otherwise, and null
     * where the window writes another injury of the same type (a list of fractures: {@link #beforeNextInjury}).
     */
    private int[] conjunct(List<Token> tokens, int from, int to, int injuryWord, InjuryType type) {
        for (int k = from; k < to; k++) {
            if (k != injuryWord && isInjuryWord(tokens.get(k), type)) {
                return null;
            }
        }
        int lo = from;
        for (int k = injuryWord - 1; k >= from; k--) {
            if (isListSeparator(tokens.get(k))) {
                lo = k + 1;
                break;
            }
        }
        int hi = to;
        for (int k = injuryWord + 1; k < to; k++) {
            if (isListSeparator(tokens.get(k))) {
                hi = k;
                break;
            }
        }
        if (lo == from && hi == to || !hasSiteWord(tokens, lo, hi)) {
            return null;
        }
        return new int[] {lo, hi};
    }

    /** Whether the token is a word of the same injury type (a list of fractures; a strain and a sprain are not cut). */
    private boolean isInjuryWord(Token t, InjuryType type) {
        return typeByWord.get(t.text().toLowerCase(Locale.ROOT)) == type;
    }

    private static boolean isListSeparator(Token t) {
        return t.text().equals(",") || t.text().equalsIgnoreCase("and");
    }

    /**
     * Whether the words from {@code from} on continue the window's phrase with a site word: articles and
     * prepositions only ({@link #uncountedWords}), then a site word, before {@code to} ("... of the right |
     * humerus"). The window then ends inside the phrase that names the injury's site, and its code read without
     * that word names another bone ("comminuted fracture of shaft" found in the femur's titles).
     */
    private boolean siteWordNext(List<Token> tokens, int from, int to) {
        for (int k = from; k < Math.min(to, tokens.size()); k++) {
            Token t = tokens.get(k);
            if (t.isPunctuation()) {
                return false;
            }
            if (hasSiteWord(tokens, k, k + 1)) {
                return true;
            }
            if (!uncountedWords.contains(t.text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a token in [from, to) names a site of the injury chapter (or a clinical name of one). */
    private boolean hasSiteWord(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (siteSynonyms.containsKey(w) || noteWords.analyze(w).stream().anyMatch(siteWords::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mention's own tokens: the injury word and the site, laterality and detail words around it, so
     * that words before it ("father had", "history of") stay outside the mention and reach the assertion
     * stage as cues.
     */
    private int[] core(List<Token> tokens, int from, int to, int injuryWord, boolean[] other, InjuryType type) {
        int lo = injuryWord;
        int hi = injuryWord + 1;
        for (int k = from; k < to; k++) {
            if (other != null && other[k - from]) {
                continue;
            }
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            boolean part = w.equals("left") || w.equals("right") || w.equals("bilateral") || detail.contains(w)
                    || siteSynonyms.containsKey(w) || noteWords.analyze(w).stream().anyMatch(siteWords::contains)
                    || indexOnlySites(type).contains(w);
            if (part) {
                lo = Math.min(lo, k);
                hi = Math.max(hi, k + 1);
            }
        }
        return new int[] {lo, hi};
    }

    /**
     * The symptom mentions of one sentence ("chest pain", a code of {@code symptomCodes}) among the mentions found so
     * far, read from the note's list as it grows (an injury found is added to it too), kept by first token with the
     * longest one's length, so a window finds those that overlap it by a binary search: a sentence of thousands of
     * mentions (a list written on one line) reads each window at the cost of the mentions near it, not of all.
     */
    private final class Symptoms {
        private final List<Mention> found;
        private final int sentenceIndex;
        /** The mentions of {@code found} before this one have been read. */
        private int read;
        private final List<Mention> byFirstToken = new ArrayList<>();
        private int longest;

        Symptoms(List<Mention> found, int from, int sentenceIndex) {
            this.found = found;
            this.read = from;
            this.sentenceIndex = sentenceIndex;
        }

        /**
         * The tokens of [from, to) that the sentence's symptom mentions cover, when the injury word is in none of
         * them; null when there are none.
         */
        boolean[] covered(int from, int to, int injuryWord) {
            for (; read < found.size(); read++) {
                Mention m = found.get(read);
                if (m.sentenceIndex() == sentenceIndex && isSymptom(m)) {
                    int at = firstAtOrAfter(m.firstToken() + 1);   // after those of the same first token: kept in order
                    byFirstToken.add(at, m);
                    longest = Math.max(longest, m.endToken() - m.firstToken());
                }
            }
            boolean[] covered = null;
            // a mention overlapping [from, to) begins before `to` and ends after `from`: no sooner than `longest` before it
            for (int k = firstAtOrAfter(from - longest + 1); k < byFirstToken.size(); k++) {
                Mention m = byFirstToken.get(k);
                if (m.firstToken() >= to) {
                    break;
                }
                if (m.firstToken() <= injuryWord && injuryWord < m.endToken() || m.endToken() <= from) {
                    continue;
                }
                if (covered == null) {
                    covered = new boolean[to - from];
                }
                for (int t = Math.max(from, m.firstToken()); t < Math.min(to, m.endToken()); t++) {
                    covered[t - from] = true;
                }
            }
            return covered;
        }

        /** The first place whose mention begins at or after token {@code token}. */
        private int firstAtOrAfter(int token) {
            return Mention.firstStartingAtOrAfter(byFirstToken, token);
        }
    }

    private boolean isSymptom(Mention m) {
        for (Term t : m.terms()) {
            for (String prefix : symptomCodes) {
                if (t.code() != null && t.code().startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the clause (lower case, spaced) writes a count word just before the type's plural noun, at most one
     * word between ("two facial fractures").
     */
    private boolean countsInjuries(InjuryType type, String lower) {
        for (String count : countTexts) {
            int at = lower.indexOf(" " + count + " ");
            while (at >= 0) {
                String[] next = lower.substring(at + count.length() + 2).trim().split(" ", 3);
                for (int k = 0; k < Math.min(2, next.length); k++) {
                    if (next[k].startsWith(type.title()) && next[k].endsWith("s") && type.words().contains(next[k])) {
                        return true;
                    }
                }
                at = lower.indexOf(" " + count + " ", at + 1);
            }
        }
        return false;
    }

    /** The window's words outside the covered tokens, as a clause. */
    private static String without(List<Token> tokens, int from, int to, boolean[] covered) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (!covered[k - from]) {
                b.append(b.length() > 0 ? " " : "").append(tokens.get(k).text());
            }
        }
        return b.toString();
    }

    /**
     * A site synonym as a clause is rewritten with it: the note's word and the site's word each with a space either
     * side ({@code word}, {@code site}), and the site's word alone ({@code siteWord}).
     */
    private record Synonym(String word, String site, String siteWord) {
        static Synonym of(String word, String site) {
            return new Synonym(" " + word + " ", " " + site + " ", site);
        }
    }

    /**
     * The 7th character the words of a sentence give ({@link #encounter}), read once for all its injury words: read
     * for each, a sentence of many (a list on one line) was lower-cased and searched once per word.
     */
    private final class SentenceEncounter {
        private final String text;
        private final Sentence sentence;
        private char read;

        SentenceEncounter(String text, Sentence sentence) {
            this.text = text;
            this.sentence = sentence;
        }

        char get() {
            if (read == 0) {
                read = encounter(text.substring(sentence.span().start(), sentence.span().end()));
            }
            return read;
        }
    }

    /**
     * {@link #lookup(InjuryType, String, SentenceEncounter)}, where a clause writing no side of its own is first read
     * with the side of the head injury it is linked to ({@link LinkedInjurySide}); as written when that finds no code
     * (a site of no side).
     */
    private CodeHit lookup(InjuryType type, String clause, SentenceEncounter sentenceEncounter, String headSide) {
        if (headSide != null && sideWord(spaced(clause)) == null) {
            CodeHit sided = lookup(type, headSide + " " + clause, sentenceEncounter);
            if (sided != null) {
                return sided;
            }
        }
        return lookup(type, clause, sentenceEncounter);
    }

    private CodeHit lookup(InjuryType type, String clause, SentenceEncounter sentenceEncounter) {
        String lower = spaced(clause);
        for (String operation : openOperations) {
            lower = lower.replace(operation, operation.substring(openWord.length() - 1));   // the operation's word stays
        }
        StringBuilder named = new StringBuilder();   // the Index's own site words, also preferred in the titles
        List<String> namedSites = new ArrayList<>(1);
        // the words spaced once at load: a clause is rewritten with every synonym, and most write none of them
        for (Synonym s : typeSiteSynonyms.getOrDefault(type.id(), List.of())) {
            if (lower.contains(s.word())) {
                lower = lower.replace(s.word(), s.site());
                named.append(' ').append(s.siteWord());
                for (String w : s.siteWord().split(" ")) {
                    namedSites.add(w);
                }
            }
        }
        for (Synonym s : paddedSiteSynonyms) {
            lower = lower.replace(s.word(), s.site());
        }
        for (Map.Entry<String, String> d : defaultRegions.entrySet()) {
            String bone = d.getKey();
            if (lower.contains(bone) && defaultRegionsUnless.get(bone).stream().noneMatch(lower::contains)) {
                lower = lower.replace(bone, d.getValue());   // the Index's region of the bone, no other written
            }
        }
        for (String w : notTrauma) {
            if (lower.contains(w)) {
                return null;
            }
        }
        List<String> required = new ArrayList<>();
        required.add(type.title());
        Set<String> sites = new HashSet<>(noteWords.analyze(lower));
        sites.retainAll(siteWords);
        Set<String> ownSites = new HashSet<>(sites);
        ownSites.removeAll(descriptors);
        ownSites.removeAll(structures);
        if (ownSites.isEmpty() && !writesIndexOnlySite(type, lower)) {
            // no site ("any redness or bruising"), or only a structure found all over the body ("bone associated
            // with an open fracture"): the Index codes such an injury only by its site; a site word only the
            // Index reads ("ethmoid", "acromion") is looked up there
            return null;
        }
        required.addAll(sites);
        // the site the Index names for this type is required, each of its words ("other part of head"): its last word alone
        // would take another site's title that writes it ("long head of biceps, left arm" for a left forehead)
        required.addAll(namedSites);
        for (String[] side : SIDES) {
            if (lower.contains(side[1])) {
                required.add(side[0]);
            }
        }
        char encounter = sentenceEncounter.get();
        if (named.length() == 0) {
            CodeHit byIndex = byIndex(type, lower, sites, encounter);
            if (byIndex != null) {
                return byIndex;
            }
        }
        if (ownSites.isEmpty() || writesIndexOnlySite(type, lower)) {
            // a site only the Index names ("hyoid") that its path did not reach: no title writes it, so a search
            // by titles would code the clause's other words ("hyoid fracture from a blow to the neck" read as a
            // fracture of the neck of the radius)
            return null;
        }
        StringBuilder preferred = new StringBuilder(type.preferred());
        for (int k = 0; k < detail.size(); k++) {
            String d = detail.get(k);
            if (named.length() > 0 && !d.equals(openWord.trim())) {
                // the Index sends the site to one subcategory whose codes carry no such detail ("Fracture, hip, see
                // Fracture, femur, neck": a nondisplaced hip fracture is S72.00-, not the base of the neck)
                continue;
            }
            if (lower.contains(paddedDetail.get(k))) {
                preferred = new StringBuilder(preferred.toString().replace("displaced", "").replace("closed", ""));
                required.add(d);
            }
        }
        if (type.id().equals("fracture") && lower.contains(openWord)) {
            encounter = openEncounters.getOrDefault(encounter, encounter);   // an open fracture's own 7th character
        }
        preferred.append(encounter == 'A' || encounter == 'B' ? " initial encounter" : "").append(named);
        Set<String> eponyms = new HashSet<>();
        for (String[] name : paddedEponyms) {
            if (lower.contains(name[1]) || lower.contains(name[2])) {
                eponyms.add(name[0]);
            }
        }
        CodeHit hit = searches.get(new Search(List.copyOf(required), preferred.toString(), encounter, eponyms));
        List<String> defaults = List.of(type.preferred().split(" "));
        if (hit == null && required.removeIf(defaults::contains)) {
            // a documented word that is also the default ("displaced": Guidelines I.C.19.c) no title of the
            // site carries: the site's default code is the one it describes
            String atDefault = type.preferred() + (encounter == 'A' || encounter == 'B' ? " initial encounter" : "");
            hit = searches.get(new Search(List.copyOf(required), atDefault, encounter, eponyms));
        }
        if (hit == null && required.removeIf(classificationWords::contains)) {
            // a grade or type of a classification no title of the site prints (a Gartland type III supracondylar
            // fracture): it says how bad the injury is, not what or where it is, so the injury is coded without it
            hit = searches.get(new Search(List.copyOf(required), preferred.toString(), encounter, eponyms));
        }
        if (hit == null && countsInjuries(type, lower) && required.removeIf(countWords::contains)) {
            // "two facial fractures": the number counts the injuries, no title of the site prints it
            hit = searches.get(new Search(List.copyOf(required), preferred.toString(), encounter, eponyms));
        }
        if (hit == null && !namedSites.isEmpty() && required.removeIf(InjuryFinder::isSide)) {
            // the site the Index names has no sided code (the face's "other part of head"): a side the clause writes
            // is not reported, as its titles give none
            hit = searches.get(new Search(List.copyOf(required), preferred.toString(), encounter, eponyms));
        }
        if (hit != null && named.length() > 0) {
            hit = byInclusionTerm(hit, lower);
        }
        if (hit != null) {
            hit = unnamedDigit(hit, lower);
        }
        if (hit != null && type.id().equals("fracture") && lower.contains(openWord) && isSevereOpen(lower)) {
            hit = severeOpen(hit);
        }
        return hit;
    }

    private static boolean isSide(String word) {
        for (String[] side : SIDES) {
            if (side[0].equals(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean isSevereOpen(String lower) {
        for (String grade : openSevereGrades) {
            if (lower.contains(grade)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The hit at the 7th character its category's table gives a Gustilo grade III open fracture ("initial
     * encounter for open fracture type IIIA, IIIB, or IIIC"), when the table tells the grades apart; else the hit.
     */
    private CodeHit severeOpen(CodeHit hit) {
        if (openMildMeaning.isEmpty() || CodeSet.dotlessLength(hit.code()) != 7) {
            return hit;
        }
        Code code = codeSet.get(hit.code()).orElse(null);
        if (code == null) {
            return hit;
        }
        String meaning = code.seventhMeaning(hit.code().charAt(hit.code().length() - 1));
        if (meaning == null || !meaning.contains(openMildMeaning)) {
            return hit;
        }
        String wanted = meaning.replace(openMildMeaning, openSevereMeaning);
        SeventhCharacter c = code.firstSeventh(wanted::equals);
        Code severe = c == null ? null
                : codeSet.get(hit.code().substring(0, hit.code().length() - 1) + c.value()).orElse(null);
        if (severe != null) {
            return new CodeHit(severe.code(), severe.title(), hit.billable(), hit.score());
        }
        return hit;
    }

    /**
     * The code the Alphabetic Index gives the clause under the type's main term ("Fracture, traumatic, radius,
     * proximal end, see upper end": S52.10-), when every site and detail word of the clause lies on the path:
     * the billable code under it of the clause's side and encounter, displaced unless the clause says
     * nondisplaced (Guidelines I.C.19.c), else of unspecified side. Null when the type has no main term, the
     * path reaches no code, or a site or detail word of the clause is not on it (the search by titles decides).
     */
    private CodeHit byIndex(InjuryType type, String lower, Set<String> sites, char encounter) {
        IndexTerm main = indexMains.get(type.id());
        if (main == null) {
            return null;
        }
        Set<String> words = new HashSet<>(TermNormalizer.words(lower));
        for (String plural : pluralWords) {
            if (lower.contains(" " + plural + " ")) {
                words.add(MULTIPLE);   // "rib fractures", "fractured ribs": the Index's "multiple"
            }
        }
        IndexPath path = walk(main, main, words, 0, Set.of());
        String printed = path == null ? null : path.printed();
        Set<String> consumed = path == null ? Set.of() : path.consumed();
        if (printed == null || depth(printed) < 4 || printed.substring(0, 3).compareTo(firstCategory) < 0
                || printed.substring(0, 3).compareTo(lastCategory) > 0) {
            return null;   // no code of a site, or a code outside the injury chapter (a nontraumatic fracture)
        }
        Set<String> vocabulary = indexVocabulary.computeIfAbsent(type.id(), k -> vocabulary(main));
        for (String w : words) {
            if (consumed.contains(w) || impliedIndexWords.contains(w) || w.equals(MULTIPLE) || detail.contains(w)
                    || typeByWord.get(w) == type || classificationWords.contains(w)) {
                // a kind of fracture the path does not take is judged below; a grade or type of a classification
                // ("type 1", "grade II") names no site or kind the Index reads
                continue;
            }
            if (vocabulary.contains(w) && !indexFillerWords.contains(w)) {
                return null;   // a word the Index reads under this main term that the path does not take
            }
            for (String analyzed : noteWords.analyze(w)) {
                if (sites.contains(analyzed)) {
                    return null;   // a site or part word the path does not read: the title search decides
                }
            }
        }
        boolean nondisplaced = false;
        for (String d : detail) {
            if (lower.contains(" " + d + " ") && !consumed.containsAll(TermNormalizer.words(d))) {
                if (patternWords.contains(d) && noTitlePrints(stem(printed), d)) {
                    // a pattern of fracture no code of the site the path reaches prints (a comminuted fracture of
                    // the upper end of the humerus, whose codes tell parts and tuberosities): the site's code
                    continue;
                }
                if (!d.equals("nondisplaced") && !d.equals("displaced")) {
                    return null;   // a type of fracture the path does not read (comminuted, open ...)
                }
                nondisplaced |= d.equals("nondisplaced");
            }
        }
        String side = sideWord(lower);
        List<Code> codes = codeSet.billableDescendants(stem(printed));
        if (side != null && codes.stream().noneMatch(c -> sided(spaced(c.title())))) {
            String parent = stem(printed).substring(0, stem(printed).length() - 1);
            List<Code> siblings = parent.replace(".", "").length() < 5 ? List.of()
                    : codeSet.billableDescendants(parent);
            if (siblings.stream().anyMatch(c -> sided(spaced(c.title())))) {
                codes = siblings;   // the Index prints the code of an unstated side ("ankle S82.899"): its sides
            } else {
                side = null;   // a site of no side ("hyoid bone"): the side written does not choose among its codes
            }
        }
        return pick(codes, side, nondisplaced, encounter);
    }

    /** The side the clause (lower case, spaced) writes: "bilateral", "left" or "right", in that order; null if none. */
    private static String sideWord(String lower) {
        return lower.contains(" bilateral ") ? "bilateral" : lower.contains(" left ") ? "left"
                : lower.contains(" right ") ? "right" : null;
    }

    /** The 7th character (encounter) of a code of seven characters; 0 for a code of fewer. */
    private static char encounterOf(String code) {
        return CodeSet.dotlessLength(code) == 7 ? code.charAt(code.length() - 1) : 0;
    }

    /**
     * The billable code among {@code codes} of the side (null: of no side, else unspecified), the encounter and the
     * displacement (displaced unless the clause says nondisplaced, Guidelines I.C.19.c); null when none has the side.
     */
    private static CodeHit pick(List<Code> codes, String side, boolean nondisplaced, char encounter) {
        Code best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Code c : codes) {
            String raw = c.code().replace(".", "");
            if (raw.length() >= 7 && raw.charAt(6) != encounter) {
                continue;
            }
            String title = spaced(c.title());
            boolean sided = sided(title);
            int score = 0;
            if (side != null) {
                if (!title.contains(" " + side + " ")) {
                    continue;
                }
            } else if (sided) {
                score -= 4;
            }
            if (title.contains(" nondisplaced ")) {
                score += nondisplaced ? 2 : -2;
            } else if (title.contains(" displaced ")) {
                score += nondisplaced ? -2 : 2;
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best == null ? null : new CodeHit(best.code(), best.title(), true, 1.0f);
    }

    /**
     * The hit of a site the Index sends to one subcategory ("Fracture, hip, see Fracture, femur, neck": S72.00-), moved
     * to a sibling subcategory whose Tabular inclusion term the clause writes ("subcapital fracture of femur" under
     * S72.01-): the kind of the injury the note names, which the search by titles does not read as no title prints it.
     * An inclusion term's own words are those its category's title does not print, filler and side words aside; all of
     * them must be in the clause. The hit as found where the clause writes none.
     */
    private CodeHit byInclusionTerm(CodeHit hit, String lower) {
        String code = hit.code();
        int dot = code.indexOf('.');
        if (dot < 0 || code.length() < dot + 3) {
            return hit;
        }
        String subcategory = code.substring(0, dot + 3);
        String category = code.substring(0, dot + 2);
        Code parent = codeSet.get(category).orElse(null);
        if (parent == null) {
            return hit;
        }
        Set<String> general = new HashSet<>(TermNormalizer.words(parent.title().toLowerCase(Locale.ROOT)));
        Set<String> clause = new HashSet<>(TermNormalizer.words(lower));
        for (String sibling : codeSet.children(category)) {
            if (sibling.equals(subcategory)) {
                continue;
            }
            Code s = codeSet.get(sibling).orElse(null);
            if (s == null) {
                continue;
            }
            for (InstructionalNote n : s.notes(NoteType.INCLUSION_TERM)) {
                Set<String> own = new HashSet<>(TermNormalizer.words(n.text().toLowerCase(Locale.ROOT)));
                own.removeAll(general);
                own.removeAll(indexFillerWords);
                own.removeAll(inclusionTermFillers);
                if (own.isEmpty() || !clause.containsAll(own)) {
                    continue;
                }
                String side = sideWord(lower);
                char encounter = encounterOf(code);
                CodeHit moved = pick(codeSet.billableDescendants(sibling), side,
                        lower.contains(" nondisplaced "), encounter);
                if (moved != null) {
                    return new CodeHit(moved.code(), moved.title(), hit.billable(), hit.score());
                }
            }
        }
        return hit;
    }

    /**
     * The hit of a digit of a kind the clause does not name ("laceration of the left toe" found at the left great toe,
     * the first title that writes the side): the code of the unspecified digit of the hit's subcategory ("unspecified
     * toe(s)", "unspecified finger"), which has no side, where the subcategory has one; the hit as found otherwise and
     * where the clause names the digit ("great", "second", "index": {@code digitKindWords}).
     */
    private CodeHit unnamedDigit(CodeHit hit, String lower) {
        boolean namesDigit = false;
        for (String w : TermNormalizer.words(lower)) {
            if (digitKindWords.contains(w)) {
                return hit;
            }
            namesDigit |= writtenDigitWords.contains(w);
        }
        String title = spaced(hit.title());
        if (!namesDigit || digitKindWords.stream().noneMatch(k -> title.contains(" " + k + " "))) {
            return hit;
        }
        String code = hit.code();
        int dot = code.indexOf('.');
        if (dot < 0 || code.length() < dot + 3) {
            return hit;
        }
        char encounter = encounterOf(code);
        for (Code c : codeSet.billableDescendants(code.substring(0, dot + 3))) {
            if (CodeSet.dotlessLength(c.code()) != CodeSet.dotlessLength(code)
                    || encounter != 0 && c.code().charAt(c.code().length() - 1) != encounter) {
                continue;
            }
            String t = spaced(c.title());
            if (t.contains(" unspecified ") && !sided(t)
                    && digitKindWords.stream().noneMatch(k -> t.contains(" " + k + " "))) {
                return new CodeHit(c.code(), c.title(), c.billable(), hit.score());
            }
        }
        return hit;
    }

    /** True if no billable code under {@code stem} has {@code word} in its title. */
    private boolean noTitlePrints(String stem, String word) {
        String padded = " " + word + " ";
        return codeSet.billableDescendants(stem).stream().noneMatch(c -> spaced(c.title()).contains(padded));
    }

    /** Whether a code's title, {@link #spaced}, names a side. */
    private static boolean sided(String spaced) {
        return spaced.contains(" left ") || spaced.contains(" right ") || spaced.contains(" bilateral ");
    }

    /** A title lower-cased, its non-word characters spaces, with a space at each end (words found as " word "). */
    static String spaced(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length() + 2).append(' ');
        for (int k = 0; k < lower.length(); ) {
            int c = lower.codePointAt(k);
            // as the pattern [^a-z0-9 ] replaced by a space: one space a code point, a surrogate pair's one too
            b.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' ? (char) c : ' ');
            k += Character.charCount(c);
        }
        return b.append(' ').toString();
    }

    /**
     * A path read under an injury type's Index main term: the words it took, the last code it printed, and whether
     * its first subterm was taken by its title rather than by a later comma-separated form of it.
     */
    private record IndexPath(Set<String> consumed, String printed, boolean byTitle) {
    }

    /**
     * The path below {@code at} that takes the most clause words (a subterm is taken when the clause writes every
     * word of its title or of one of its comma-separated forms, apart from implied words; a cross-reference is
     * followed within the main term), with the last code printed on it; null when no subterm is taken.
     */
    private IndexPath walk(IndexTerm main, IndexTerm at, Set<String> words, int depth, Set<String> above) {
        if (depth >= 5) {
            return null;
        }
        IndexPath best = null;
        List<IndexTerm> children = at.children();
        List<IndexTerm> candidates = new ArrayList<>(children);
        List<List<String>> takenBy = new ArrayList<>();   // the words each candidate takes, asked once a candidate
        for (IndexTerm c : children) {
            takenBy.add(taken(c, words));
        }
        Set<IndexTerm> skipped = new HashSet<>();
        if (depth > 0) {
            // a part the note does not name between a bone and a part of it ("tibia, upper end, plateau")
            for (int i = 0; i < children.size(); i++) {
                if (takenBy.get(i) == null) {
                    for (IndexTerm g : children.get(i).children()) {
                        candidates.add(g);
                        takenBy.add(taken(g, words));
                        skipped.add(g);
                    }
                }
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            IndexTerm c = candidates.get(i);
            List<String> taken = takenBy.get(i);
            if (taken == null || skipped.contains(c) && detail.containsAll(taken)) {
                continue;   // a kind of fracture ("nondisplaced") names no part: it does not skip a level
            }
            if (above.containsAll(taken)) {
                continue;   // the words a subterm above took ("Sprain, knee" does not go on to "cartilage, knee")
            }
            IndexTerm node = c;
            if (c.code() == null && !c.see().isEmpty()) {
                node = seeWithin(main, c.see().get(0));
                if (node == null) {
                    continue;
                }
            }
            Set<String> consumed = new HashSet<>(taken);
            String printed = node.code();
            Set<String> path = new HashSet<>(above);
            if (node == c) {
                // a cross-reference sends its words on to be read again under its target ("Fracture, humerus,
                // supracondylar, see Fracture, humerus, lower end": lower end, supracondylar, S42.41-)
                path.addAll(taken);
            }
            IndexPath below = walk(main, node, words, depth + 1, path);
            if (below != null && below.printed() != null) {
                consumed.addAll(below.consumed());
                printed = below.printed();
            }
            if (printed == null) {
                // a subterm of no code of its own whose subterms the clause names none of ("fibula, lower end":
                // physeal, torus, specified NEC) is of the kind not elsewhere classified, its "specified NEC"
                printed = notElsewhereClassified(node);
            }
            if (printed == null) {
                continue;
            }
            // on a tie, a subterm the clause writes by its title goes before one it writes by a later form of it
            // only ("coronary, knee", the coronary ligament of the knee, is not the knee)
            boolean byTitle = takenByTitle(c, words);
            if (best == null || consumed.size() > best.consumed().size()
                    || consumed.size() == best.consumed().size() && byTitle && !best.byTitle()) {
                best = new IndexPath(Set.copyOf(consumed), printed, byTitle);
            }
        }
        return best;
    }

    /** The code of a subterm's "specified NEC" subterm, or null when it has none of a code. */
    private static String notElsewhereClassified(IndexTerm node) {
        for (IndexTerm g : node.children()) {
            String title = AlphabeticIndex.termText(g.title()).trim();
            if (g.code() != null && (title.equalsIgnoreCase("specified") || title.equalsIgnoreCase("specified NEC"))) {
                return g.code();
            }
        }
        return null;
    }

    /** Whether the clause writes a site word only the Index reads under the type's main term. */
    private boolean writesIndexOnlySite(InjuryType type, String lower) {
        Set<String> own = indexOnlySites(type);
        if (own.isEmpty()) {
            return false;
        }
        for (String w : TermNormalizer.words(lower)) {
            if (own.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one-word subterms of a main term that lead to a code of a site in the injury chapter, directly or by a
     * cross-reference within the main term ("Fracture, traumatic, ethmoid, see Fracture, skull, base": S02.10-),
     * and that no injury title writes, nor is a descriptor, structure, detail or filler word: sites a search by
     * titles cannot read.
     */
    private Set<String> indexOnlySites(InjuryType type) {
        return indexOnlySites.computeIfAbsent(type.id(), k -> {
            IndexTerm main = indexMains.get(k);
            return main == null ? Set.of() : indexOnlySites(main);
        });
    }

    private Set<String> indexOnlySites(IndexTerm main) {
        Set<String> out = new HashSet<>();
        for (IndexTerm c : main.children()) {
            IndexTerm node = c.code() == null && !c.see().isEmpty() ? seeWithin(main, c.see().get(0)) : c;
            String printed = node == null ? null : node.code();
            if (printed == null || depth(printed) < 4 || printed.substring(0, 3).compareTo(firstCategory) < 0
                    || printed.substring(0, 3).compareTo(lastCategory) > 0 || severalSubcategories(printed)) {
                continue;
            }
            for (TitleForm form : titleForms.computeIfAbsent(c, this::titleForms)) {
                if (form.own().size() != 1) {
                    continue;
                }
                String w = form.own().get(0);
                if (w.length() < 4 || detail.contains(w) || indexFillerWords.contains(w) || w.equals(MULTIPLE)) {
                    continue;
                }
                List<String> analyzed = noteWords.analyze(w);
                if (analyzed.stream().noneMatch(a -> siteWords.contains(a) || descriptors.contains(a)
                        || structures.contains(a))) {
                    out.add(w);
                }
            }
        }
        return Set.copyOf(out);
    }

    /**
     * Whether the billable codes under a printed code differ before their sixth character ("S72.0": the neck's
     * parts, S72.00- to S72.09-): the code names a region, not one site whose side and encounter complete it.
     */
    private boolean severalSubcategories(String printed) {
        Set<String> subcategories = new HashSet<>();
        for (Code c : codeSet.billableDescendants(stem(printed))) {
            String raw = c.code().replace(".", "");
            subcategories.add(raw.substring(0, Math.min(5, raw.length())));
        }
        return subcategories.size() > 1;
    }

    /** Every word of the subterms below a main term (their titles' normalized words). */
    private static Set<String> vocabulary(IndexTerm main) {
        Set<String> out = new HashSet<>();
        ArrayDeque<IndexTerm> todo = new ArrayDeque<>(main.children());
        while (!todo.isEmpty()) {
            IndexTerm t = todo.pop();
            out.addAll(t.words());
            todo.addAll(t.children());
        }
        return Set.copyOf(out);
    }

    /** The clause words a subterm takes (its title's, or one comma-separated form's), or null if it is not written. */
    private List<String> taken(IndexTerm c, Set<String> words) {
        List<TitleForm> forms = titleForms.computeIfAbsent(c, this::titleForms);
        for (int k = 0; k < forms.size(); k++) {   // by index: asked of every subterm a walk tries, no iterator made
            TitleForm form = forms.get(k);
            if (!form.own().isEmpty() && holdsEvery(words, form.own())) {
                return form.all();
            }
            if (form.all().size() > 1 && words.contains(form.joined())) {
                return List.of(form.joined());   // a hyphenated title written as one word ("blowout")
            }
        }
        return null;
    }

    /** Whether the clause writes the first comma-separated form of the subterm's title (its title proper). */
    private boolean takenByTitle(IndexTerm c, Set<String> words) {
        TitleForm first = titleForms.computeIfAbsent(c, this::titleForms).get(0);
        return !first.own().isEmpty() && holdsEvery(words, first.own());
    }

    /** {@code words.containsAll(wanted)}, read by index. */
    private static boolean holdsEvery(Set<String> words, List<String> wanted) {
        for (int k = 0; k < wanted.size(); k++) {
            if (!words.contains(wanted.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * One comma-separated form of a subterm's title: its words, those a note must write (not implied), and the
     * words joined (a hyphenated title written as one word).
     */
    private record TitleForm(List<String> all, List<String> own, String joined) {
    }

    /** The forms of a subterm's title, worked out once a subterm (the walks meet the same subterms note after note). */
    private List<TitleForm> titleForms(IndexTerm c) {
        String title = TRAILING_PARENTHESIS.matcher(AlphabeticIndex.termText(c.title())).replaceAll("");
        List<TitleForm> forms = new ArrayList<>();
        for (String form : title.split(",")) {
            List<String> all = TermNormalizer.words(form);
            forms.add(new TitleForm(all, all.stream().filter(w -> !impliedIndexWords.contains(w)).toList(),
                    String.join("", all)));
        }
        return List.copyOf(forms);
    }

    /** How many characters a printed Index code has before its dash ("S52.9-": 4, "S22.4-": 4). */
    private static int depth(String printed) {
        return stem(printed).replace(".", "").length();
    }

    /** A printed Index code without its trailing dash and dot ("S52.9-": "S52.9"; "S22.4-": "S22.4"). */
    static String stem(String printed) {
        return PRINTED_DASH.matcher(printed).replaceAll("");
    }

    /** A cross-reference of a subterm of the main term ("Fracture, radius, upper end"), read from that main term. */
    private static IndexTerm seeWithin(IndexTerm main, String reference) {
        String[] parts = reference.split(",");
        IndexTerm at = main;
        for (int i = 1; i < parts.length && at != null; i++) {
            at = at.child(TermNormalizer.words(parts[i]));
        }
        return at == main ? null : at;
    }

    /** The best hit of the injury chapter whose 7th character, if it has one, is the encounter's. */
    private CodeHit search(Search s) {
        Predicate<String> fits = code -> {
            String eponym = eponymCodes.get(code);
            if (eponym != null && !s.eponyms().contains(eponym)) {
                return false;
            }
            String raw = code.replace(".", "");
            return raw.length() < 7 || raw.charAt(6) == s.encounter();
        };
        if (!digitWords.isEmpty() && Collections.disjoint(s.required(), digitWords)) {
            // a clause naming no digit: a code of a digit's muscle or tendon (the thumb's flexor at forearm level,
            // S56.0-) is no code of the region's other muscles (S56.2-), so such titles are passed over first
            CodeHit noDigit = index.firstInCategories(s.required(), s.preferred(), chapter, 40,
                    code -> fits.test(code) && !namesDigit(code));
            if (noDigit != null) {
                return noDigit;
            }
        }
        return index.firstInCategories(s.required(), s.preferred(), chapter, 40, fits);
    }

    /** Whether a code's title names a digit ({@link #digitWords}), read once per code. */
    private boolean namesDigit(String code) {
        return titleNamesDigit.computeIfAbsent(code, k -> codeSet.get(k)
                .map(c -> !Collections.disjoint(noteWords.analyze(c.title()), digitWords)).orElse(false));
    }

    private char encounter(String sentenceText) {
        String lower = sentenceText.toLowerCase(Locale.ROOT);
        for (int e = 0; e < encounterCues.length; e++) {
            for (String cue : encounterCues[e]) {
                if (lower.contains(cue)) {
                    return encounterCharacters[e];
                }
            }
        }
        return 'A';
    }

    private static boolean isBreak(Token t) {
        return t.isPunctuation();
    }
}
