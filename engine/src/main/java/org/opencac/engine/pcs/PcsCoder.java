package org.opencac.engine.pcs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.note.Span;
import org.opencac.models.codeset.icd10pcs.PcsDefinitions;
import org.opencac.models.codeset.icd10pcs.PcsRow;
import org.opencac.models.codeset.icd10pcs.PcsTable;
import org.opencac.models.codeset.icd10pcs.PcsTables;
import org.opencac.models.codeset.icd10pcs.PcsValue;

/**
 * Builds PCS codes from one procedure word in its sentence, character by character, inside the tables:
 * the term gives the section and character 3; the body part comes from the term or the sentence's
 * anatomy words (table labels, the body-part key, the team's anatomy words) with laterality; approach,
 * device and qualifier from the term, cues, a single-valued row, or a definitional rule. A character
 * that cannot be determined stops the code there: the result is the prefix with the missing character
 * named (a provider query), never a guess.
 */
public final class PcsCoder {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
    /** Words of a table's value label that do not name the body part ({@code label_stop_words.txt}). */
    private static final Set<String> LABEL_STOP = Set.copyOf(DataFiles.lines(PcsLexicon.DIR + "label_stop_words.txt"));
    /** Words passed over between a procedure word and its anatomy ({@code anatomy_reach_skip_words.txt}). */
    private static final Set<String> FUNCTION_WORDS =
            Set.copyOf(DataFiles.lines(PcsLexicon.DIR + "anatomy_reach_skip_words.txt"));

    /** Imaging operations done without contrast unless the report names it ({@code no_contrast_operations.txt}). */
    private static final Set<String> NO_CONTRAST_BY_DEFAULT =
            Set.copyOf(DataFiles.lines(PcsLexicon.DIR + "no_contrast_operations.txt"));

    private final PcsTables tables;
    private final PcsDefinitions definitions;
    private final PcsLexicon lexicon;
    private final PcsWeights weights;
    private final int window;
    private final int near;
    private final Map<String, List<PcsTable>> tablesByOperation = new LinkedHashMap<>();
    /** The words of every label of the tables, computed once (immutable after construction). */
    private final Map<String, List<String>> wordsOfLabel = new HashMap<>();
    /** Each table's body-part values with what the search reads of their labels, computed once (by table identity). */
    private final Map<PcsTable, List<BodyPartValue>> bodyPartValues = new IdentityHashMap<>();
    /** Each table's body-part label words, computed once (by table identity). */
    private final Map<PcsTable, Set<String>> bodyPartWords = new IdentityHashMap<>();

    public PcsCoder(PcsTables tables, PcsDefinitions definitions, PcsLexicon lexicon, PcsWeights weights) {
        this.tables = tables;
        this.definitions = definitions;
        this.lexicon = lexicon;
        this.weights = weights;
        this.window = weights.count(PcsWeights.WINDOW_WORDS);
        this.near = weights.count(PcsWeights.NEAR_WORDS);
        for (PcsTable t : tables.tables()) {
            tablesByOperation.computeIfAbsent(t.section() + "|" + t.operation(), k -> new ArrayList<>()).add(t);
            for (PcsRow r : t.rows()) {
                for (List<PcsValue> axis : r.axes()) {
                    for (PcsValue v : axis) {
                        wordsOfLabel.computeIfAbsent(v.label(), PcsCoder::labelWords);
                        wordsOfLabel.computeIfAbsent(base(v.label()), PcsCoder::labelWords);
                    }
                }
            }
        }
        for (PcsTable t : tables.tables()) {
            List<BodyPartValue> values = t.values(4).stream().map(this::bodyPartValue).toList();
            bodyPartValues.put(t, values);
            Set<String> words = new HashSet<>();
            values.forEach(v -> words.addAll(v.words()));
            bodyPartWords.put(t, Set.copyOf(words));
        }
    }

    /**
     * A body-part value (character 4) with what the body-part search reads of its label.
     *
     * @param value   the value
     * @param base    the label without its laterality ({@link #base})
     * @param lateral the label's side, or null ({@link #lateral})
     * @param words   the label's words
     * @param baseKey the base label's words joined by spaces (groups the sides of one body part)
     */
    private record BodyPartValue(PcsValue value, String base, String lateral, List<String> words, String baseKey) {
    }

    private BodyPartValue bodyPartValue(PcsValue v) {
        String base = base(v.label());
        return new BodyPartValue(v, base, lateral(v.label()), words(v.label()), String.join(" ", words(base)));
    }

    /** The body-part values of a table: precomputed for the coder's tables, else computed here. */
    private List<BodyPartValue> bodyPartValues(PcsTable t) {
        List<BodyPartValue> out = bodyPartValues.get(t);
        return out != null ? out : t.values(4).stream().map(this::bodyPartValue).toList();
    }

    /** The tables of a section and character-3 label. */
    public List<PcsTable> tablesFor(String section, String operation) {
        return tablesByOperation.getOrDefault(section + "|" + operation, List.of());
    }

