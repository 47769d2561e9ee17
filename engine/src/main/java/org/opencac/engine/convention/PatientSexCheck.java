package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.opencac.engine.CodeTableFile;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.note.PatientSex;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.text.LowerWords;
import org.opencac.engine.text.LowerWords.Hyphens;
import org.opencac.engine.text.WordStartPattern;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.InstructionalNote;
import org.opencac.models.io.Whitespace;

/**
 * Codes for one sex only. The patient's sex is the request's when it gives one, else the note's when it tells it
 * without doubt (an age and a sex, "Mr."/"Mrs.", a record field; else the pronouns, one sex's far outnumbering
 * the other's; else the organs it names, of one sex only). A candidate whose code is for the other sex becomes its
 * counterpart for the patient's sex when its
 * category has one (an unspecified urethral stricture: the male code, not the female one; a breast cancer: the
 * male breast), else it is left out with its reason. A note whose sex is not clear keeps its codes as they are.
 * Which codes are for one sex is read from the code set: titles naming one sex as a word, and organ ranges from
 * {@code patient_sex.tsv}; the note is read only when a candidate is such a code.
 */
public final class PatientSexCheck implements Stage {
    static final String FILE = "/org/opencac/engine/convention/patient_sex.tsv";
    /** How much the counterpart's title words (other than the sex and words no note must write) must share. */
    private static final double MIN_SIMILARITY = 0.6;
    /** Pronouns decide only when the one sex's are at least this many, and this many times the other's. */
    private static final int MIN_PRONOUNS = 3;
    private static final int PRONOUN_RATIO = 5;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The billable codes for one sex only. */
    private final Map<String, PatientSex> sexOf;
    /** A code for one sex (named in its title) and its counterpart for the other, when its category has one. */
    private final Map<String, Code> counterpart;
    /**
     * A code of either sex whose condition, in the female pelvis, is a woman's code of its own (Index: Adhesions,
     * pelvic, female N73.6, male K66.0), and that code: read for a woman whose note codes a condition of her genital
     * organs (a code for a woman only), as the operation or study is then in her pelvis.
     */
    private final Map<String, Code> femalePelvic;
    /** Words of an evidence that sites the condition outside the pelvic organs ("bowel adhesions"): not read so. */
    private final Set<String> notPelvic;
    /** The cues, each searched only at word starts whose first characters can begin it. */
    private final List<WordStartPattern> cues;
    private final Map<String, PatientSex> words;
    /** The length of the longest pronoun: a longer word is not looked up. */
    private final int longestPronoun;
    private final Map<String, PatientSex> pronouns;
    /** The organ phrases by their first word, each split into its words. */
    private final Map<String, List<String[]>> organsByFirstWord;
    private final Map<String, PatientSex> organs;
    /** By ASCII character folded to lower case: whether a pronoun, or an organ phrase's first word, begins with it. */
    private final boolean[] pronounStarts = new boolean[128];
    private final boolean[] organStarts = new boolean[128];

    PatientSexCheck(Map<String, PatientSex> sexOf, Map<String, Code> counterpart, Map<String, Code> femalePelvic,
                    List<Pattern> cues, Map<String, PatientSex> words, Map<String, PatientSex> pronouns,
                    Map<String, PatientSex> organs, Set<String> notPelvic) {
        this.notPelvic = Set.copyOf(notPelvic);
        this.sexOf = Map.copyOf(sexOf);
        this.counterpart = Map.copyOf(counterpart);
        this.femalePelvic = Map.copyOf(femalePelvic);
        List<WordStartPattern> atWords = new ArrayList<>();
        for (Pattern cue : cues) {
            atWords.add(WordStartPattern.of(cue));
        }
        this.cues = List.copyOf(atWords);
        this.words = Map.copyOf(words);
        this.pronouns = Map.copyOf(pronouns);
        this.longestPronoun = pronouns.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.organs = Map.copyOf(organs);
        Map<String, List<String[]>> byFirst = new HashMap<>();
        for (String o : this.organs.keySet()) {
            String[] phrase = SPACES.split(o.trim());
            byFirst.computeIfAbsent(phrase[0], k -> new ArrayList<>()).add(phrase);
        }
        this.organsByFirstWord = Map.copyOf(byFirst);
        markStarts(this.pronouns.keySet(), pronounStarts);
        markStarts(this.organsByFirstWord.keySet(), organStarts);
    }

