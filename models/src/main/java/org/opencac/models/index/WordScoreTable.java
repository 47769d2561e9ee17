package org.opencac.models.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.opencac.models.codeset.Code;
import org.opencac.models.io.CacheFile;

/**
 * What {@link CodeIndex#rank} computes for a closed set of words, worked out once when the table is
 * built: for every billable code, the score each word's query tokens add to it (title and terms fields,
 * the same BM25 figures the Lucene query gives). Ranking a handful of codes is then a few map look-ups
 * and additions per code, with no query, no analysis and no allocation beyond the result. Immutable
 * and shared read-only by every thread.
 */
public final class WordScoreTable {
    /** The query tokens of each word of the closed set, as {@link CodeIndex#rank} analyzes it. */
    private final Map<String, int[]> tokensOf;
    /** Per billable code that matches at least one token: its document number and per-token scores. */
    private final Map<String, Entry> byCode;

    /**
     * One code's scores.
     *
     * @param doc    the Lucene document number (kept in the file; ranking breaks ties by code, not by it)
     * @param tokens the token ids that match the code, ascending
     * @param scores the score each of those tokens adds (title boosted plus terms)
     */
    record Entry(int doc, int[] tokens, float[] scores) {
        float score(int token) {
            int i = Arrays.binarySearch(tokens, token);
            return i < 0 ? 0f : scores[i];
        }
    }

    WordScoreTable(Map<String, int[]> tokensOf, Map<String, Entry> byCode) {
        // HashMaps, not Map.copyOf: read for every ranked code, they find a key by its stored hash first.
        this.tokensOf = Collections.unmodifiableMap(new HashMap<>(tokensOf));
        this.byCode = Collections.unmodifiableMap(new HashMap<>(byCode));
    }

    /** Whether {@code word} is one of the words this table was built for. */
    public boolean covers(String word) {
        return tokensOf.containsKey(word);
    }

    /**
     * The codes among {@code among} that match any of the words, best first, at most {@code max}: the
     * result of {@code CodeIndex.rank(String.join(" ", words), among codes, max)} for words of the
     * table's set. Words outside the set are ignored.
     */
    public List<CodeHit> rank(Collection<String> words, List<Code> among, int max) {
        return among.isEmpty() ? List.of() : rank(words, among(among), max);
    }

    /**
     * Codes made ready to rank: those of a list the table scores, each with its scores, in list order. A
     * caller that ranks the same list many times (a header's children) makes it once.
     */
    public static final class Among {
        private final Code[] codes;
        private final Entry[] entries;
        /** Per token id: the codes (indexes into {@code codes}, ascending) it scores, and their scores. */
        private final Map<Integer, Postings> byToken = new HashMap<>();

        private Among(Code[] codes, Entry[] entries) {
            this.codes = codes;
            this.entries = entries;
            Map<Integer, List<Integer>> at = new HashMap<>();
            for (int k = 0; k < entries.length; k++) {
                for (int t : entries[k].tokens()) {
                    at.computeIfAbsent(t, x -> new ArrayList<>()).add(k);
                }
            }
            at.forEach((t, ks) -> {
                int[] codeAt = ks.stream().mapToInt(Integer::intValue).toArray();
                float[] scores = new float[codeAt.length];
                for (int i = 0; i < codeAt.length; i++) {
                    scores[i] = entries[codeAt[i]].score(t);
                }
                byToken.put(t, new Postings(codeAt, scores));
            });
        }
    }

    /** The codes one token scores (indexes into an {@link Among}'s codes) and the score it gives each. */
    private record Postings(int[] codes, float[] scores) {
    }

    /** The codes of {@code among} that the table scores, ready for {@link #rank(Collection, Among, int)}. */
    public Among among(List<Code> among) {
        List<Code> codes = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (Code c : among) {
            Entry e = byCode.get(c.code());
            if (e != null) {
                codes.add(c);
                entries.add(e);
            }
        }
        return new Among(codes.toArray(new Code[0]), entries.toArray(new Entry[0]));
    }

