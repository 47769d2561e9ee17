package org.opencac.engine.section;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.note.Span;
import org.opencac.models.io.Whitespace;

/**
 * Finds section headers and splits the note into sections. The header literals are data:
 * {@code section_headers.json}. A header is a known literal followed by a colon, either at the start of a
 * line (any case) or run into the text, as notes flattened by an interface have them
 * ("... denies.,FAMILY HISTORY: Mother had ..."); a whole line in capitals is a header too, and so is a
 * literal in capitals whose colon the flattening turned into the comma before a numbered list
 * ("FINAL DIAGNOSES,1.  Asthma.,2. ..."), or before one of its own sub-headers ("PHYSICAL EXAMINATION,GENERAL:"),
 * or, for a diagnostic statement, before a sentence ("POSTOPERATIVE DIAGNOSIS,Acute appendicitis."). To keep prose
 * out, an inline header must be in capitals, or start with a capital right after a clause boundary
 * ("stable.  Assessment: ..."); a lowercase "history:" inside a sentence is not a header. Sub-headers
 * (body systems such as "HEENT:") continue an enclosing review of systems or examination.
 */
public final class SectionDetector implements Stage {
    public static final String RESOURCE = "/org/opencac/engine/section/section_headers.json";

    private static final int MAX_HEADER = 61;

    private final Map<String, SectionRule> ruleByHeader;
    private final QualifiedHeaders qualified;
    private final Map<String, SectionRule> ruleById;
    private final CombinedHeaders combined;
    private final SentenceCommaHeaders sentenceComma;
    private final StudyHeaders study;
    private final ContrastHeaders contrast;

    /**
     * Headers that name an imaging study by its contrast ({@code contrast_headers} in the rule file): a header no
     * rule lists ("Head CT without contrast:", "MRI of the brain with and without contrast:") whose literal ends
     * in one of {@code endings} after at most {@code maxWords} words opens the section of the rule
     * {@code ruleId}: the study's result lines that follow are results, not the examination or history the
     * header interrupts. Only an imaging study is done with or without contrast, so the ending names a study
     * whatever the words before it.
     */
    public record ContrastHeaders(List<String> endings, int maxWords, String ruleId) {
        public static final ContrastHeaders NONE = new ContrastHeaders(List.of(), 0, null);

        public ContrastHeaders {
            endings = endings.stream().map(SectionDetector::key).toList();
            if (maxWords < 0) {
                throw new IllegalArgumentException("contrast_headers: max_words must not be negative");
            }
        }
    }

    /**
     * Headers that name a study rather than start an examination ({@code study_headers} in the rule file): a
     * header whose literal is one of {@code headers} ("EXAM:", "EXAMINATION:") and whose first clause (up to the
     * first period, line break or next header, at most {@code window} characters) holds one of {@code words} (a
     * modality or a view: "mammogram", "MRI", "ultrasound", "two views") opens a section of type {@code type}:
     * a radiology report's "EXAM: Screening mammogram." is the title of the study done, not a physical
     * examination.
     */
    public record StudyHeaders(Set<String> headers, Set<String> words, SectionType type, int window) {
        public static final StudyHeaders NONE = new StudyHeaders(Set.of(), Set.of(), SectionType.PROCEDURE, 0);

        public StudyHeaders {
            headers = Set.copyOf(headers);
            words = Set.copyOf(words);
        }
    }

    /**
     * How a header that joins known literals ("FINAL DIAGNOSIS/REASON FOR ADMISSION", "PLAN AND DIAGNOSIS") takes
     * a type ({@code combined_headers} in the rule file): when every part between the {@code joiners} is a
     * literal and one of them has a type of {@code strongest}, the header takes the type of the part that comes
     * first in that list (the diagnostic statement over the reason for the encounter). A part of a type of
     * {@code weakest} (the family history) never decides when another part is known: a header that joins it to the
     * patient's own history ("SOCIAL/FAMILY HISTORY") opens a section of both, whose relatives the cues name, and
     * the last other part decides; when a list of histories before one shared head names the family history and a
     * part of a type of {@code joinedToFamily} (the social history), the header heads the patient's past, family and
     * social history and takes the rule that map names (the past history). Otherwise the joined header is no literal and the last literal in it decides.
     */
    public record CombinedHeaders(Pattern joiners, List<SectionType> strongest,
                                  List<SectionType> weakest, Set<String> sharedHeads, List<SectionType> sharedWeakest,
                                  Map<SectionType, String> joinedToFamily) {
        public static final CombinedHeaders NONE = new CombinedHeaders(null, List.of(), List.of());

        public CombinedHeaders {
            strongest = List.copyOf(strongest);
            weakest = List.copyOf(weakest);
            sharedHeads = Set.copyOf(sharedHeads);
            sharedWeakest = List.copyOf(sharedWeakest);
            joinedToFamily = Map.copyOf(joinedToFamily);
        }

        public CombinedHeaders(Pattern joiners, List<SectionType> strongest, List<SectionType> weakest,
                               Set<String> sharedHeads, List<SectionType> sharedWeakest) {
            this(joiners, strongest, weakest, sharedHeads, sharedWeakest, Map.of());
        }

        public CombinedHeaders(Pattern joiners, List<SectionType> strongest,
                               List<SectionType> weakest) {
            this(joiners, strongest, weakest, Set.of(), List.of());
        }

        public CombinedHeaders(Pattern joiners, List<SectionType> strongest) {
            this(joiners, strongest, List.of());
        }
    }