    private static void markStarts(Set<String> words, boolean[] starts) {
        for (String w : words) {
            char c = w.isEmpty() ? 0 : w.charAt(0);
            if (c < 128) {
                starts[Character.toLowerCase(c)] = true;
            } else {
                java.util.Arrays.fill(starts, true);   // a word that does not begin with ASCII: every word is read
            }
        }
    }

    /**
     * Whether a word starting at {@code start} may be one of the words {@code starts} marks: its first character,
     * folded to lower case, begins one of them (a character beyond ASCII is always looked up).
     */
    private static boolean mayStart(String text, int start, boolean[] starts) {
        char c = text.charAt(start);
        return c >= 128 || starts[c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c];
    }

    /** Which codes the check holds for one sex, and their counterparts (for tests). */
    CodeTables tables() {
        return new CodeTables(sexOf, counterpart);
    }

    public static PatientSexCheck standard(CodeSet codeSet) {
        return standard(codeSet, java.util.Optional.empty());
    }

    /**
     * As {@link #standard(CodeSet)}, which codes are for one sex and their counterparts kept in {@code cacheDir}
     * (the models' cache directory of this code set, {@link org.opencac.models.index.CodeIndex#derivedDir}): read
     * from there instead of reading every billable code's titles at each start.
     */
    public static PatientSexCheck standard(CodeSet codeSet, java.util.Optional<java.nio.file.Path> cacheDir) {
        List<CodePattern[]> ranges = new ArrayList<>();
        List<PatientSex> rangeSex = new ArrayList<>();
        List<CodePattern> exempt = new ArrayList<>();
        List<Pattern> cues = new ArrayList<>();
        Map<String, PatientSex> words = new HashMap<>();
        Map<String, PatientSex> pronouns = new HashMap<>();
        Map<String, PatientSex> organs = new HashMap<>();
        Set<String> notCompared = new HashSet<>();
        Map<String, Code> femalePelvic = new HashMap<>();
        Set<String> notPelvic = new HashSet<>();
        DataFiles.kindRows(FILE, Map.of(
                "range", row("range", (sex, value) -> {
                    ranges.add(new CodePattern[] {parse(value, value)});
                    rangeSex.add(sex);
                }),
                "exempt", row("exempt", (sex, value) -> exempt.add(parse(value, value))),
                "cue", row("cue", (sex, value) -> {
                    Pattern p = Pattern.compile(value, Pattern.CASE_INSENSITIVE);
                    if (p.matcher("").groupCount() < 1) {
                        throw new IllegalStateException(FILE + ": a cue needs a group naming the sex: " + value);
                    }
                    cues.add(p);
                }),
                "word", row("word", (sex, value) -> words.put(value.toLowerCase(Locale.ROOT), sex)),
                "pronoun", row("pronoun", (sex, value) -> pronouns.put(value.toLowerCase(Locale.ROOT), sex)),
                "organ", row("organ", (sex, value) -> organs.put(value.toLowerCase(Locale.ROOT), sex)),
                "not_compared", row("not_compared", (sex, value) -> notCompared.add(value.toLowerCase(Locale.ROOT))),
                "female_pelvic", row("female_pelvic", (sex, value) -> {
                    String[] pair = SPACES.split(value.trim());
                    if (sex != PatientSex.FEMALE || pair.length != 2) {
                        throw new IllegalStateException(FILE + ": female_pelvic needs female and two codes: " + value);
                    }
                    femalePelvic.put(pair[0], codeSet.get(pair[1]).orElseThrow(
                            () -> new IllegalStateException(FILE + ": not a code of the code set: " + pair[1])));
                }),
                "not_pelvic", row("not_pelvic", (sex, value) -> notPelvic.add(value.toLowerCase(Locale.ROOT)))));
        CodeTables tables = cacheDir.map(dir -> CodeTables.kept(codeSet, DataFiles.lines(FILE), ranges, rangeSex,
                        exempt, notCompared, dir))
                .orElseGet(() -> CodeTables.of(codeSet, ranges, rangeSex, exempt, notCompared));
        return new PatientSexCheck(tables.sexOf(), tables.counterpart(), femalePelvic, cues, words, pronouns, organs,
                notPelvic);
    }