    /** A word of the sentence with its offsets in the note. */
    record Word(String text, Span span) {
    }

    /**
     * Codes one procedure word.
     *
     * @param term     the matched term
     * @param cue      its span in the note
     * @param sentence the sentence text
     * @param offset   the sentence's start offset in the note
     * @return the codings (several for bilateral procedures without a bilateral value); empty when the body
     *         part cannot be found
     */
    public List<PcsCoding> code(ProcedureTerm term, Span cue, String sentence, int offset) {
        return code(term, cue, sentence, offset, "", List.of());
    }

    /**
     * A sentence near the procedure word's, nearest first: read for the body part when the procedure
     * word's own sentence names none.
     *
     * @param text   the sentence text
     * @param offset its start offset in the note
     */
    public record Neighbour(String text, int offset) {
    }

    /**
     * Codes one procedure word; the whole note is read only for a paired body part's side when the
     * sentence names none (see {@link #sideInNote}). Where the window around the word names no body part,
     * the rest of its sentence is read, then the neighbouring sentences in order; a code built so ranks
     * lower (the reach factors of {@code pcs_weights.tsv}) and its rationale says where the body part came from.
     */
    public List<PcsCoding> code(ProcedureTerm term, Span cue, String sentence, int offset, String note,
                                List<Neighbour> neighbours) {
        List<Word> words = window(sentence, offset, cue, window);
        String operation = term.operation();
        List<String> why = new ArrayList<>();
        why.add("Procedure word \"" + cueText(sentence, offset, cue) + "\": " + term.section() + ", " + operation);
        // a generic "resection" of a tumor, lesion or part of an organ cuts out a portion: Excision (PCS definitions)
        List<Word> close = near(words, cue, near);
        Optional<Word> partOfOrgan = before(words, cue, 2).stream().filter(w -> lexicon.isPartialOrganCue(w.text())).findFirst();
        if (operation.equals("Resection") && term.given(4).isEmpty()
                && close.stream().anyMatch(w -> lexicon.isPartialCue(w.text()))) {
            operation = "Excision";
            why.add("Only a portion was cut out (\"" + close.stream().filter(w -> lexicon.isPartialCue(w.text()))
                    .findFirst().get().text() + "\"): Excision, not Resection (PCS definitions)");
        } else if (operation.equals("Resection") && term.given(4).isPresent() && partOfOrgan.isPresent()) {
            operation = "Excision";
            why.add("Only part of the organ was cut out (\"" + partOfOrgan.get().text()
                    + "\"): Excision, not Resection (PCS definitions)");
        }
        String def = definitions.definition(sectionChar(term.section()), operation);
        if (!def.isEmpty()) {
            why.add(operation + ": " + def);
        }
        List<PcsTable> candidates = tablesFor(term.section(), operation);
        // anatomy next to the procedure word ("abdominal CT", "CT of the abdomen") decides before words further away
        // growing windows of content words: the nearest anatomy wins, unless a wider window adds words that
        // complete a longer label ("CT of the abdomen and pelvis": Abdomen, then Abdomen and Pelvis)
        List<Word> content = words.stream().filter(w -> !FUNCTION_WORDS.contains(w.text())).toList();
        List<BodyPart> parts = List.of();
        for (int n = 1; n <= near; n++) {
            List<BodyPart> p = bodyParts(term, candidates, near(content, cue, n), cue, words, note);
            if (p.isEmpty()) {
                continue;
            }
            if (parts.isEmpty() || (p.get(0).score() > parts.get(0).score()
                    && p.get(0).words().containsAll(parts.get(0).words()))) {
                parts = p;
            }
        }
        if (parts.isEmpty()) {
            parts = bodyParts(term, candidates, words, cue, words, note);
        }
        if (!parts.isEmpty() && !term.namesBodyPart()) {
            parts = withCoordinatedRegions(term, candidates, parts, sentence, offset, cue, words, note);
        }
        double reach = 1.0;
        if (parts.isEmpty() && !term.namesBodyPart()) {
            List<Word> whole = sentenceWords(sentence, offset, cue);
            if (whole.size() > words.size()) {
                parts = bodyParts(term, candidates, whole, cue, whole, note);
                if (!parts.isEmpty()) {
                    reach = weights.get(PcsWeights.REACH_SENTENCE);
                    why.add("The body part is read further in the sentence than the words around the procedure word");
                }
            }
            for (Neighbour n : neighbours) {
                if (!parts.isEmpty()) {
                    break;
                }
                List<Word> other = sentenceWords(n.text(), n.offset(), cue);
                parts = bodyParts(term, candidates, other, cue, other, note);
                if (!parts.isEmpty()) {
                    reach = weights.get(PcsWeights.REACH_NEIGHBOUR);
                    why.add("The sentence names no body part: it is read from a neighbouring sentence");
                }
            }
        }
        // a root-operation word that names no organ ("resection", "biopsy", "drainage") takes its body part from
        // the sentence's anatomy words, which often name a finding's site rather than the part operated on
        if (!term.namesBodyPart() && term.section().equals("Medical and Surgical")) {
            reach *= weights.get(PcsWeights.FACTOR_OPERATION_BODY_PART_READ);
            why.add("The word names only the root operation: the body part is read from the words around it (ranked lower)");
        }
        List<PcsCoding> out = new ArrayList<>();
        for (BodyPart bp : parts) {
            PcsCoding c = characters(term, bp, words, cue, why);
            // a side no word next to the organ documents (the note's other mentions, both organs examined) ranks lower
            double factor = reach * (bp.sideInferred() ? weights.get(PcsWeights.FACTOR_SIDE_INFERRED) : 1.0);
            out.add(factor == 1.0 ? c : new PcsCoding(c.code(), c.complete(), c.missing(), c.options(), c.rationale(),
                    c.evidence(), c.score() * factor));
        }
        // where the word's characters complete a code in one table, its partial fits in other tables are dropped
        if (out.stream().anyMatch(PcsCoding::complete) && term.given(5).isPresent()) {
            return out.stream().filter(PcsCoding::complete).toList();
        }
        return out;
    }