    /**
     * A list of single words before one shared head word: joined by commas and a final "and" ("family, social, and
     * allergy history"), or two or more joined by slashes or one "and" ("social/family history", "social and family
     * history").
     */
    private static final Pattern SHARED_HEAD_LIST =
            Pattern.compile("([a-z]+(?:, [a-z]+)+,? and [a-z]+|[a-z]+(?:/[a-z]+)+|[a-z]+ and [a-z]+) ([a-z]+)");
    /** What separates the words of a {@link #SHARED_HEAD_LIST}. */
    private static final Pattern SHARED_HEAD_SEPARATOR = Pattern.compile(",? and |, |/");

    /**
     * How a header literal is qualified by the words after it ({@code qualified_headers} in the rule file):
     * a header in capitals that is a literal, one of {@code words} and at most {@code maxWords} more words
     * is a header of the literal's type.
     */
    public record QualifiedHeaders(Set<String> words, int maxWords) {
        public static final QualifiedHeaders NONE = new QualifiedHeaders(Set.of(), 0);

        public QualifiedHeaders {
            words = Set.copyOf(words);
            if (maxWords < 0) {
                throw new IllegalArgumentException("qualified_headers: max_words must not be negative");
            }
        }
    }

    /**
     * Which headers a flattened note may end with a comma before a sentence ({@code sentence_comma_headers} in
     * the rule file): literals of one of {@code types}, of at least {@code minLetters} letters. The diagnostic
     * statements only: a narrative header so read would make its first sentence a statement of its own.
     */
    public record SentenceCommaHeaders(Set<SectionType> types, int minLetters) {
        public static final SentenceCommaHeaders NONE = new SentenceCommaHeaders(Set.of(), 0);

        public SentenceCommaHeaders {
            types = Set.copyOf(types);
        }
    }

    public SectionDetector(List<SectionRule> rules) {
        this(rules, QualifiedHeaders.NONE);
    }

    public SectionDetector(List<SectionRule> rules, QualifiedHeaders qualified) {
        this(rules, qualified, CombinedHeaders.NONE);
    }

    public SectionDetector(List<SectionRule> rules, QualifiedHeaders qualified, CombinedHeaders combined) {
        this(rules, qualified, combined, SentenceCommaHeaders.NONE);
    }

    public SectionDetector(List<SectionRule> rules, QualifiedHeaders qualified, CombinedHeaders combined,
                           SentenceCommaHeaders sentenceComma) {
        this(rules, qualified, combined, sentenceComma, StudyHeaders.NONE);
    }

    public SectionDetector(List<SectionRule> rules, QualifiedHeaders qualified, CombinedHeaders combined,
                           SentenceCommaHeaders sentenceComma, StudyHeaders study) {
        this(rules, qualified, combined, sentenceComma, study, ContrastHeaders.NONE);
    }

    public SectionDetector(List<SectionRule> rules, QualifiedHeaders qualified, CombinedHeaders combined,
                           SentenceCommaHeaders sentenceComma, StudyHeaders study, ContrastHeaders contrast) {
        this.study = study;
        this.contrast = contrast;
        this.qualified = qualified;
        this.combined = combined;
        this.sentenceComma = sentenceComma;
        Map<String, SectionRule> map = new HashMap<>();
        for (SectionRule r : rules) {
            for (String h : r.headers()) {
                SectionRule prior = map.putIfAbsent(h, r);
                if (prior != null && prior != r) {
                    throw new IllegalArgumentException("section header '" + h + "' is in two rules: "
                            + prior.id() + " and " + r.id());
                }
            }
        }
        this.ruleByHeader = Map.copyOf(map);
        Map<String, SectionRule> byId = new HashMap<>();
        rules.forEach(r -> {
            if (r.id() != null) {
                byId.putIfAbsent(r.id(), r);
            }
        });
        this.ruleById = Map.copyOf(byId);
        if (contrast.ruleId() != null && !ruleById.containsKey(contrast.ruleId())) {
            throw new IllegalArgumentException("contrast_headers: no rule '" + contrast.ruleId() + "'");
        }
        for (String id : combined.joinedToFamily().values()) {
            if (!ruleById.containsKey(id)) {
                throw new IllegalArgumentException("combined_headers joined_to_family: no rule '" + id + "'");
            }
        }
    }