    /**
     * The reader of one kind of {@link #FILE}'s rows: its two values after the kind, a sex ("male", "female", or "-"
     * for none) and the value; another count or sex fails at start-up, naming the file.
     */
    private static java.util.function.Consumer<String[]> row(String kind,
                                                             java.util.function.BiConsumer<PatientSex, String> read) {
        return values -> {
            String line = kind + "\t" + String.join("\t", values);
            if (values.length != 2) {
                throw new IllegalStateException(FILE + ": a row needs a kind, a sex and a value: " + line);
            }
            PatientSex sex = switch (values[0]) {
                case "male" -> PatientSex.MALE;
                case "female" -> PatientSex.FEMALE;
                case "-" -> PatientSex.UNKNOWN;
                default -> throw new IllegalStateException(FILE + ": unknown sex " + values[0] + ": " + line);
            };
            read.accept(sex, values[1]);
        };
    }

    /**
     * What the check reads of the code set: the billable codes for one sex (by their titles or the file's ranges)
     * and, for those whose titles name it, the other sex's counterpart.
     *
     * @param sexOf       each billable code for one sex, and that sex
     * @param counterpart a code whose title names one sex, and the other sex's code in its category
     */
    record CodeTables(Map<String, PatientSex> sexOf, Map<String, Code> counterpart) {
        static CodeTables of(CodeSet codeSet, List<CodePattern[]> ranges, List<PatientSex> rangeSex,
                             List<CodePattern> exempt, Set<String> notCompared) {
            Map<String, PatientSex> sexOf = new HashMap<>();
            Map<String, PatientSex> byTitle = new HashMap<>();
            TitleSexes titleSexes = new TitleSexes(codeSet);
            // a code whose first character is outside every pattern's first characters is covered by none (most
            // billable codes, for the ranges and for the exemptions): their patterns are not tried on it
            boolean[] exemptHeads = heads(exempt);
            boolean[] rangeHeads = heads(ranges.stream().map(r -> r[0]).toList());
            for (Code c : codeSet.all()) {
                if (!c.billable() || mayCover(exemptHeads, c.code()) && CodePattern.anyCovers(exempt, c.code())) {
                    continue;
                }
                PatientSex s = titleSexes.of(c);
                if (s != PatientSex.UNKNOWN) {
                    byTitle.put(c.code(), s);
                    sexOf.put(c.code(), s);
                    continue;
                }
                if (!mayCover(rangeHeads, c.code())) {
                    continue;
                }
                for (int i = 0; i < ranges.size(); i++) {
                    if (ranges.get(i)[0].covers(c.code())) {
                        sexOf.put(c.code(), rangeSex.get(i));
                        break;
                    }
                }
            }
            Map<String, Code> counterpart = new HashMap<>();
            for (Map.Entry<String, PatientSex> e : byTitle.entrySet()) {
                Code c = codeSet.get(e.getKey()).orElseThrow();
                Code other = PatientSexCheck.counterpart(codeSet, c, e.getValue().other(), byTitle,
                        notCompared);
                if (other != null) {
                    counterpart.put(c.code(), other);
                }
            }
            return new CodeTables(sexOf, counterpart);
        }

