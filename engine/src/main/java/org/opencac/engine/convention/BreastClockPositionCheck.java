package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.text.Sentence;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * A breast lump or malignancy of no stated quadrant (N63.10, N63.20, C50.91-, C50.92-) whose breast the note places
 * by a clock position ("a mass at the 4 o'clock position of the left breast") is in the quadrant that hour names
 * for that side (Guidelines I.A.9, I.B.13: the specificity the record documents): every clock position written in
 * a sentence naming the breast and the code's side, and not the other side, must fall in one quadrant, and the
 * candidate is recoded to the code of its category whose title names that quadrant in place of the unstated one.
 * An hour on a border (12, 3, 6, 9) or positions in two quadrants leave the code alone. Rules:
 * {@code breast_clock_positions.tsv}.
 */
public final class BreastClockPositionCheck implements Stage {
    public static final String RESOURCE = "/org/opencac/engine/convention/breast_clock_positions.tsv";
    private static final Pattern SIDE = Pattern.compile("\\b(left|right)\\b");

    /** A quadrant of one side's breast: the clock positions strictly between two hours. */
    public record Quadrant(String side, double from, double to, String words) {
        public Quadrant {
            if (!side.equals("left") && !side.equals("right") || from < 0 || to > 12 || from >= to) {
                throw new IllegalArgumentException(RESOURCE + ": bad quadrant " + side + " " + from + "-" + to);
            }
        }

        boolean holds(String side, double position) {
            return this.side.equals(side) && position > from && position < to;
        }
    }

    private final CodeSet codes;
    private final List<String> prefixes;
    private final List<String> unstated;
    private final Pattern clock;
    private final Set<String> sites;
    private final List<Quadrant> quadrants;

    public BreastClockPositionCheck(CodeSet codes, List<String> prefixes, List<String> unstated, Pattern clock,
                                    Set<String> sites, List<Quadrant> quadrants) {
        if (prefixes.isEmpty() || unstated.isEmpty() || sites.isEmpty() || quadrants.isEmpty()) {
            throw new IllegalArgumentException(RESOURCE + ": needs codes, unstated words, sites and quadrants");
        }
        this.codes = codes;
        this.prefixes = List.copyOf(prefixes);
        this.unstated = List.copyOf(unstated);
        this.clock = clock;
        this.sites = Set.copyOf(sites);
        this.quadrants = List.copyOf(quadrants);
    }

    public static BreastClockPositionCheck standard(CodeSet codes) {
        List<String> prefixes = new ArrayList<>();
        List<String> unstated = new ArrayList<>();
        List<Pattern> clock = new ArrayList<>();
        Set<String> sites = new HashSet<>();
        List<Quadrant> quadrants = new ArrayList<>();
        DataFiles.kindRows(RESOURCE, Map.of(
                "codes", v -> List.of(v[0].split(",")).forEach(p -> prefixes.add(p.trim())),
                "unstated", v -> unstated.add(v[0].toLowerCase(Locale.ROOT)),
                "clock", v -> clock.add(Pattern.compile(v[0], Pattern.CASE_INSENSITIVE)),
                "site", v -> sites.add(v[0].toLowerCase(Locale.ROOT)),
                "quadrant", v -> {
                    if (v.length < 4) {
                        throw new IllegalStateException(RESOURCE + ": a quadrant needs side, hours and words: "
                                + String.join(" ", v));
                    }
                    quadrants.add(new Quadrant(v[0], Double.parseDouble(v[1]), Double.parseDouble(v[2]),
                            v[3].toLowerCase(Locale.ROOT)));
                }));
        if (clock.size() != 1) {
            throw new IllegalStateException(RESOURCE + ": needs one clock expression");
        }
        return new BreastClockPositionCheck(codes, prefixes, unstated, clock.get(0), sites, quadrants);
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> out = new ArrayList<>(doc.candidates().size());
        boolean changed = false;
        for (CodeCandidate c : doc.candidates()) {
            CodeCandidate now = recoded(doc, c).orElse(c);
            changed |= now != c;
            if (out.stream().noneMatch(o -> o.code().equals(now.code()))) {
                out.add(now);
            }
        }
        return changed ? doc.withCandidates(out) : doc;
    }

    private Optional<CodeCandidate> recoded(Document doc, CodeCandidate c) {
        if (prefixes.stream().noneMatch(p -> c.code().startsWith(p))) {
            return Optional.empty();
        }
        Optional<Code> code = codes.get(c.code());
        String title = code.map(t -> t.title().toLowerCase(Locale.ROOT)).orElse("");
        String phrase = unstated.stream().filter(title::contains).findFirst().orElse(null);
        Matcher side = SIDE.matcher(title);
        if (phrase == null || !side.find()) {
            return Optional.empty();
        }
        Quadrant quadrant = quadrantOf(doc, side.group(1));
        if (quadrant == null) {
            return Optional.empty();
        }
        for (String words : List.of(quadrant.words(), quadrant.words().replace(' ', '-'))) {
            String wanted = title.replace(phrase, words + " quadrant");
            for (Code sibling : codes.billableDescendants(code.get().category())) {
                if (sibling.title().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return Optional.of(c.withCode(sibling, "Quadrant: " + sibling.code() + ", the clock position the"
                            + " note gives on the " + quadrant.side() + " breast is in its " + quadrant.words()
                            + " quadrant (Guidelines I.B.13; rule breast-clock-position)"));
                }
            }
        }
        return Optional.empty();
    }

    /** The one quadrant of every clock position the note gives on that side's breast, or null. */
    private Quadrant quadrantOf(Document doc, String side) {
        String text = doc.text();
        Quadrant found = null;
        Matcher m = clock.matcher(text);
        while (m.find()) {
            String sentence = sentenceAround(doc, m.start()).toLowerCase(Locale.ROOT);
            Matcher sides = SIDE.matcher(sentence);
            Set<String> named = new HashSet<>();
            while (sides.find()) {
                named.add(sides.group(1));
            }
            if (!named.equals(Set.of(side)) || sites.stream().noneMatch(s -> hasWord(sentence, s))) {
                continue;
            }
            double position = Integer.parseInt(m.group(1)) % 12
                    + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)) / 60.0);
            Quadrant q = quadrants.stream().filter(x -> x.holds(side, position)).findFirst().orElse(null);
            if (q == null || found != null && found != q) {
                return null;   // a border hour or two quadrants: no one quadrant
            }
            found = q;
        }
        return found;
    }

    private static String sentenceAround(Document doc, int offset) {
        for (Sentence s : doc.sentences()) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return doc.text().substring(s.span().start(), s.span().end());
            }
        }
        return "";
    }

    private static boolean hasWord(String sentence, String word) {
        return Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(sentence).find();
    }
}