    /** Loads the bundled rules. */
    public static SectionDetector standard() {
        try (InputStream in = SectionDetector.class.getResourceAsStream(RESOURCE)) {
            JsonNode root = new ObjectMapper().readTree(in);
            return new SectionDetector(readRules(root, RESOURCE), readQualified(root), readCombined(root),
                    readSentenceComma(root), readStudy(root), readContrast(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SectionRule> readRules(InputStream in, String name) throws IOException {
        if (in == null) {
            throw new IllegalStateException("missing " + name);
        }
        return readRules(new ObjectMapper().readTree(in), name);
    }

    static SentenceCommaHeaders readSentenceComma(JsonNode root) {
        JsonNode c = root.path("sentence_comma_headers");
        if (c.isMissingNode()) {
            return SentenceCommaHeaders.NONE;
        }
        Set<SectionType> types = new HashSet<>();
        c.path("categories").forEach(t -> types.add(SectionType.fromId(t.asText())));
        return new SentenceCommaHeaders(types, c.path("min_letters").asInt(0));
    }

    static StudyHeaders readStudy(JsonNode root) {
        JsonNode c = root.path("study_headers");
        if (c.isMissingNode()) {
            return StudyHeaders.NONE;
        }
        Set<String> headers = new HashSet<>();
        c.path("headers").forEach(h -> headers.add(key(h.asText())));
        Set<String> words = new HashSet<>();
        c.path("words").forEach(w -> words.add(w.asText().toLowerCase(Locale.ROOT)));
        return new StudyHeaders(headers, words, SectionType.fromId(c.path("category").asText()),
                c.path("window").asInt(0));
    }

    static ContrastHeaders readContrast(JsonNode root) {
        JsonNode c = root.path("contrast_headers");
        if (c.isMissingNode()) {
            return ContrastHeaders.NONE;
        }
        List<String> endings = new ArrayList<>();
        c.path("endings").forEach(e -> endings.add(e.asText()));
        return new ContrastHeaders(endings, c.path("max_words").asInt(0), c.path("rule").asText(null));
    }

    static QualifiedHeaders readQualified(JsonNode root) {
        JsonNode q = root.path("qualified_headers");
        if (q.isMissingNode()) {
            return QualifiedHeaders.NONE;
        }
        Set<String> words = new HashSet<>();
        q.path("words").forEach(w -> words.add(w.asText().toLowerCase(Locale.ROOT)));
        return new QualifiedHeaders(words, q.path("max_words").asInt(0));
    }

    static CombinedHeaders readCombined(JsonNode root) {
        JsonNode c = root.path("combined_headers");
        if (c.isMissingNode()) {
            return CombinedHeaders.NONE;
        }
        List<String> joiners = new ArrayList<>();
        c.path("joiners").forEach(j -> {
            String w = j.asText().trim().toLowerCase(Locale.ROOT);
            joiners.add(Character.isLetter(w.charAt(0)) ? "\\s+" + Pattern.quote(w) + "\\s+"
                    : "\\s*" + Pattern.quote(w) + "\\s*");
        });
        List<SectionType> strongest = new ArrayList<>();
        c.path("strongest").forEach(t -> strongest.add(SectionType.fromId(t.asText())));
        List<SectionType> weakest = new ArrayList<>();
        c.path("weakest").forEach(t -> weakest.add(SectionType.fromId(t.asText())));
        Set<String> sharedHeads = new HashSet<>();
        c.path("shared_heads").forEach(h -> sharedHeads.add(h.asText().trim().toLowerCase(Locale.ROOT)));
        List<SectionType> sharedWeakest = new ArrayList<>();
        c.path("shared_head_weakest").forEach(t -> sharedWeakest.add(SectionType.fromId(t.asText())));
        Map<SectionType, String> joinedToFamily = new HashMap<>();
        c.path("joined_to_family").fields().forEachRemaining(
                e -> joinedToFamily.put(SectionType.fromId(e.getKey()), e.getValue().asText()));
        if (joiners.isEmpty() || strongest.isEmpty()) {
            return CombinedHeaders.NONE;
        }
        return new CombinedHeaders(Pattern.compile(String.join("|", joiners)), strongest, weakest,
                sharedHeads, sharedWeakest, joinedToFamily);
    }

    static List<SectionRule> readRules(JsonNode root, String name) {
        List<SectionRule> rules = new ArrayList<>();
        for (JsonNode r : root.path("rules")) {
            List<String> headers = new ArrayList<>();
            r.path("headers").forEach(h -> headers.add(h.asText()));
            String id = r.path("id").asText(null);
            try {
                List<SectionType> within = new ArrayList<>();
                r.path("within").forEach(w -> within.add(SectionType.fromId(w.asText())));
                rules.add(new SectionRule(id, SectionType.fromId(r.path("category").asText(null)), headers,
                        Set.copyOf(within), r.path("capitals_only").asBoolean(false)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": rule " + id + ": " + e.getMessage(), e);
            }
        }
        return rules;
    }

    /** A header found in the text: its span and its rule. */
    private record Found(int start, int end, SectionRule rule) {
    }

    @Override
    public Document process(Document doc) {
        String text = doc.text();
        List<Found> found = new ArrayList<>();
        findColonHeaders(text, found);
        findSubHeaderCommaHeaders(text, List.copyOf(found), found);
        findCapitalLines(text, found);
        findListHeaders(text, found);
        findSentenceHeaders(text, found);
        findLetterDashHeaders(text, found);
        found.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -f.end()));
        List<Section> sections = new ArrayList<>();
        int cursor = -1;
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            if (f.start() >= cursor) {
                kept.add(f);
                cursor = f.end();
            }
        }
        if (kept.isEmpty() || kept.get(0).start() > 0) {
            int end = kept.isEmpty() ? text.length() : kept.get(0).start();
            sections.add(new Section(SectionType.UNKNOWN, new Span(0, 0), new Span(0, end)));
        }
        SectionType enclosing = SectionType.UNKNOWN;
        boolean narrative = !kept.isEmpty() && opensWithNarrative(text, kept.get(0).start());
        for (int k = 0; k < kept.size(); k++) {
            int end = k + 1 < kept.size() ? kept.get(k + 1).start() : text.length();
            Found f = kept.get(k);
            boolean continues = f.rule().within().contains(enclosing);
            SectionType type = continues ? enclosing : f.rule().type();
            if (!continues && namesStudy(text, f, end)) {
                type = study.type();
            }
            int lineEnd = narrative ? headedLineEnd(text, f, end) : -1;
            if (lineEnd > 0) {
                // a run-in heading of a case report told line by line heads its own line; the account goes on
                sections.add(new Section(type, new Span(f.start(), f.end()), new Span(f.start(), lineEnd)));
                sections.add(new Section(SectionType.UNKNOWN, new Span(lineEnd, lineEnd), new Span(lineEnd, end)));
                enclosing = SectionType.UNKNOWN;
                continue;
            }
            enclosing = type;
            sections.add(new Section(type, new Span(f.start(), f.end()), new Span(f.start(), end)));
        }
        return doc.withSections(sections);
    }

    /**
     * Whether the line at {@code at} begins an item of a list ("2. Hypertension", "- asthma", "• gout"): the
     * heading's list goes on over its lines.
     */
    private static boolean startsListItem(String text, int at, int end) {
        int p = at;
        while (p < end && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        if (p >= end) {
            return false;
        }
        char c = text.charAt(p);
        if (c == '-' || c == '*' || c == '\u2022' || c == '\u00b7') {
            return true;
        }
        int q = p;
        while (q < end && Character.isDigit(text.charAt(q))) {
            q++;
        }
        return q > p && q < end && (text.charAt(q) == '.' || text.charAt(q) == ')');
    }

    /** Letters of prose a note must tell, line by line, before its first heading to be read as a case report. */
    private static final int NARRATIVE_LETTERS = 40;

    /**
     * True when the note is told line by line and opens with an account of its own, not a heading: at least
     * {@link #NARRATIVE_LETTERS} letters of text and a line break that ends a sentence before the first heading
     * (a case report: "A 60-year-old man came in with ...\n...\nFamily history: ..."). A flattened note has no line
     * break, and a note whose heading comes first is a structured note.
     */
    static boolean opensWithNarrative(String text, int firstHeader) {
        int letters = 0;
        boolean sentenceLine = false;
        for (int i = 0; i < firstHeader; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (c == '\n' && i > 0 && ".!?".indexOf(lastVisible(text, i)) >= 0) {
                sentenceLine = true;
            }
        }
        return sentenceLine && letters >= NARRATIVE_LETTERS;
    }

    private static char lastVisible(String text, int before) {
        int j = before - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j < 0 ? ' ' : text.charAt(j);
    }

    /**
     * Where the line of a run-in heading ends, when the heading begins its line, is written in mixed case
     * ("Family history: an uncle with ..."), its content follows on the same line and its section would reach
     * past that line; else -1. A heading alone on its line, or in capitals, keeps the lines after it.
     */
    private static int headedLineEnd(String text, Found f, int sectionEnd) {
        if (f.start() > 0 && text.charAt(f.start() - 1) != '\n') {
            return -1;
        }
        boolean lower = false;
        for (int i = f.start(); i < f.end(); i++) {
            lower |= Character.isLowerCase(text.charAt(i));
        }
        int nl = text.indexOf('\n', f.end());
        if (!lower || nl < 0 || nl + 1 >= sectionEnd || startsListItem(text, nl + 1, sectionEnd)) {
            return -1;
        }
        for (int i = f.end(); i < nl; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return nl + 1;
            }
        }
        return -1;
    }

    /** True when the header is a study header literal and its first clause names a study (see {@link StudyHeaders}). */
    private boolean namesStudy(String text, Found f, int sectionEnd) {
        if (study.headers().isEmpty()) {
            return false;
        }
        int keyEnd = f.end();
        while (keyEnd > f.start() && !Character.isLetterOrDigit(text.charAt(keyEnd - 1))) {
            keyEnd--;
        }
        if (!study.headers().contains(key(text.substring(f.start(), keyEnd)))) {
            return false;
        }
        int limit = Math.min(sectionEnd, f.end() + study.window());
        int p = f.end();
        while (p < limit && (text.charAt(p) == ' ' || text.charAt(p) == ',' || text.charAt(p) == '\t')) {
            p++; // a flattened note's ", " after the colon
        }
        int clauseEnd = p;
        while (clauseEnd < limit && text.charAt(clauseEnd) != '\n'
                && !(text.charAt(clauseEnd) == '.' && (clauseEnd + 1 >= text.length()
                        || !Character.isDigit(text.charAt(clauseEnd + 1))))) {
            clauseEnd++;
        }
        for (String w : STUDY_WORD_SPLIT.split(text.substring(p, clauseEnd).toLowerCase(Locale.ROOT))) {
            if (study.words().contains(w)) {
                return true;
            }
            for (String part : w.split("-")) { // "MRI-guided", "CT-scan"
                if (study.words().contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern STUDY_WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}-]+");

    /** Headers that end in a colon: the longest known literal before each colon that passes the case rule. */
    private void findColonHeaders(String text, List<Found> out) {
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            int keyEnd = colon;
            while (keyEnd > 0 && (text.charAt(keyEnd - 1) == ' ' || text.charAt(keyEnd - 1) == '\t')) {
                keyEnd--;
            }
            Found f = headerEndingAt(text, keyEnd, colon + 1, (s, raw) -> accepted(text, s, raw));
            int before = f == null ? beforeAside(text, keyEnd) : -1;
            if (before > 0) {
                f = headerEndingAt(text, before, colon + 1, (s, raw) -> accepted(text, s, raw));
            }
            if (f != null) {
                out.add(f);
            }
        }
    }

    /** The longest aside in parentheses a header may carry before its colon. */
    private static final int MAX_ASIDE = 60;

    /**
     * Where a header literal would end before an aside in parentheses that closes at {@code keyEnd}, the colon
     * after it ("HX (obtained from the daughter):", "CHIEF COMPLAINT (per patient):"; a flattened note may put
     * its comma before the aside: "HX , (obtained from ...):"), or -1: the aside holds no sentence end and no
     * other parenthesis.
     */
    static int beforeAside(String text, int keyEnd) {
        if (keyEnd < 2 || text.charAt(keyEnd - 1) != ')') {
            return -1;
        }
        int open = -1;
        for (int i = keyEnd - 2; i >= 0 && keyEnd - i <= MAX_ASIDE; i--) {
            char c = text.charAt(i);
            if (c == '(') {
                open = i;
                break;
            }
            if (c == ')' || c == '.' || c == ':' || c == '\n') {
                return -1;
            }
        }
        int p = open;
        while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\t')) {
            p--;
        }
        if (p > 0 && text.charAt(p - 1) == ',') {
            p--;
            while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\t')) {
                p--;
            }
        }
        return open < 0 || p == 0 || !Character.isLetter(text.charAt(p - 1)) ? -1 : p;
    }

    /**
     * The known header literal ending at {@code keyEnd} that {@code accept} takes (by its start and words), tried
     * from the farthest word start (the longest literal) to the nearest; the header's span ends at {@code end}.
     */
    private Found headerEndingAt(String text, int keyEnd, int end,
                                 BiPredicate<Integer, String> accept) {
        int limit = Math.max(0, keyEnd - MAX_HEADER);
        int a = keyEnd;
        while (a > limit && headerChar(text.charAt(a - 1))) {
            a--;
        }
        // a list in capitals of words joined by commas before a shared head ("FAMILY, SOCIAL, AND ALLERGY HISTORY")
        int wide = a;
        if (!combined.sharedHeads().isEmpty()) {
            while (wide > limit && (headerChar(text.charAt(wide - 1))
                    || text.charAt(wide - 1) == ',' && text.charAt(wide) == ' ')) {
                wide--;
            }
        }
        for (int s = wide; s < a; s++) {
            if (!Character.isLetter(text.charAt(s)) || (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1)))) {
                continue;
            }
            String raw = text.substring(s, keyEnd);
            if (raw.indexOf(',') >= 0 && raw.equals(raw.toUpperCase(Locale.ROOT))) {
                SectionRule rule = combinedRule(raw);
                if (rule != null && accept.test(s, raw)) {
                    return new Found(s, end, rule);
                }
            }
        }
        for (int s = a; s < keyEnd; s++) {
            if (!Character.isLetter(text.charAt(s)) || (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1)))) {
                continue;
            }
            String raw = text.substring(s, keyEnd);
            SectionRule rule = ruleByHeader.get(key(raw));
            if (rule != null && !rule.writtenAsHeader(raw)) {
                continue;   // a literal of capitals only, written in mixed case: a listed condition, no heading
            }
            if (rule == null) {
                rule = combinedRule(raw);
            }
            if (rule == null) {
                rule = qualifiedRule(raw);
            }
            if (rule == null) {
                rule = contrastRule(raw);
            }
            if (rule != null && accept.test(s, raw)) {
                return new Found(s, end, rule);
            }
        }
        return null;
    }

    /**
     * Headers whose colon a flattened note turned into the comma before a numbered list
     * ("...is 1.7.,IMPRESSION,1.  Viral gastritis.,2. ..."): a known literal in capitals, at the start of the
     * note or a line or right after one of {@code . , ; :}, followed by a comma and the list's first item "1.".
     */
    private void findListHeaders(String text, List<Found> out) {
        Matcher m = LIST_AFTER_COMMA.matcher(text);
        // every match begins at a comma: the pattern is tried at each comma only, in order, as find() would
        // (the next search starting at the match's end), instead of at every character of the note
        int from = text.indexOf(',');
        while (from >= 0) {
            if (!m.region(from, text.length()).lookingAt()) {
                from = text.indexOf(',', from + 1);
                continue;
            }
            Found f = headerEndingAt(text, m.start(), m.start() + 1,
                    (s, raw) -> raw.equals(raw.toUpperCase(Locale.ROOT)) && afterClauseBoundary(text, s));
            if (f != null) {
                out.add(f);
            }
            from = text.indexOf(',', m.end());
        }
    }

    /**
     * Headers whose colon a flattened note turned into the comma before one of their own sub-headers
     * ("...noted above.,PHYSICAL EXAMINATION,GENERAL:  Alert..."): a known literal in capitals, at the start of
     * the note or a line or right after one of {@code . , ; :}, followed by a comma and a sub-header with its
     * colon that continues the literal's section type (a body system within an examination). Without it the
     * body systems of the examination would continue the review of systems before them.
     */
    private void findSubHeaderCommaHeaders(String text, List<Found> colonHeaders, List<Found> out) {
        for (Found sub : colonHeaders) {
            if (sub.rule().within().isEmpty()) {
                continue;
            }
            int c = sub.start();
            while (c > 0 && (text.charAt(c - 1) == ' ' || text.charAt(c - 1) == '\t')) {
                c--;
            }
            if (c == 0 || text.charAt(c - 1) != ',') {
                continue;
            }
            int comma = c - 1;
            Found f = headerEndingAt(text, comma, comma + 1,
                    (s, raw) -> raw.equals(raw.toUpperCase(Locale.ROOT)) && afterClauseBoundary(text, s));
            if (f != null && sub.rule().within().contains(f.rule().type())) {
                out.add(f);
            }
        }
    }

    /**
     * Headers whose colon a flattened note turned into the comma before a sentence ("...,POSTOPERATIVE
     * DIAGNOSIS,Left breast ductal carcinoma in situ.,PROCEDURES PERFORMED,1. ..."): a known literal of a
     * diagnostic statement's type ({@link SentenceCommaHeaders}), in capitals, at the start of the note or a
     * line or right after one of {@code . , ; :}, followed by a comma and a capitalized word in lower case
     * ("Left"). A word in capitals after the comma is not taken: a list in capitals is no sentence.
     */
    private void findSentenceHeaders(String text, List<Found> out) {
        if (sentenceComma.types().isEmpty()) {
            return;
        }
        for (int c = text.indexOf(','); c >= 0; c = text.indexOf(',', c + 1)) {
            if (!beforeSentence(text, c)) {
                continue;
            }
            int comma = c;
            Found f = headerEndingAt(text, comma, comma + 1,
                    (s, raw) -> comma - s >= sentenceComma.minLetters()
                            && raw.equals(raw.toUpperCase(Locale.ROOT)) && afterClauseBoundary(text, s));
            if (f != null && sentenceComma.types().contains(f.rule().type())) {
                out.add(f);
            }
        }
    }

    /**
     * True if the comma at {@code comma} is a flattened header's before a sentence: after spaces and tabs, a
     * capital and a lower-case letter follow it ({@code ,[ \t]*(?=\p{Lu}\p{Ll})}, read at each comma found by
     * {@code indexOf} instead of a search trying the pattern at every character of the note).
     */
    static boolean beforeSentence(String text, int comma) {
        int j = comma + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        if (j >= text.length()) {
            return false;
        }
        int capital = text.codePointAt(j);
        int next = j + Character.charCount(capital);
        return Character.getType(capital) == Character.UPPERCASE_LETTER && next < text.length()
                && Character.getType(text.codePointAt(next)) == Character.LOWERCASE_LETTER;
    }

    /**
     * One-letter headers of a SOAP note written with a dash for the colon ("S - ,A man with heel pain.,O - ,...,A -
     * ,1.  Plantar fasciitis.,P - ,..."): a known literal of one letter, in capitals, at the start of the note or
     * a line or right after one of {@code . , ; :}, then spaces and a hyphen, then the flattened header's comma
     * or a line break, or anything when the letter opens a line. A capital and a dash inside a sentence ("type A -
     * the common one") are no header.
     */
    private void findLetterDashHeaders(String text, List<Found> out) {
        for (int dash = text.indexOf('-'); dash >= 0; dash = text.indexOf('-', dash + 1)) {
            int k = dash;
            while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
                k--;
            }
            int letter = k - 1;
            if (k == dash || letter < 0 || !Character.isUpperCase(text.charAt(letter))
                    || (letter > 0 && Character.isLetterOrDigit(text.charAt(letter - 1)))) {
                continue;
            }
            SectionRule rule = ruleByHeader.get(String.valueOf(Character.toLowerCase(text.charAt(letter))));
            if (rule == null || !afterClauseBoundary(text, letter)) {
                continue;
            }
            int j = dash + 1;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            boolean closed = j < text.length() && (text.charAt(j) == ',' || text.charAt(j) == '\n'
                    || text.charAt(j) == '\r');
            if (closed || opensLine(text, letter)) {
                out.add(new Found(letter, dash + 1, rule));
            }
        }
    }

    /** True at the start of the text or of a line (spaces before). */
    private static boolean opensLine(String text, int start) {
        int p = start - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '\r')) {
            p--;
        }
        return p < 0 || text.charAt(p) == '\n';
    }

    /** The comma of a flattened header before a numbered list's first item. */
    private static final Pattern LIST_AFTER_COMMA = Pattern.compile(",[ \\t]*1\\.\\s");

    /** True at the start of the text or a line, or right after one of {@code . , ; :} (spaces between). */
    private static boolean afterClauseBoundary(String text, int start) {
        int p = start - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '\r')) {
            p--;
        }
        return p < 0 || ".,;:\n".indexOf(text.charAt(p)) >= 0;
    }

    /**
     * The rule of a header in capitals that is a known literal qualified by the words after it
     * ("INDICATIONS FOR THE OPERATION" is an indication), or null. The longest literal the header starts with
     * must be followed by a qualifying word ("HISTORY OF PRESENT ILLNESS AND HOSPITAL COURSE" is not
     * qualified: its later literal decides); sub-header literals are not qualified.
     */
    /** The rule of a header naming a study by its contrast (see {@link ContrastHeaders}), or null. */
    private SectionRule contrastRule(String raw) {
        if (contrast.ruleId() == null) {
            return null;
        }
        String k = key(raw);
        for (String ending : contrast.endings()) {
            if (endsWithWord(k, ending)) {
                String before = k.substring(0, k.length() - ending.length()).trim();
                int words = before.isEmpty() ? 0 : before.split(" ").length;
                return words >= 1 && words <= contrast.maxWords() ? ruleById.get(contrast.ruleId()) : null;
            }
        }
        return null;
    }

    /** Whether {@code k} ends with a space and then {@code ending}, read in place (no joined copy). */
    static boolean endsWithWord(String k, String ending) {
        int at = k.length() - ending.length() - 1;
        return at >= 0 && k.charAt(at) == ' ' && k.startsWith(ending, at + 1);
    }

    private SectionRule qualifiedRule(String raw) {
        if (qualified.words().isEmpty() || !raw.equals(raw.toUpperCase(Locale.ROOT))) {
            return null;
        }
        String[] words = key(raw).split(" ");
        for (int i = words.length - 2; i >= 1; i--) {
            SectionRule rule = ruleByHeader.get(String.join(" ", Arrays.copyOfRange(words, 0, i)));
            if (rule == null) {
                continue;
            }
            // The longest literal at the start decides: it is qualified only by the word right after it.
            boolean qualifies = qualified.words().contains(words[i]) && words.length - i - 1 <= qualified.maxWords();
            return qualifies && rule.within().isEmpty() ? rule : null;
        }
        return null;
    }

    /**
     * The rule of a header that joins known literals, one of them of a strong type (see {@link CombinedHeaders}):
     * the rule of its strongest part, or null. A part of one letter is no part: "H&P AND HOSPITAL COURSE" does not
     * join a plan ("P") to the course.
     */
    private SectionRule combinedRule(String raw) {
        if (combined.joiners() == null) {
            return null;
        }
        String k = key(raw);
        Matcher shared = SHARED_HEAD_LIST.matcher(k);
        boolean sharedList = shared.matches() && combined.sharedHeads().contains(shared.group(2));
        if (sharedList) {
            // "family, social, and allergy history": each listed word takes the shared head
            String[] words = SHARED_HEAD_SEPARATOR.split(shared.group(1));
            String[] parts = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                parts[i] = words[i] + " " + shared.group(2);
            }
            // only a list with commas ("family, social, and allergy history") heads the patient's past history too
            SectionRule rule = partsRule(parts, combined.sharedWeakest(), shared.group(1).indexOf(',') >= 0);
            if (rule != null) {
                return rule;
            }
        }
        return partsRule(combined.joiners().split(k), combined.weakest(), false);
    }

    /**
     * The rule of a header's parts, each of which must be a literal: the rule of its strongest part, else the last
     * part of no weakest type when a weakest part is among them (in a {@code listedHistories} header naming the
     * family history, the rule {@code joinedToFamily} names for that part's type); null otherwise.
     */
    private SectionRule partsRule(String[] parts, List<SectionType> weakest, boolean listedHistories) {
        if (parts.length < 2) {
            return null;
        }
        SectionRule best = null;
        int bestRank = Integer.MAX_VALUE;
        SectionRule lastOther = null;   // the last part of no weakest type
        boolean weak = false;
        boolean family = false;   // a part is the relatives' history
        for (String part : parts) {
            SectionRule rule = part.length() < 2 ? null : ruleByHeader.get(part);
            if (rule == null || !rule.within().isEmpty()) {
                return null;
            }
            int rank = combined.strongest().indexOf(rule.type());
            if (rank >= 0 && rank < bestRank) {
                best = rule;
                bestRank = rank;
            }
            family |= rule.type() == SectionType.FAMILY_HISTORY;
            if (weakest.contains(rule.type())) {
                weak = true;
            } else {
                lastOther = rule;
            }
        }
        if (best != null) {
            return best;
        }
        if (!weak || lastOther == null) {
            return null;
        }
        // a list of histories naming the relatives' and the patient's social one heads the patient's past history too
        String joined = listedHistories && family ? combined.joinedToFamily().get(lastOther.type()) : null;
        return joined == null ? lastOther : ruleById.get(joined);
    }

    /** Whole lines in capitals that are a known literal ("ASSESSMENT AND PLAN"). */
    private void findCapitalLines(String text, List<Found> out) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int a = lineStart;
            while (a < lineEnd && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            int b = lineEnd;
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            int colon = indexOf(text, ':', a, b); // never past the line
            boolean noColon = colon < 0 || colon >= b;
            if (noColon && b > a + 2 && b - a <= MAX_HEADER) {
                String raw = text.substring(a, b);
                SectionRule rule = ruleByHeader.get(key(raw));
                if (rule == null && raw.equals(raw.toUpperCase(Locale.ROOT)) && allHeaderChars(raw)) {
                    rule = combinedRule(raw);
                }
                if (rule != null && raw.equals(raw.toUpperCase(Locale.ROOT)) && allHeaderChars(raw)) {
                    out.add(new Found(a, b, rule));
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /** The first {@code c} in [from, to), or -1. */
    private static int indexOf(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The case rule. At the start of a line any case is a header. Run into the text, a header is in
     * capitals (two letters or more), or starts with a capital right after a clause boundary: the start of
     * the note, a line break, one of {@code . , ; : ! ? )} or two spaces. A literal written right after the
     * period of a one-letter word, with no space between, is the last letter of an initialism ("T.A: 120/80",
     * "B.P: 130/85"), not the one-letter header "A:" or "P:".
     */
    static boolean accepted(String text, int start, String raw) {
        int p = start - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '\r')) {
            p--;
        }
        if (p < 0 || text.charAt(p) == '\n') {
            return true;
        }
        if (p == start - 1 && insideInitialism(text, p)) {
            return false;
        }
        boolean capitals = raw.equals(raw.toUpperCase(Locale.ROOT)) && raw.chars().filter(Character::isLetter).count() >= 2;
        if (capitals) {
            return true;
        }
        boolean boundary = ".,;:!?)".indexOf(text.charAt(p)) >= 0 || start - p > 2;
        return boundary && Character.isUpperCase(raw.charAt(0));
    }

    /** True if the character at {@code period} is a period closing a one-letter word ("T." of "T.A"). */
    private static boolean insideInitialism(String text, int period) {
        return text.charAt(period) == '.' && period >= 1 && Character.isLetter(text.charAt(period - 1))
                && (period < 2 || !Character.isLetterOrDigit(text.charAt(period - 2)));
    }

    /**
     * A header's look-up key: trimmed, lower-cased, each run of whitespace ({@code \s+}: space, tab, line breaks,
     * form feed) one space. Read by hand: a header is keyed at every place one may start, and most keys hold
     * single spaces only, which are kept as they are without a search.
     */
    static String key(String raw) {
        String t = raw.trim().toLowerCase(Locale.ROOT);
        StringBuilder out = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = Whitespace.isRegexSpace(c);
            if (out == null && space && (c != ' ' || i + 1 < t.length() && Whitespace.isRegexSpace(t.charAt(i + 1)))) {
                out = new StringBuilder(t.length()).append(t, 0, i);
            }
            if (out != null && (!space || !Whitespace.isRegexSpace(t.charAt(i - 1)))) {
                out.append(space ? ' ' : c);   // a run's first character (trimmed: never the key's first)
            }
        }
        return out == null ? t : out.toString();
    }

    private static boolean headerChar(char c) {
        return Character.isLetterOrDigit(c) || c == ' ' || c == '/' || c == '&' || c == '\'' || c == '(' || c == ')'
                || c == '-';
    }

    private static boolean allHeaderChars(String raw) {
        return raw.chars().allMatch(c -> headerChar((char) c));
    }
}