        /**
         * The tables kept in {@code dir} for this code set, the file's rows and this class's reading of them, made
         * and kept there first when missing or made for another key ({@link CodeTableFile}: the file ends with a
         * CRC of its content).
         */
        static CodeTables kept(CodeSet codeSet, List<String> lines, List<CodePattern[]> ranges,
                               List<PatientSex> rangeSex, List<CodePattern> exempt, Set<String> notCompared,
                               java.nio.file.Path dir) {
            String key = CodeTableFile.key(List.of("patient sex: codes for one sex and their counterparts",
                    codeSet.version().label(), Integer.toString(codeSet.size()), String.join("\n", lines)),
                    List.of(PatientSexCheck.class, TitleSexes.class, CodeTables.class, CodePattern.class,
                            InstructionalNote.CodeRef.class, CodeSet.class));
            return CodeTableFile.readOrBuild(dir.resolve("patient-sex-" + key.substring(0, 16) + ".bin"), key,
                    () -> of(codeSet, ranges, rangeSex, exempt, notCompared).table(codeSet),
                    table -> fromTable(codeSet, table));
        }

        /** As a table of the file: each code for one sex in the code set's order, its sex and its counterpart if any. */
        Map<String, List<String>> table(CodeSet codeSet) {
            Map<String, List<String>> out = new java.util.LinkedHashMap<>();
            for (Code c : codeSet.all()) {
                PatientSex sex = sexOf.get(c.code());
                if (sex != null) {
                    Code other = counterpart.get(c.code());
                    out.put(c.code(), other == null ? List.of(sex.name()) : List.of(sex.name(), other.code()));
                }
            }
            return out;
        }

        static CodeTables fromTable(CodeSet codeSet, Map<String, List<String>> table) {
            Map<String, PatientSex> sexOf = new HashMap<>(table.size() * 2);
            Map<String, Code> counterpart = new HashMap<>();
            table.forEach((code, row) -> {
                Code c = codeSet.get(code).filter(k -> k.code().equals(code))
                        .orElseThrow(() -> new IllegalStateException("not a code of the code set: " + code));
                if (row.isEmpty() || row.size() > 2) {
                    throw new IllegalStateException("a row needs a sex and at most a counterpart: " + code);
                }
                sexOf.put(c.code(), PatientSex.valueOf(row.get(0)));
                if (row.size() == 2) {
                    counterpart.put(c.code(), codeSet.get(row.get(1)).orElseThrow(
                            () -> new IllegalStateException("not a code of the code set: " + row.get(1))));
                }
            });
            return new CodeTables(sexOf, counterpart);
        }
    }

    /** The first characters (ASCII) a code may have to be covered by one of the patterns. */
    static boolean[] heads(List<CodePattern> patterns) {
        boolean[] heads = new boolean[128];
        for (CodePattern p : patterns) {
            String first = p.ref().first();
            String last = p.ref().last();
            if (first.isEmpty() || last.isEmpty() || first.charAt(0) >= 128 || last.charAt(0) >= 128) {
                java.util.Arrays.fill(heads, true);   // CodeRef.covers does not filter such a pattern by its head
                continue;
            }
            for (char h = first.charAt(0); h <= last.charAt(0); h++) {
                heads[h] = true;
            }
        }
        return heads;
    }

    /** False when a pattern of these heads cannot cover the code (as CodeRef.covers rules it out at once). */
    static boolean mayCover(boolean[] heads, String code) {
        if (code.isEmpty()) {
            return true;
        }
        char head = code.charAt(0);
        return head >= 128 || head == '.' || heads[head];
    }

    private static CodePattern parse(String text, String line) {
        try {
            return CodePattern.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(FILE + ": " + e.getMessage() + ": " + line, e);
        }
    }

    /**
     * The sex a code's title names as a word, or its nearest ancestor's that names one; UNKNOWN for none or both.
     * Each title is read once: a code whose own title names no sex takes its parent's answer, remembered for the
     * parent's other descendants (at start-up every billable code is asked, and most share their ancestors).
     */
    static final class TitleSexes {
        private final CodeSet codeSet;
        private final Map<String, PatientSex> parents = new HashMap<>();