    /**
     * A list of anatomy words coordinated before the procedure word names one study per region ("cranial,
     * thoracic and abdominal CT" is a CT of the skull and a CT of the chest and abdomen): every listed word
     * the chosen body part does not cover is coded on its own, as a further body part.
     */
    private List<BodyPart> withCoordinatedRegions(ProcedureTerm term, List<PcsTable> candidates, List<BodyPart> parts,
                                                  String sentence, int offset, Span cue, List<Word> words,
                                                  String note) {
        List<Word> listed = coordinatedBefore(candidates, sentence, offset, cue, words);
        if (listed.size() < 2) {
            listed = coordinatedAfter(candidates, sentence, offset, cue, words);
        }
        if (listed.size() < 2) {
            return parts;
        }
        Set<Span> covered = new HashSet<>();
        parts.forEach(p -> covered.addAll(p.words()));
        List<BodyPart> out = new ArrayList<>(parts);
        for (Word w : listed) {
            if (covered.contains(w.span())) {
                continue;
            }
            for (BodyPart p : bodyParts(term, candidates, List.of(w), cue, words, note)) {
                boolean known = out.stream().anyMatch(o -> o.table() == p.table() && Objects.equals(o.value(), p.value()));
                if (!known) {
                    out.add(p);
                    covered.addAll(p.words());
                }
            }
        }
        return out;
    }

    /** The anatomy words listed right before the cue, joined by commas, hyphens or "and" ("thoracic, abdominal and pelvic"). */
    private List<Word> coordinatedBefore(List<PcsTable> candidates, String sentence, int offset, Span cue, List<Word> words) {
        List<Word> out = new ArrayList<>();
        int end = cue.start();
        for (int i = words.size() - 1; i >= 0; i--) {
            Word w = words.get(i);
            if (w.span().end() > cue.start()) {
                continue;
            }
            String gap = sentence.substring(w.span().end() - offset, end - offset);
            if (!gap.matches("[\\s,/-]*")) {
                break;
            }
            if (w.text().equals("and")) {
                end = w.span().start();
                continue;
            }
            if (!isAnatomyWord(candidates, w.text())) {
                break;
            }
            out.add(0, w);
            end = w.span().start();
        }
        return out;
    }

    /** The anatomy words listed right after the cue and "of (the/both)" ("radiographs of the hands and feet"). */
    private List<Word> coordinatedAfter(List<PcsTable> candidates, String sentence, int offset, Span cue, List<Word> words) {
        List<Word> out = new ArrayList<>();
        int end = cue.end();
        boolean started = false;
        for (Word w : words) {
            if (w.span().start() < cue.end()) {
                continue;
            }
            String gap = sentence.substring(end - offset, w.span().start() - offset);
            if (!gap.matches("[\\s,/-]*")) {
                break;
            }
            end = w.span().end();
            if (!started && Set.of("of", "the", "both").contains(w.text())) {
                continue;
            }
            started = true;
            if (w.text().equals("and") || w.text().equals("both") || w.text().equals("the")) {
                continue;
            }
            if (!isAnatomyWord(candidates, w.text())) {
                break;
            }
            out.add(w);
        }
        return out;
    }

    private boolean isAnatomyWord(List<PcsTable> candidates, String word) {
        if (lexicon.anatomy().containsKey(word) || definitions.bodyPartKey().containsKey(word)) {
            return true;
        }
        String stem = singular(word);
        for (PcsTable t : candidates) {
            Set<String> words = bodyPartWords.get(t);
            if (words != null ? words.contains(stem)
                    : t.values(4).stream().anyMatch(v -> words(v.label()).contains(stem))) {
                return true;
            }
        }
        return false;
    }

    /** The {@code n} words right before the cue. */
    static List<Word> before(List<Word> words, Span cue, int n) {
        int count = 0;
        for (Word w : words) {
            if (w.span().end() <= cue.start()) {
                count++;
            }
        }
        return words.subList(Math.max(0, count - n), count);
    }