    /** {@link #rank(Collection, List, int)} over codes made ready by {@link #among}. */
    public List<CodeHit> rank(Collection<String> words, Among among, int max) {
        int[][] known = new int[words.size()][];   // each word's query tokens, looked up once
        int found = 0;
        int count = 0;
        for (String w : words) {
            int[] t = tokensOf.get(w);
            if (t != null) {
                known[found++] = t;
                count += t.length;
            }
        }
        if (count == 0 || max <= 0) {
            return List.of();
        }
        int[] queryTokens = new int[count];
        int at = 0;
        for (int i = 0; i < found; i++) {
            System.arraycopy(known[i], 0, queryTokens, at, known[i].length);
            at += known[i].length;
        }
        // Each code's total adds its tokens' scores in token order, not in the order the words came in (often a
        // set's, which may change from one run to the next): floating-point sums in another order may differ in
        // the last bit and break a tie the other way. Only the codes some query token scores are touched.
        Arrays.sort(queryTokens);
        double[] totals = new double[among.codes.length];
        boolean[] matched = new boolean[among.codes.length];
        List<Integer> touched = new ArrayList<>();
        for (int t : queryTokens) {
            Postings p = among.byToken.get(t);
            if (p == null) {
                continue;
            }
            for (int i = 0; i < p.codes().length; i++) {
                float s = p.scores()[i];
                int k = p.codes()[i];
                if (s != 0f) {
                    totals[k] += s;
                    if (!matched[k]) {
                        matched[k] = true;
                        touched.add(k);
                    }
                }
            }
        }
        List<Scored> scored = new ArrayList<>(touched.size());
        for (int k : touched) {
            scored.add(new Scored(among.codes[k], (float) totals[k]));
        }
        // ties go to the lower code, not the lower document number: the order is total and fixed by the codes
        // alone, whatever order the index was written in, so every build of the cache ranks alike
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparing(s -> s.code().code()));
        List<CodeHit> out = new ArrayList<>(Math.min(max, scored.size()));
        for (int i = 0; i < scored.size() && i < max; i++) {
            Scored s = scored.get(i);
            out.add(new CodeHit(s.code().code(), s.code().title(), s.code().billable(), s.score()));
        }
        return out;
    }

    private record Scored(Code code, float score) {
    }

    private static final int MAGIC = 0x0CAC5C0E;
    /** Bump when the file layout changes. */
    static final int FORMAT = 2;

    /**
     * Writes the table to {@code file} (replaced whole, a checked {@link CacheFile}): {@code key} (what the table
     * was built from), the words' query tokens and every code's scores, so a file of other words or a damaged one
     * is never taken for this table.
     */
    void write(Path file, String key) throws IOException {
        CacheFile.writeChecked(file, MAGIC, FORMAT, out -> {
            out.writeUTF(key);
            List<String> words = new ArrayList<>(tokensOf.keySet());
            Collections.sort(words);
            out.writeInt(words.size());
            for (String w : words) {
                out.writeUTF(w);
                int[] ids = tokensOf.get(w);
                out.writeInt(ids.length);
                for (int id : ids) {
                    out.writeInt(id);
                }
            }
            List<String> codes = new ArrayList<>(byCode.keySet());
            Collections.sort(codes);
            out.writeInt(codes.size());
            for (String c : codes) {
                Entry e = byCode.get(c);
                out.writeUTF(c);
                out.writeInt(e.doc());
                out.writeInt(e.tokens().length);
                for (int i = 0; i < e.tokens().length; i++) {
                    out.writeInt(e.tokens()[i]);
                    out.writeInt(Float.floatToRawIntBits(e.scores()[i]));
                }
            }
        });
    }

    /**
     * Reads a table {@link #write} wrote for {@code key}.
     *
     * @throws IOException if the file is not such a table for that key: another format or key, truncated,
     *                     or its content does not match its CRC
     */
    static WordScoreTable read(Path file, String key) throws IOException {
        return read(file, key, code -> code);
    }

    /**
     * As {@link #read(Path, String)}, each code read replaced by {@code canonical}'s string for it (the code set's
     * own, so the table holds no second copy of tens of thousands of codes).
     */
    static WordScoreTable read(Path file, String key, UnaryOperator<String> canonical)
            throws IOException {
        return CacheFile.readChecked(file, MAGIC, FORMAT, "word score table", in -> {
            if (!in.readUTF().equals(key)) {
                throw new IOException("word score table built for other words: " + file);
            }
            int wordCount = in.readCount();
            Map<String, int[]> tokensOf = new HashMap<>(wordCount * 2);
            for (int w = 0; w < wordCount; w++) {
                String word = in.readUTF();
                tokensOf.put(word, in.readInts(in.readInt()));
            }
            int codeCount = in.readCount();
            Map<String, Entry> byCode = new HashMap<>(codeCount * 2);
            for (int c = 0; c < codeCount; c++) {
                String code = canonical.apply(in.readUTF());
                int doc = in.readInt();
                int n = in.readCount();
                int[] ids = new int[n];
                float[] scores = new float[n];
                for (int i = 0; i < n; i++) {
                    ids[i] = in.readInt();
                    scores[i] = Float.intBitsToFloat(in.readInt());
                }
                byCode.put(code, new Entry(doc, ids, scores));
            }
            return new WordScoreTable(tokensOf, byCode);
        });
    }

    /** The same words, tokens, codes, documents and scores (for tests of the cache file). */
    boolean sameAs(WordScoreTable other) {
        if (!tokensOf.keySet().equals(other.tokensOf.keySet()) || !byCode.keySet().equals(other.byCode.keySet())) {
            return false;
        }
        for (Map.Entry<String, int[]> e : tokensOf.entrySet()) {
            if (!Arrays.equals(e.getValue(), other.tokensOf.get(e.getKey()))) {
                return false;
            }
        }
        for (Map.Entry<String, Entry> e : byCode.entrySet()) {
            Entry o = other.byCode.get(e.getKey());
            if (e.getValue().doc() != o.doc() || !Arrays.equals(e.getValue().tokens(), o.tokens())
                    || !Arrays.equals(e.getValue().scores(), o.scores())) {
                return false;
            }
        }
        return true;
    }

    /** Collects the per-token scores while the table is built. */
    static final class Builder {
        private final Map<String, int[]> tokensOf = new LinkedHashMap<>();
        private final Map<String, Integer> tokenIds = new HashMap<>();
        private final Map<Integer, Map<Integer, Float>> byDoc = new HashMap<>();

        /** Registers a word and its query tokens; returns the ids of tokens not seen before. */
        List<String> word(String word, List<String> tokens) {
            List<String> fresh = new ArrayList<>();
            int[] ids = new int[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i);
                Integer id = tokenIds.get(t);
                if (id == null) {
                    id = tokenIds.size();
                    tokenIds.put(t, id);
                    fresh.add(t);
                }
                ids[i] = id;
            }
            tokensOf.put(word, ids);
            return fresh;
        }

        void score(String token, int doc, float score) {
            byDoc.computeIfAbsent(doc, d -> new HashMap<>()).put(tokenIds.get(token), score);
        }

        WordScoreTable build(String[] codeOfDoc) {
            Map<String, Entry> byCode = new HashMap<>();
            for (Map.Entry<Integer, Map<Integer, Float>> d : byDoc.entrySet()) {
                String code = codeOfDoc[d.getKey()];
                if (code == null) {
                    continue;
                }
                int[] ids = d.getValue().keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
                float[] scores = new float[ids.length];
                for (int i = 0; i < ids.length; i++) {
                    scores[i] = d.getValue().get(ids[i]);
                }
                byCode.put(code, new Entry(d.getKey(), ids, scores));
            }
            return new WordScoreTable(tokensOf, byCode);
        }
    }
}