        TitleSexes(CodeSet codeSet) {
            this.codeSet = codeSet;
        }

        PatientSex of(Code c) {
            PatientSex own = sexNamed(c.title());
            if (own != null) {
                return own;
            }
            String parent = c.parent();
            if (parent == null) {
                return PatientSex.UNKNOWN;
            }
            PatientSex known = parents.get(parent);
            if (known == null) {
                // a parent missing from the code set ends the chain, as CodeSet.ancestors ends there
                known = codeSet.get(parent).map(this::of).orElse(PatientSex.UNKNOWN);
                parents.put(parent, known);
            }
            return known;
        }
    }

    /** MALE or FEMALE when the title names that sex alone, UNKNOWN when it names both, null when neither. */
    private static PatientSex sexNamed(String title) {
        // the words that words() splits, read in place: this runs for every billable code and its ancestors at
        // start-up, and a title names a sex in few codes: one without "ale" in any case (and all ASCII, which
        // lower-casing cannot turn into those letters) names neither, and is not copied
        if (!mayNameSex(title)) {
            return null;
        }
        String lower = title.toLowerCase(Locale.ROOT);
        boolean male = false;
        boolean female = false;
        int n = lower.length();
        for (int i = 0; i < n; ) {
            if (!isTitleWordChar(lower.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isTitleWordChar(lower.charAt(end))) {
                end++;
            }
            male |= lower.startsWith("male", i) && end - i == 4;
            female |= lower.startsWith("female", i) && end - i == 6;
            i = end;
        }
        return male && female ? PatientSex.UNKNOWN : male ? PatientSex.MALE : female ? PatientSex.FEMALE : null;
    }

    /** False when the title is all ASCII and holds no "ale" in any case, so names neither "male" nor "female". */
    private static boolean mayNameSex(String title) {
        for (int i = 0, n = title.length(); i < n; i++) {
            char c = title.charAt(i);
            if (c >= 128 || (c | 0x20) == 'a' && i + 2 < n && (title.charAt(i + 1) | 0x20) == 'l'
                    && (title.charAt(i + 2) | 0x20) == 'e') {
                return true;
            }
        }
        return false;
    }

    /** A character of a title word as {@link #words} splits them: a-z or 0-9 (after lower-casing). */
    private static boolean isTitleWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** The title's lowercase words, a hyphen breaking them; a set the caller may change. */
    private static Set<String> words(String title) {
        return new HashSet<>(LowerWords.of(title, Hyphens.BREAK));
    }

    /**
     * The code of the other sex under the nearest ancestor that has one, whose title otherwise says most nearly
     * the same (the least specific of equals: "unspecified site"); null when none says enough of it.
     */
    private static Code counterpart(CodeSet codeSet, Code c, PatientSex wanted, Map<String, PatientSex> byTitle,
                                    Set<String> notCompared) {
        Set<String> own = compared(c.title(), notCompared);
        for (Code a : codeSet.ancestors(c.code())) {
            Code best = null;
            double bestScore = -1;
            int bestUnspecified = -1;
            boolean any = false;
            for (Code k : codeSet.billableDescendants(a.code())) {
                if (byTitle.get(k.code()) != wanted) {
                    continue;
                }
                any = true;
                double score = jaccard(own, compared(k.title(), notCompared));
                int unspecified = count(k.title().toLowerCase(Locale.ROOT), "unspecified");
                if (score > bestScore || score == bestScore && unspecified > bestUnspecified) {
                    best = k;
                    bestScore = score;
                    bestUnspecified = unspecified;
                }
            }
            if (any) {
                return bestScore >= MIN_SIMILARITY ? best : null;
            }
        }
        return null;
    }

    /** A title's words other than those {@code notCompared} holds ({@code not_compared} rows). */
    private static Set<String> compared(String title, Set<String> notCompared) {
        Set<String> w = words(title);
        w.removeAll(notCompared);
        return w;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    @Override
    public Document process(Document doc) {
        boolean concerned = false;
        for (CodeCandidate c : doc.candidates()) {
            if (sexOf.containsKey(c.code()) || femalePelvic.containsKey(c.code())) {
                concerned = true;
                break;
            }
        }
        if (!concerned) {
            return doc;   // most notes code nothing for one sex only: the text is not read
        }
        PatientSex given = doc.note().sex();
        PatientSex sex = given != PatientSex.UNKNOWN ? given : sexOf(doc.text());
        if (sex == PatientSex.UNKNOWN) {
            return doc;
        }
        String source = given != PatientSex.UNKNOWN ? "as the request gives it" : "as the note tells it";
        List<CodeCandidate> out = new ArrayList<>();
        List<MentionDecision> decisions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean changed = false;
        boolean femaleOrgans = sex == PatientSex.FEMALE
                && doc.candidates().stream().anyMatch(c -> sexOf.get(c.code()) == PatientSex.FEMALE);
        for (CodeCandidate c : doc.candidates()) {
            Code pelvic = femaleOrgans ? femalePelvic.get(c.code()) : null;
            if (pelvic != null && c.mentions().stream().anyMatch(i -> sitedOutsidePelvis(doc, i))) {
                pelvic = null;
            }
            if (pelvic != null) {
                changed = true;
                if (seen.add(pelvic.code())) {
                    out.add(Candidates.recoded(c, pelvic, "Female pelvis: the note codes a condition of the patient's "
                            + "genital organs, so the operation or study is in her pelvis, where " + c.code()
                            + " is " + pelvic.code() + " (Index: the pelvic site, female; the patient is female, "
                            + source + ")"));
                }
                continue;
            }
            PatientSex codeSex = sexOf.get(c.code());
            if (codeSex == null || codeSex == sex) {
                if (seen.add(c.code())) {
                    out.add(c);
                }
                continue;
            }
            changed = true;
            String patient = sex.wireName();
            Code other = counterpart.get(c.code());
            if (other != null) {
                if (seen.add(other.code())) {
                    out.add(Candidates.recoded(c, other, "Patient's sex: " + c.code() + " is a code for a "
                            + codeSex.wireName() + " patient; the patient is " + patient
                            + " (" + source + "), so " + other.code() + " of the same category"));
                }
            } else {
                decisions.addAll(Candidates.dropped(c, NotCodedReason.OTHER_CODE, c.code() + " is a code for a "
                        + codeSex.wireName() + " patient only; the patient is " + patient
                        + " (" + source + ")", null));
            }
        }
        if (!changed) {
            return doc;
        }
        return decisions.isEmpty() ? doc.withCandidates(out) : doc.withCandidates(out).withDecisions(decisions);
    }

    /** Whether the mention's words site it outside the pelvic organs ({@code not_pelvic} rows: "bowel adhesions"). */
    private boolean sitedOutsidePelvis(Document doc, int mention) {
        return mention < doc.mentions().size() && LowerWords.of(doc.mentions().get(mention).text(), Hyphens.BREAK)
                .stream().anyMatch(notPelvic::contains);
    }

    /**
     * The patient's sex the note tells: the cues that say who the patient is ("a woman aged 60", "Mr. X"),
     * when they all name one sex; with none, the pronouns when one sex's are many and the other's few; else UNKNOWN.
     */
    PatientSex sexOf(String text) {
        int male = 0;
        int female = 0;
        for (WordStartPattern cue : cues) {
            // each match as Matcher.find gives them one after the other: a cue begins at a word, so the search
            // goes on from the end of a match, or from the end of its word when the match ends inside one
            WordStartPattern.Search search = cue.in(text);
            MatchResult m;
            int from = 0;
            while (from < text.length() && (m = search.find(from, text.length())) != null) {
                from = Math.max(m.end(), m.start() + 1);
                if (WordStartPattern.isWordCharacter(text.charAt(from - 1)) && from < text.length()
                        && WordStartPattern.isWordCharacter(text.charAt(from))) {
                    from = wordEnd(text, from);   // no cue begins inside the word the match ends in
                }
                PatientSex s = words.get(m.group(1).toLowerCase(Locale.ROOT));
                if (s == PatientSex.MALE) {
                    male++;
                } else if (s == PatientSex.FEMALE) {
                    female++;
                }
            }
        }
        int malePronouns = 0;
        int femalePronouns = 0;
        // the pronouns, word by word (a word as the regex \b bounds it: letters, digits, underscore); one pass
        // over the text without a regex alternation tried at every character
        for (int start = wordStart(text, 0), end; start < text.length(); start = wordStart(text, end)) {
            end = wordEnd(text, start);
            if (end - start <= longestPronoun && mayStart(text, start, pronounStarts)) {
                PatientSex s = pronouns.get(text.substring(start, end).toLowerCase(Locale.ROOT));
                if (s == PatientSex.MALE) {
                    malePronouns++;
                } else if (s == PatientSex.FEMALE) {
                    femalePronouns++;
                }
            }
        }
        if (male > 0 && female == 0) {
            return femalePronouns > malePronouns ? PatientSex.UNKNOWN : PatientSex.MALE;
        }
        if (female > 0 && male == 0) {
            return malePronouns > femalePronouns ? PatientSex.UNKNOWN : PatientSex.FEMALE;
        }
        if (male > 0) {
            return PatientSex.UNKNOWN;   // both sexes named as the patient's: not clear
        }
        if (malePronouns >= MIN_PRONOUNS && malePronouns >= PRONOUN_RATIO * femalePronouns) {
            return PatientSex.MALE;
        }
        if (femalePronouns >= MIN_PRONOUNS && femalePronouns >= PRONOUN_RATIO * malePronouns) {
            return PatientSex.FEMALE;
        }
        return organsByFirstWord.isEmpty() ? PatientSex.UNKNOWN : byOrgans(text, malePronouns, femalePronouns);
    }

    /**
     * The sex whose organs alone the note names ("the bulbous urethra", "the uterus"), unless the other sex's
     * pronouns are the more; UNKNOWN when it names both sexes' organs or none.
     */
    private PatientSex byOrgans(String text, int malePronouns, int femalePronouns) {
        boolean male = false;
        boolean female = false;
        // word by word: an organ phrase starts at a word and its next words follow after white space only
        for (int start = wordStart(text, 0), end; start < text.length(); start = wordStart(text, end)) {
            end = wordEnd(text, start);
            if (!mayStart(text, start, organStarts)) {
                continue;
            }
            List<String[]> phrases = organsByFirstWord.get(text.substring(start, end).toLowerCase(Locale.ROOT));
            if (phrases == null) {
                continue;
            }
            for (String[] phrase : phrases) {
                if (followedBy(text, end, phrase)) {
                    PatientSex s = organs.get(String.join(" ", phrase));
                    male |= s == PatientSex.MALE;
                    female |= s == PatientSex.FEMALE;
                }
            }
        }
        if (male && !female && femalePronouns <= malePronouns) {
            return PatientSex.MALE;
        }
        if (female && !male && malePronouns <= femalePronouns) {
            return PatientSex.FEMALE;
        }
        return PatientSex.UNKNOWN;
    }

    /** The first word character at or after {@code from}, or the text's length. */
    private static int wordStart(String text, int from) {
        int i = from;
        while (i < text.length() && !WordStartPattern.isWordCharacter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the word that starts at {@code start}. */
    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && WordStartPattern.isWordCharacter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether the phrase's words after its first follow the text from {@code end}, each after white space only. */
    private static boolean followedBy(String text, int end, String[] phrase) {
        int n = text.length();
        int j = end;
        for (int k = 1; k < phrase.length; k++) {
            int gap = j;
            while (j < n && Whitespace.isRegexSpace(text.charAt(j))) {
                j++;
            }
            if (j == gap) {
                return false;
            }
            int start = j;
            j = wordEnd(text, start);
            if (!text.substring(start, j).toLowerCase(Locale.ROOT).equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