    /** The words within {@code n} words of the cue on either side. */
    static List<Word> near(List<Word> words, Span cue, int n) {
        int before = 0;
        for (Word w : words) {
            if (w.span().end() <= cue.start()) {
                before++;
            }
        }
        return words.subList(Math.max(0, before - n), Math.min(words.size(), before + n));
    }

    private static String cueText(String sentence, int offset, Span cue) {
        return sentence.substring(cue.start() - offset, cue.end() - offset);
    }

    private static char sectionChar(String sectionLabel) {
        return switch (sectionLabel) {
            case "Medical and Surgical" -> '0';
            case "Obstetrics" -> '1';
            case "Imaging" -> 'B';
            default -> '?';
        };
    }

    /** Every word of a sentence, lower case, with its offsets in the note (the cue's own words excluded). */
    private static List<Word> sentenceWords(String sentence, int offset, Span cue) {
        List<Word> all = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            Span s = new Span(offset + m.start(), offset + m.end());
            if (!cue.contains(s)) {
                all.add(new Word(m.group().toLowerCase(Locale.ROOT), s));
            }
        }
        return all;
    }

    /** The words of the sentence within {@code window} words of the cue (the cue's own words excluded). */
    private static List<Word> window(String sentence, int offset, Span cue, int window) {
        List<Word> all = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        int cueIndex = -1;
        while (m.find()) {
            Span s = new Span(offset + m.start(), offset + m.end());
            if (cue.contains(s)) {
                if (cueIndex < 0) {
                    cueIndex = all.size();
                }
                continue;
            }
            all.add(new Word(m.group().toLowerCase(Locale.ROOT), s));
        }
        int from = Math.max(0, cueIndex - window);
        int to = Math.min(all.size(), Math.max(cueIndex, 0) + window);
        return all.subList(from, Math.max(from, to));
    }

    /**
     * A body-part choice.
     *
     * @param table the table
     * @param value the body-part value
     * @param why   how it was chosen
     * @param words the words that decided it
     */
    record BodyPart(PcsTable table, PcsValue value, String why, List<Span> words, int score, boolean sideInferred) {
        BodyPart(PcsTable table, PcsValue value, String why, List<Span> words, int score) {
            this(table, value, why, words, score, false);
        }
    }

    private List<BodyPart> bodyParts(ProcedureTerm term, List<PcsTable> candidates, List<Word> words, Span cue,
                                     List<Word> context, String note) {
        Map<String, List<Span>> raw = new LinkedHashMap<>();
        Map<String, List<Span>> synonyms = new LinkedHashMap<>();
        Set<String> plurals = new HashSet<>();
        // which note words (or hyphen parts) each label word was read from, to count how many a label covers
        Map<String, Set<String>> sources = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String stem = singular(w.text());
            if (!stem.equals(w.text())) {
                plurals.add(stem);
            }
            raw.computeIfAbsent(stem, k -> new ArrayList<>()).add(w.span());
            sources.computeIfAbsent("raw " + stem, k -> new HashSet<>()).add(stem);
            List<String> keys = new ArrayList<>(List.of(w.text(), i + 1 < words.size() ? w.text() + " " + words.get(i + 1).text() : ""));
            if (w.text().contains("-")) {
                for (String part : w.text().split("-")) {
                    keys.add(part);
                    raw.computeIfAbsent(singular(part), k -> new ArrayList<>()).add(w.span());
                    sources.computeIfAbsent("raw " + singular(part), k -> new HashSet<>()).add(singular(part));
                }
            }
            for (String key : keys) {
                for (String s : lexicon.anatomy().getOrDefault(key, List.of())) {
                    synonyms.computeIfAbsent(s, k -> new ArrayList<>()).add(w.span());
                    sources.computeIfAbsent("syn " + s, k -> new HashSet<>()).add(key);
                }
                for (String bodyPart : definitions.bodyPartKey().getOrDefault(key, List.of())) {
                    for (String s : labelWords(bodyPart)) {
                        synonyms.computeIfAbsent(s, k -> new ArrayList<>()).add(w.span());
                        sources.computeIfAbsent("syn " + s, k -> new HashSet<>()).add(key);
                    }
                }
            }
        }
        // score each body-part value of each candidate table
        int labelWordPoints = weights.count(PcsWeights.BODY_PART_LABEL_WORD);
        int synonymWordPoints = weights.count(PcsWeights.BODY_PART_SYNONYM_WORD);
        record Scored(PcsTable table, PcsValue value, int score, List<Span> spans, String base, String lateral,
                      String baseKey) {
        }
        List<Scored> scored = new ArrayList<>();
        Optional<String> head = term.bodyPartHead();
        List<String> headWords = head.map(this::words).orElse(List.of());
        for (PcsTable t : candidates) {
            for (BodyPartValue bpv : bodyPartValues(t)) {
                PcsValue v = bpv.value();
                String base = bpv.base();
                if (head.isPresent() && !v.label().startsWith(head.get() + ",")) {
                    continue;
                }
                if (term.given(4).isPresent() && head.isEmpty()) {
                    String g = term.given(4).get();
                    // the pair's value is written in the plural ("Ovary, Right" and "Ovaries, Bilateral")
                    if (v.label().equals(g) || base.equals(g) || base.equals(g + "s")
                            || (!base.contains(" ") && singular(base.toLowerCase(Locale.ROOT)).equals(g.toLowerCase(Locale.ROOT)))) {
                        // named by the procedure word: the only candidates, so any equal score will do
                        scored.add(new Scored(t, v, 1, List.of(), base, bpv.lateral(), bpv.baseKey()));
                    }
                    continue;
                }
                List<String> lw = bpv.words();
                if (lw.isEmpty()) {
                    continue;
                }
                int score = 0;
                List<Span> spans = new ArrayList<>();
                Set<String> covered = new HashSet<>();
                boolean all = true;
                for (String x : lw) {
                    if (headWords.contains(x)) {
                        // named by the procedure word ("lymphadenectomy": Lymphatic)
                        score += labelWordPoints;
                    } else if (raw.containsKey(x)) {
                        score += labelWordPoints;
                        spans.addAll(raw.get(x));
                        covered.addAll(sources.getOrDefault("raw " + x, Set.of()));
                    } else if (synonyms.containsKey(x)) {
                        score += synonymWordPoints;
                        spans.addAll(synonyms.get(x));
                        covered.addAll(sources.getOrDefault("syn " + x, Set.of()));
                    } else {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    // a label covering more of the documented anatomy words wins ("abdominal and pelvic": Abdomen
                    // and Pelvis, not Pelvic Region); then the label's own words over synonyms; an extra label
                    // word costs a little
                    scored.add(new Scored(t, v, covered.size() * 1000 + score * 10 - lw.size(), spans, base,
                            bpv.lateral(), bpv.baseKey()));
                }
            }
        }
        if (scored.isEmpty()) {
            return List.of();
        }
        int best = scored.stream().mapToInt(Scored::score).max().getAsInt();
        List<Scored> top = scored.stream().filter(s -> s.score() == best).toList();
        // group by table and base label; resolve laterality inside each group
        Map<String, List<Scored>> groups = new LinkedHashMap<>();
        for (Scored s : top) {
            groups.computeIfAbsent(s.table().prefix() + "|" + s.baseKey(), k -> new ArrayList<>()).add(s);
        }
        int sideNear = weights.count(PcsWeights.SIDE_NEAR_WORDS);
        List<Word> sideWords = new ArrayList<>(nearAny(context, top.stream().flatMap(x -> x.spans().stream()).toList(), sideNear));
        sideWords.addAll(near(context, cue, sideNear));
        Laterality side = laterality(sideWords, plurals, cue);
        if (side == Laterality.NONE) {
            side = laterality(context, plurals, cue);
        }
        List<BodyPart> out = new ArrayList<>();
        for (List<Scored> g : groups.values()) {
            List<Span> spans = g.get(0).spans();
            String how = term.namesBodyPart() ? "named by the procedure word" : "from the anatomy words of the sentence";
            if (g.size() == 1 && g.get(0).lateral() == null) {
                out.add(new BodyPart(g.get(0).table(), g.get(0).value(), how, spans, best));
                continue;
            }
            Map<String, Scored> bySide = new LinkedHashMap<>();
            g.forEach(s -> bySide.put(String.valueOf(s.lateral()), s));
            if (side == Laterality.NONE) {
                if (bySide.size() == 1) {
                    Scored only = g.get(0);
                    out.add(new BodyPart(only.table(), only.value(), how + " (the only value in the table)", spans, best));
                } else if (bySide.containsKey("null")) {
                    Scored only = bySide.get("null");
                    out.add(new BodyPart(only.table(), only.value(), how, spans, best));
                } else if (bySide.containsKey("Bilateral") && g.get(0).table().section().equals("Imaging")) {
                    Scored both = bySide.get("Bilateral");
                    out.add(new BodyPart(both.table(), both.value(), how
                            + "; no side documented: imaging of a paired organ covers both", spans, best));
                } else {
                    Laterality inNote = sideInNote(note, g.get(0).base());
                    String k = inNote == Laterality.RIGHT ? "Right" : inNote == Laterality.LEFT ? "Left" : null;
                    if (k != null && bySide.containsKey(k)) {
                        Scored s = bySide.get(k);
                        out.add(new BodyPart(s.table(), s.value(), how + ", " + k.toLowerCase(Locale.ROOT)
                                + " (no side in the sentence; the note names only the " + k.toLowerCase(Locale.ROOT)
                                + " " + s.base().toLowerCase(Locale.ROOT) + ")", spans, best, true));
                    } else if (examinesBothSides(term) && bySide.containsKey("Right") && bySide.containsKey("Left")) {
                        for (String side2 : List.of("Right", "Left")) {
                            Scored s = bySide.get(side2);
                            out.add(new BodyPart(s.table(), s.value(), how + "; no side documented: an external"
                                    + " examination of a paired organ (fundus, slit lamp) covers both, each side coded"
                                    + " (guideline B4.3)", spans, best, true));
                        }
                    } else {
                        out.add(new BodyPart(g.get(0).table(), null, "laterality not documented", spans, best));
                    }
                }
                continue;
            }
            if (side == Laterality.BILATERAL) {
                if (bySide.containsKey("Bilateral")) {
                    Scored s = bySide.get("Bilateral");
                    out.add(new BodyPart(s.table(), s.value(), how + ", bilateral", spans, best));
                } else if (bySide.containsKey("Right") && bySide.containsKey("Left")) {
                    // PCS guideline B4.3: no bilateral value, so each side is coded
                    for (String k : List.of("Right", "Left")) {
                        Scored s = bySide.get(k);
                        out.add(new BodyPart(s.table(), s.value(), how + ", bilateral: each side coded (guideline B4.3)", spans, best));
                    }
                } else {
                    Scored s = g.get(0);
                    out.add(new BodyPart(s.table(), s.value(), how, spans, best));
                }
                continue;
            }
            String k = side == Laterality.RIGHT ? "Right" : "Left";
            Scored s = bySide.getOrDefault(k, bySide.get("null"));
            if (s != null) {
                out.add(new BodyPart(s.table(), s.value(), how + ", " + k.toLowerCase(Locale.ROOT), spans, best));
            } else if (bySide.containsKey("Bilateral") && !bySide.containsKey("Right") && !bySide.containsKey("Left")) {
                // the table does not code the organs of the pair apart (CT of the orbits): its one value is the code
                Scored both = bySide.get("Bilateral");
                out.add(new BodyPart(both.table(), both.value(), how + "; the " + k.toLowerCase(Locale.ROOT)
                        + " side is documented but the table codes the pair only", spans, best));
            } else {
                out.add(new BodyPart(g.get(0).table(), null, "laterality documented does not fit the table", spans, best));
            }
        }
        // keep the few best groups only (a sentence naming a region rarely fits more than two tables)
        int maxGroups = weights.count(PcsWeights.BODY_PART_MAX_GROUPS);
        return out.size() > maxGroups ? out.subList(0, maxGroups) : out;
    }

    enum Laterality { NONE, RIGHT, LEFT, BILATERAL }

    /** An external inspection (a fundus or slit-lamp examination): done on both organs of a pair unless one is named. */
    private static boolean examinesBothSides(ProcedureTerm term) {
        return term.isSurgicalInspection() && term.given(5).filter("External"::equals).isPresent();
    }

    /**
     * The side the whole note gives a paired body part when the procedure's sentence gives none: RIGHT or
     * LEFT when every mention of the organ qualified by a side ("right kidney", "left renal mass") names
     * the same side, else NONE.
     */
    Laterality sideInNote(String note, String baseLabel) {
        if (note == null || note.isEmpty()) {
            return Laterality.NONE;
        }
        Set<String> organ = new HashSet<>(labelWords(baseLabel));
        if (organ.isEmpty()) {
            return Laterality.NONE;
        }
        for (Map.Entry<String, List<String>> e : lexicon.anatomy().entrySet()) {
            if (!e.getKey().contains(" ") && organ.containsAll(e.getValue())) {
                organ.add(e.getKey());
            }
        }
        boolean right = false;
        boolean left = false;
        Matcher m = SIDE_THEN_WORDS.matcher(note);
        while (m.find()) {
            for (int g = 2; g <= 3; g++) {
                String w = m.group(g);
                if (w != null && organ.contains(singular(w.toLowerCase(Locale.ROOT)))) {
                    if (m.group(1).equalsIgnoreCase("right")) {
                        right = true;
                    } else {
                        left = true;
                    }
                    break;
                }
            }
        }
        return right == left ? Laterality.NONE : right ? Laterality.RIGHT : Laterality.LEFT;
    }

    /** "right" or "left" followed by one or two words (the organ, or an adjective and the organ). */
    private static final Pattern SIDE_THEN_WORDS = Pattern.compile(
            "(?<![\\p{L}])(right|left)\\s+([\\p{L}]+)(?:\\s+([\\p{L}]+))?", Pattern.CASE_INSENSITIVE);

    /** The words within {@code n} words of any of the given spans. */
    private static List<Word> nearAny(List<Word> words, List<Span> spans, int n) {
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (Span s : spans) {
                int j = indexOf(words, s);
                if (j >= 0 && Math.abs(i - j) <= n) {
                    out.add(words.get(i));
                    break;
                }
            }
        }
        return out;
    }

    private static int indexOf(List<Word> words, Span s) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).span().equals(s)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The side documented next to the procedure: "bilateral"/"both", else the right/left word nearest the
     * procedure word ("right and left" together also mean both), else a plural organ word ("kidneys").
     */
    private Laterality laterality(List<Word> words, Set<String> plurals, Span cue) {
        Word nearest = null;
        for (Word w : words) {
            switch (w.text()) {
                case "bilateral", "bilaterally", "both" -> {
                    return Laterality.BILATERAL;
                }
                case "ou", "oa", "ao" -> {
                    return Laterality.BILATERAL;
                }
                case "right", "left", "od", "os", "oi" -> {
                    if (nearest == null || distance(w.span(), cue) < distance(nearest.span(), cue)) {
                        nearest = w;
                    }
                }
                default -> {
                }
            }
        }
        if (nearest != null) {
            boolean isRight = nearest.text().equals("right") || nearest.text().equals("od");
            for (Word w : words) {
                boolean wRight = w.text().equals("right") || w.text().equals("od");
                boolean wSide = wRight || Set.of("left", "os", "oi").contains(w.text());
                if (wSide && wRight != isRight && Math.abs(w.span().start() - nearest.span().start())
                        <= weights.count(PcsWeights.SIDE_PAIR_CHARS)) {
                    return Laterality.BILATERAL;
                }
            }
            return isRight ? Laterality.RIGHT : Laterality.LEFT;
        }
        return plurals.stream().anyMatch(lexicon::isPairedOrgan) ? Laterality.BILATERAL : Laterality.NONE;
    }

    private static int distance(Span a, Span b) {
        return a.end() <= b.start() ? b.start() - a.end() : Math.max(0, a.start() - b.end());
    }

    /** "Right", "Left", "Bilateral" at the end of a label, else null. */
    static String lateral(String label) {
        for (String s : List.of("Right", "Left", "Bilateral")) {
            if (label.endsWith(", " + s)) {
                return s;
            }
        }
        if (!label.contains(", Right ") && !label.contains(", Left ")) {
            return null;
        }
        Matcher m = INNER_SIDE.matcher(label);
        return m.find() ? m.group(1) : null;
    }

    /** A side inside a label after its comma: "Lymphatic, Right Inguinal", "Skin, Left Foot" (not "Heart, Right and Left"). */
    private static final Pattern INNER_SIDE = Pattern.compile(", (Right|Left) (?!and\\b)");

    /**
     * The label without its laterality, e.g. "Kidney, Right" gives "Kidney", "Kidneys, Bilateral" gives
     * "Kidneys", "Lymphatic, Right Inguinal" gives "Lymphatic, Inguinal".
     */
    static String base(String label) {
        String l = lateral(label);
        if (l == null) {
            return label;
        }
        return label.endsWith(", " + l) ? label.substring(0, label.length() - l.length() - 2)
                : label.replaceFirst(", " + l + " ", ", ");
    }

    private List<String> words(String label) {
        List<String> w = wordsOfLabel.get(label);
        return w != null ? w : labelWords(label);
    }

    static List<String> labelWords(String label) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(label.toLowerCase(Locale.ROOT).replace("/", " "));
        while (m.find()) {
            String w = singular(m.group());
            if (!LABEL_STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    static String singular(String w) {
        switch (w) {
            case "feet" -> {
                return "foot";
            }
            case "teeth" -> {
                return "tooth";
            }
            default -> {
            }
        }
        if (w.endsWith("ies") && w.length() > 5) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private PcsCoding characters(ProcedureTerm term, BodyPart bp, List<Word> words, Span cue, List<String> why0) {
        List<String> why = new ArrayList<>(why0);
        List<Span> evidence = new ArrayList<>();
        evidence.add(cue);
        evidence.addAll(bp.words());
        PcsTable table = bp.table();
        if (bp.value() == null) {
            List<String> options = table.values(4).stream().map(v -> v.code() + " " + v.label()).limit(12).toList();
            return new PcsCoding(table.prefix(), false, table.axisTitles().get(0), options, why, evidence, weights.get(PcsWeights.SCORE_NO_BODY_PART));
        }
        StringBuilder code = new StringBuilder(table.prefix()).append(bp.value().code());
        why.add(table.axisTitles().get(0) + " " + bp.value().code() + " " + bp.value().label() + " (" + bp.why() + ")");
        String text = " " + String.join(" ", words.stream().map(Word::text).toList()) + " ";
        for (int pos = 5; pos <= 7; pos++) {
            String prefix = code.toString();
            List<PcsRow> rows = table.rowsFitting(prefix);
            List<PcsValue> values = distinct(rows, pos);
            String title = table.axisTitles().get(pos - 4);
            Optional<PcsValue> chosen = Optional.empty();
            String how = null;
            Optional<String> given = term.given(pos);
            if (given.isPresent()) {
                chosen = values.stream().filter(v -> v.label().equals(given.get())).findFirst();
                how = "named by the procedure word";
                if (chosen.isEmpty()) {
                    return incomplete(code, title, values, why, evidence, "the procedure word's " + title.toLowerCase(Locale.ROOT)
                            + " (" + given.get() + ") is not valid with the characters before it");
                }
            }
            if (chosen.isEmpty() && title.equals("Approach")) {
                for (Map.Entry<String, String> e : lexicon.approaches().entrySet()) {
                    if (text.contains(" " + e.getKey() + " ")) {
                        Optional<PcsValue> v = values.stream().filter(x -> x.label().equals(e.getValue())).findFirst();
                        if (v.isPresent()) {
                            chosen = v;
                            how = "documented: \"" + e.getKey() + "\"";
                            break;
                        }
                    }
                }
            }
            if (chosen.isEmpty()) {
                for (PcsLexicon.CharacterCue c : lexicon.characterCues()) {
                    if (c.position() == pos && (c.section().equals("*") || c.section().equals(table.section()))
                            && text.contains(" " + c.cue() + " ")) {
                        Optional<PcsValue> v = values.stream().filter(x -> x.label().equals(c.label())).findFirst();
                        if (v.isPresent()) {
                            chosen = v;
                            how = "documented: \"" + c.cue() + "\"";
                            break;
                        }
                    }
                }
            }
            if (chosen.isEmpty() && title.equals("Contrast") && NO_CONTRAST_BY_DEFAULT.contains(table.operation())
                    && !text.contains(" contrast ") && values.stream().anyMatch(v -> v.label().equals("None"))) {
                chosen = values.stream().filter(v -> v.label().equals("None")).findFirst();
                how = "no contrast documented (" + table.operation().toLowerCase(Locale.ROOT)
                        + " is done without contrast unless the report names it)";
            }
            if (chosen.isEmpty() && values.size() == 1) {
                chosen = Optional.of(values.get(0));
                how = "the only value in the table row";
            }
            if (chosen.isEmpty() && isDiagnosticChoice(values)) {
                boolean dx = term.diagnostic() || text.contains(" diagnostic ");
                chosen = values.stream().filter(v -> v.label().equals(dx ? "Diagnostic" : "No Qualifier")).findFirst();
                how = dx ? "a biopsy or diagnostic procedure" : "not a biopsy (Diagnostic is for biopsies only)";
            }
            if (chosen.isEmpty() && title.equals("Qualifier")) {
                Optional<PcsValue> none = values.stream().filter(v -> v.label().equals("No Qualifier") || v.label().equals("None")).findFirst();
                boolean otherNamed = values.stream().filter(v -> none.isEmpty() || v != none.get())
                        .anyMatch(v -> words(v.label()).stream().anyMatch(x -> text.contains(" " + x)));
                if (none.isPresent() && !otherNamed) {
                    chosen = none;
                    how = "none of the other qualifiers (" + values.stream().filter(v -> v != none.get()).map(PcsValue::label)
                            .limit(4).reduce((a, b) -> a + ", " + b).orElse("") + ") is documented";
                }
            }
            if (chosen.isEmpty() && title.equals("Device") && values.stream().anyMatch(v -> v.label().equals("No Device"))
                    && table.section().equals("Medical and Surgical") && !Set.of("Insertion", "Replacement", "Supplement",
                    "Change", "Removal", "Revision").contains(table.operation())) {
                chosen = values.stream().filter(v -> v.label().equals("No Device")).findFirst();
                how = "no device documented as left in place";
            }
            if (chosen.isEmpty()) {
                return incomplete(code, title, values, why, evidence, "not documented");
            }
            code.append(chosen.get().code());
            why.add(title + " " + chosen.get().code() + " " + chosen.get().label() + " (" + how + ")");
        }
        String full = code.toString();
        if (!tables.isValid(full)) {
            // cannot happen by construction: every character was taken from a row the prefix fits
            throw new IllegalStateException("built an invalid PCS code " + full);
        }
        why.add("Valid in table " + table.prefix() + " (" + table.bodySystem() + ")");
        return new PcsCoding(full, true, null, List.of(), why, evidence, weights.get(PcsWeights.SCORE_COMPLETE));
    }

    private static boolean isDiagnosticChoice(List<PcsValue> values) {
        return values.size() == 2 && values.stream().anyMatch(v -> v.label().equals("Diagnostic"))
                && values.stream().anyMatch(v -> v.label().equals("No Qualifier"));
    }

    private static List<PcsValue> distinct(List<PcsRow> rows, int pos) {
        List<PcsValue> out = new ArrayList<>();
        for (PcsRow r : rows) {
            for (PcsValue v : r.values(pos)) {
                if (!out.contains(v)) {
                    out.add(v);
                }
            }
        }
        out.sort(Comparator.comparing(PcsValue::code));
        return out;
    }

    private PcsCoding incomplete(StringBuilder code, String title, List<PcsValue> values, List<String> why,
                                        List<Span> evidence, String reason) {
        List<String> w = new ArrayList<>(why);
        w.add(title + ": " + reason + "; the code stops at the characters the note supports");
        List<String> options = values.stream().map(v -> v.code() + " " + v.label()).limit(12).toList();
        return new PcsCoding(code.substring(0, 4), false, title, options, w, evidence, weights.get(PcsWeights.SCORE_INCOMPLETE));
    }
}
