package org.opencac.models.codeset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable code set: every code and header of one release, in published order, with the
 * chapter/block structure and the notes that apply to each code (own and inherited).
 */
public final class CodeSet {
    private final CodeSetVersion version;
    private final Map<String, Code> codes;
    private final Map<String, List<String>> children;
    private final List<Chapter> chapters;
    private final Map<String, Chapter.Block> blocksById;
    private final Map<String, Chapter> chaptersByNumber;
    private final LoadReport report;
    private final ConcurrentHashMap<String, List<Code>> descendants =
            new ConcurrentHashMap<>();
    /**
     * The effective notes of a type by code ({@link #effectiveNotes}), one map per type made at construction: a
     * code's own string is the key, so a look-up makes no joined key.
     */
    private final Map<NoteType, ConcurrentHashMap<String, List<InstructionalNote>>> notesCache =
            new EnumMap<>(NoteType.class);

    public CodeSet(CodeSetVersion version, Collection<Code> codesInOrder, List<Chapter> chapters, LoadReport report) {
        this.version = version;
        for (NoteType type : NoteType.values()) {
            notesCache.put(type, new ConcurrentHashMap<>());
        }
        // sized for every code at once (grown step by step, the maps were rehashed about fifteen times a start)
        LinkedHashMap<String, Code> map = new LinkedHashMap<>(codesInOrder.size() * 4 / 3 + 1);
        LinkedHashMap<String, List<String>> kids = new LinkedHashMap<>(codesInOrder.size() * 4 / 3 + 1);
        for (Code c : codesInOrder) {
            map.put(c.code(), c);
            if (c.parent() != null) {
                kids.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c.code());
            }
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.codes = Collections.unmodifiableMap(map);
        this.children = Collections.unmodifiableMap(kids);
        this.chapters = List.copyOf(chapters);
        LinkedHashMap<String, Chapter.Block> blocks = new LinkedHashMap<>();
        LinkedHashMap<String, Chapter> chs = new LinkedHashMap<>();
        for (Chapter ch : chapters) {
            chs.put(ch.number(), ch);
            for (Chapter.Block b : ch.blocks()) {
                blocks.put(b.id(), b);
            }
        }
        this.blocksById = Collections.unmodifiableMap(blocks);
        this.chaptersByNumber = Collections.unmodifiableMap(chs);
        this.report = report;
    }

    public CodeSetVersion version() {
        return version;
    }

    public LoadReport report() {
        return report;
    }

    /** Looks a code up; accepts it with or without the dot, in any case. */
    public Optional<Code> get(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(codes.get(normalize(code)));
    }

    /** All codes and headers in published order. */
    public Collection<Code> all() {
        return codes.values();
    }

    public int size() {
        return codes.size();
    }

    public List<String> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    public List<Chapter> chapters() {
        return chapters;
    }

    public Optional<Chapter> chapter(String number) {
        return Optional.ofNullable(chaptersByNumber.get(number));
    }

    public Optional<Chapter.Block> block(String id) {
        return Optional.ofNullable(blocksById.get(id));
    }

    /** The code's ancestors, nearest first, ending with its 3-character category. */
    public List<Code> ancestors(String code) {
        List<Code> out = new ArrayList<>();
        Code c = codes.get(normalize(code));
        while (c != null && c.parent() != null) {
            c = codes.get(c.parent());
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** The billable codes at or under the given code, in published order (cached: the set is immutable). */
    public List<Code> billableDescendants(String code) {
        String key = normalize(code);
        return descendants.computeIfAbsent(key, k -> {
            List<Code> out = new ArrayList<>();
            collect(k, out);
            return List.copyOf(out);
        });
    }

    private void collect(String code, List<Code> out) {
        Code c = codes.get(code);
        if (c == null) {
            return;
        }
        if (c.billable()) {
            out.add(c);
        }
        for (String kid : children(code)) {
            collect(kid, out);
        }
    }

    /**
     * Every note of a type that applies to the code: its own, its ancestors', its block's and its
     * chapter's (the Tabular's inheritance rule), nearest first.
     */
    public List<InstructionalNote> effectiveNotes(String code, NoteType type) {
        Code c = codes.get(normalize(code));
        if (c == null) {
            return List.of();
        }
        ConcurrentHashMap<String, List<InstructionalNote>> ofType = notesCache.get(type);
        List<InstructionalNote> known = ofType.get(c.code());
        return known != null ? known : ofType.computeIfAbsent(c.code(), k -> List.copyOf(collectNotes(c, type)));
    }

    private List<InstructionalNote> collectNotes(Code c, NoteType type) {
        List<InstructionalNote> out = new ArrayList<>(c.notes(type));
        for (Code a : ancestors(c.code())) {
            out.addAll(a.notes(type));
        }
        block(c.blockId()).ifPresent(b -> b.notes().stream().filter(n -> n.type() == type).forEach(out::add));
        chapter(c.chapter()).ifPresent(ch -> ch.notes().stream().filter(n -> n.type() == type).forEach(out::add));
        return out;
    }

    /** Normalizes user input to the published form with a dot: "e1122" becomes "E11.22". */
    public static String normalize(String code) {
        if (isNormal(code)) {
            return code;   // most codes asked for are written so already: nothing to make
        }
        String c = code.trim().toUpperCase(Locale.ROOT).replace(".", "");
        return c.length() > 3 ? c.substring(0, 3) + "." + c.substring(3) : c;
    }

    /** The length of a code without its dots ({@code code.replace(".", "").length()}, without the copy). */
    public static int dotlessLength(String code) {
        int n = code.length();
        for (int i = code.indexOf('.'); i >= 0; i = code.indexOf('.', i + 1)) {
            n--;
        }
        return n;
    }

    /**
     * Whether {@link #normalize} would give the code unchanged: printable ASCII without lower-case letters, with no
     * dot in up to three characters, else five or more with its one dot after the third.
     */
    static boolean isNormal(String code) {
        int n = code.length();
        for (int i = 0; i < n; i++) {
            char ch = code.charAt(i);
            if (ch <= ' ' || ch >= 127 || ch >= 'a' && ch <= 'z' || ch == '.' && i != 3) {
                return false;
            }
        }
        return n > 0 && n <= 3 || n >= 5 && code.charAt(3) == '.';
    }

    /**
     * Counts recorded while loading, reported at start-up.
     *
     * @param codes                 codes and headers loaded from the order file
     * @param billable              billable codes
     * @param codesWithNotesSource  codes whose own entry is in the notes source (FY2021 Tabular)
     * @param codesInheritingNotes  codes absent from the notes source that inherit from an ancestor there
     * @param codesWithoutAncestor  codes with no ancestor at all in the notes source
     */
    public record LoadReport(int codes, int billable, int codesWithNotesSource, int codesInheritingNotes,
                             int codesWithoutAncestor) {
    }
}
