package org.opencac.models.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.lexicon.Lexicon;

/**
 * Read side of the Lucene code index: free-text search for coders, and scoring of a bounded candidate
 * set for the engine. Opened from a cache directory, built there once if missing.
 */
public final class CodeIndex implements Closeable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CodeIndex.class);
    /** Bump when the document layout or analysis changes, so cached indexes are rebuilt. */
    static final int FORMAT = 1;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer;
    private final Analyzer plainAnalyzer = new ClinicalAnalyzer();
    /** Analyzed titles: a closed set, so each is analyzed once. */
    private final ConcurrentHashMap<String, List<String>> titleTokens =
            new ConcurrentHashMap<>();
    /** One string per distinct token of an analyzed title, shared by every title that has it. */
    private final ConcurrentHashMap<String, String> titleTokenStrings =
            new ConcurrentHashMap<>();

    /**
     * The stored fields a hit reads (code, title, billable flag), by document, filled on a document's first read: a
     * document found by many searches has its stored fields read and decompressed once (the reader is never
     * reopened, so a document keeps its number).
     */
    private final AtomicReferenceArray<StoredCode> storedByDoc;

    /** The stored fields of one document that a hit carries. */
    private record StoredCode(String code, String title, boolean billable) {
    }

    /** Where tables derived from this index are kept (the index's own cache directory); null: not kept. */
    private final Path derivedDir;
    /** The code set's own string for a code (a table read from disk then shares it); identity without one. */
    private final UnaryOperator<String> canonicalCode;

    private CodeIndex(Directory directory, SynonymMap abbreviations) throws IOException {
        this(directory, abbreviations, null, code -> code);
    }

    private CodeIndex(Directory directory, SynonymMap abbreviations, Path derivedDir,
                      UnaryOperator<String> canonicalCode) throws IOException {
        this.derivedDir = derivedDir;
        this.canonicalCode = canonicalCode;
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.storedByDoc = new AtomicReferenceArray<>(reader.maxDoc());
        this.queryAnalyzer = new ClinicalAnalyzer(abbreviations);
    }

    /**
     * Opens the index for this code set and lexicon under {@code cacheRoot}, building it first if no
     * complete copy is there. {@code fingerprint} identifies the data and code the index derives from. Safe if two processes race: each builds privately, then renames.
     */
    public static CodeIndex openOrBuild(Path cacheRoot, String fingerprint, CodeSet codeSet, Lexicon lexicon,
                                        SynonymMap abbreviations) {
        String name = "index-" + codeSet.version().label().replaceAll("[^A-Za-z0-9]+", "_") + "-f" + FORMAT
                + "-" + fingerprint;
        Path dir = cacheRoot.resolve(name);
        try {
            if (!Files.exists(dir.resolve("COMPLETE"))) {
                Files.createDirectories(cacheRoot);
                Path tmp = Files.createTempDirectory(cacheRoot, name + ".tmp");
                try (Directory d = FSDirectory.open(tmp)) {
                    new CodeIndexBuilder().build(codeSet, lexicon, d);
                }
                Files.writeString(tmp.resolve("COMPLETE"), codeSet.version().label() + "\n");
                try {
                    Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException raced) {
                    if (!Files.exists(dir.resolve("COMPLETE"))) {
                        throw raced;
                    }
                    org.opencac.models.io.FileTrees.delete(tmp);
                }
            }
            return new CodeIndex(FSDirectory.open(dir), abbreviations, dir,
                    code -> codeSet.get(code).map(org.opencac.models.codeset.Code::code).orElse(code));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open or build the code index in " + cacheRoot, e);
        }
    }

    /** Opens an index held in the given directory (tests build one in memory). */
    public static CodeIndex open(Directory directory, SynonymMap abbreviations) {
        try {
            return new CodeIndex(directory, abbreviations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Searches codes by words or by code, as a coder would look one up. Input that looks like a code
     * ("E11", "e11.2") matches by code prefix first.
     */
    public List<CodeHit> search(String text, boolean billableOnly, int max) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        String compact = text.trim().toUpperCase(Locale.ROOT);
        if (compact.matches("[A-Z]\\d[0-9A-Z]?(\\.?[0-9A-Z]{0,4})?")) {
            String code = CodeSet.normalize(compact);
            q.add(new BoostQuery(new TermQuery(new Term(CodeIndexBuilder.CODE, code)), 100f), BooleanClause.Occur.SHOULD);
            q.add(new BoostQuery(new PrefixQuery(new Term(CodeIndexBuilder.CODE, code)), 50f), BooleanClause.Occur.SHOULD);
        }
        Query words = wordsQuery(text, false);
        if (words != null) {
            q.add(words, BooleanClause.Occur.SHOULD);
        }
        return run(q.build(), billableOnly, null, max);
    }

    /**
     * Billable codes matching any of the words, best first: plain bag-of-words retrieval, used by the
     * evaluation baseline that skips concept extraction.
     */
    public List<CodeHit> searchAnyWord(String text, int max) {
        Query q = wordsQuery(text, true);
        return q == null ? List.of() : run(q, true, null, max);
    }

    /**
     * Billable codes whose 3-character category lies in [firstCategory, lastCategory], ranked by the
     * words (all of {@code required} must match title or terms; {@code preferred} only adds score).
     * Used to find an injury code from the injury type, site and laterality a clause documents.
     */
    public List<CodeHit> rankInCategories(List<String> required, String preferred, String firstCategory,
                                          String lastCategory, int max) {
        return rankInCategories(required, preferred, categoryRange(firstCategory, lastCategory), max, c -> true, max);
    }

    /**
     * The categories from {@code first} to {@code last} (inclusive) as a search filter, built once and
     * reused: the filter compiles an automaton of the range when it is made.
     */
    public CategoryRange categoryRange(String first, String last) {
        // the range's live billable documents as the filter: the searches restricted to a range are of billable
        // codes only, so it admits what the category range query and the billable filter admit together
        RangeWords words = new RangeWords(reader, first, last);
        return new CategoryRange(first, last, words.filter(), words);
    }

    /**
     * A filter on a range of categories (see {@link #categoryRange}), with the range's documents per word, so a
     * search that cannot match is not run; safe to share between threads.
     */
    public static final class CategoryRange {
        private final String first;
        private final String last;
        private final Query filter;
        private final RangeWords words;

        private CategoryRange(String first, String last, Query filter, RangeWords words) {
            this.first = first;
            this.last = last;
            this.filter = filter;
            this.words = words;
        }

        /** The first category, inclusive. */
        public String first() {
            return first;
        }

        /** The last category, inclusive. */
        public String last() {
            return last;
        }

        /** The filter a search restricted to this range runs with. */
        Query filter() {
            return filter;
        }
    }

    /**
     * The first hit, in the order {@link #rankInCategories(List, String, String, String, int)} ranks the top
     * {@code max}, whose code {@code accept} takes, or null: only the hits up to it are read.
     */
    public CodeHit firstInCategories(List<String> required, String preferred, CategoryRange range, int max,
                                     Predicate<String> accept) {
        List<CodeHit> hits = rankInCategories(required, preferred, range, max, accept, 1);
        return hits.isEmpty() ? null : hits.get(0);
    }

    private List<CodeHit> rankInCategories(List<String> required, String preferred, CategoryRange range, int max,
                                           Predicate<String> accept, int keep) {
        List<List<String>> requiredTokens = new ArrayList<>(required.size());
        for (String word : required) {
            requiredTokens.add(tokens(queryAnalyzer, word));
        }
        if (!range.words.anyHoldsEach(requiredTokens)) {
            return List.of();   // no billable code of the range has every required word: the search would find none
        }
        return searchInCategories(requiredTokens, preferred, range.filter, max, accept, keep);
    }

    /**
     * {@link #rankInCategories} run as a search, whether or not it can match, with the filter of a range (tests
     * compare the two, and the range's filter with the category range query it stands for).
     */
    List<CodeHit> searchInCategories(List<String> required, String preferred, Query rangeFilter, int max) {
        return searchInCategories(required.stream().map(w -> tokens(queryAnalyzer, w)).toList(), preferred,
                rangeFilter, max, c -> true, max);
    }

    private List<CodeHit> searchInCategories(List<List<String>> requiredTokens, String preferred, Query rangeFilter,
                                             int max, Predicate<String> accept, int keep) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (List<String> tokens : requiredTokens) {
            Query q = wordsQuery(tokens, true);
            if (q != null) {
                b.add(q, BooleanClause.Occur.MUST);
            }
        }
        Query pref = wordsQuery(preferred, true);
        if (pref != null) {
            b.add(new BoostQuery(pref, 0.3f), BooleanClause.Occur.SHOULD);
        }
        b.add(rangeFilter, BooleanClause.Occur.FILTER);
        return run(b.build(), true, null, max, accept, keep);
    }

    /**
     * Scores the given codes against words describing a finding: used to choose among a category's
     * billable codes ("stage 3b", "left", "acute on chronic"). Codes that match no word score 0 and are
     * not returned.
     */
    public List<CodeHit> rank(String words, Collection<String> among, int max) {
        Query q = wordsQuery(words, true);
        if (q == null || among.isEmpty()) {
            return List.of();
        }
        return run(q, true, among, max);
    }

    /**
     * The scores {@link #rank} would give, precomputed for a closed set of words (each analyzed as
     * {@link #analyze} does, then as a query): ranking against the table runs no query. Built by reading
     * each token's matching billable codes once, so its cost is one pass over those postings.
     */
    public WordScoreTable wordScores(Collection<String> words) {
        if (derivedDir == null) {
            return scoreWords(words);
        }
        // Kept beside the index (named after the words; the index's directory is named after the data and code
        // it derives from), so a later start reads it instead of running a query per token.
        String key = wordsKey(words);
        Path file = derivedDir.resolve("word-scores-" + key.substring(0, 16) + ".bin");
        if (Files.exists(file)) {
            try {
                return WordScoreTable.read(file, key, canonicalCode);
            } catch (IOException | RuntimeException e) {
                LOG.warn("rebuilding the word score table: {} is unreadable ({})", file, e.getMessage());
            }
        }
        WordScoreTable table = scoreWords(words);
        try {
            table.write(file, key);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not keep the word score table in {} (it will be rebuilt at the next start): {}", file,
                    e.toString());
        }
        return table;
    }

    /**
     * The directory where tables derived from this index and its code set may be kept beside it (its own cache
     * directory, named after the data and code the index derives from); empty for an index that is not kept
     * (one built in memory).
     */
    public Optional<Path> derivedDir() {
        return Optional.ofNullable(derivedDir);
    }

    /** Names a closed set of words, whatever its order, with the table format and Lucene version. */
    static String wordsKey(Collection<String> words) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(words));
        String canonical = "format " + WordScoreTable.FORMAT + ", lucene " + org.apache.lucene.util.Version.LATEST
                + "\n" + String.join("\n", sorted);
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private WordScoreTable scoreWords(Collection<String> words) {
        try {
            String[] codeOfDoc = new String[reader.maxDoc()];
            boolean[] billable = new boolean[reader.maxDoc()];
            for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
                org.apache.lucene.index.Terms codes = leaf.reader().terms(CodeIndexBuilder.CODE);
                if (codes != null) {
                    org.apache.lucene.index.TermsEnum te = codes.iterator();
                    org.apache.lucene.index.PostingsEnum pe = null;
                    for (BytesRef t = te.next(); t != null; t = te.next()) {
                        pe = te.postings(pe, org.apache.lucene.index.PostingsEnum.NONE);
                        String code = canonicalCode.apply(t.utf8ToString());
                        for (int d = pe.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                             d = pe.nextDoc()) {
                            codeOfDoc[leaf.docBase + d] = code;
                        }
                    }
                }
                org.apache.lucene.index.PostingsEnum pe = leaf.reader().postings(
                        new Term(CodeIndexBuilder.BILLABLE, "1"), org.apache.lucene.index.PostingsEnum.NONE);
                if (pe != null) {
                    for (int d = pe.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                         d = pe.nextDoc()) {
                        billable[leaf.docBase + d] = true;
                    }
                }
            }
            WordScoreTable.Builder table = new WordScoreTable.Builder();
            // words in sorted order, whatever the collection's: token ids, and so the file, are then the same in
            // every build
            for (String word : new TreeSet<>(words)) {
                for (String token : table.word(word, tokens(queryAnalyzer, word))) {
                    Query q = new BooleanQuery.Builder()
                            .add(new BoostQuery(new TermQuery(new Term(CodeIndexBuilder.TITLE, token)), 2f),
                                    BooleanClause.Occur.SHOULD)
                            .add(new TermQuery(new Term(CodeIndexBuilder.TERMS, token)), BooleanClause.Occur.SHOULD)
                            .build();
                    org.apache.lucene.search.Weight w = searcher.createWeight(searcher.rewrite(q),
                            org.apache.lucene.search.ScoreMode.COMPLETE, 1f);
                    for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
                        org.apache.lucene.search.Scorer s = w.scorer(leaf);
                        if (s == null) {
                            continue;
                        }
                        org.apache.lucene.search.DocIdSetIterator it = s.iterator();
                        for (int d = it.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                             d = it.nextDoc()) {
                            int doc = leaf.docBase + d;
                            if (billable[doc]) {
                                table.score(token, doc, s.score());
                            }
                        }
                    }
                }
            }
            return table.build(codeOfDoc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query wordsQuery(String text, boolean anyWord) {
        return wordsQuery(tokens(queryAnalyzer, text), anyWord);
    }

    private static Query wordsQuery(List<String> tokens, boolean anyWord) {
        if (tokens.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : tokens) {
            BooleanQuery.Builder per = new BooleanQuery.Builder();
            per.add(new BoostQuery(new TermQuery(new Term(CodeIndexBuilder.TITLE, t)), 2f), BooleanClause.Occur.SHOULD);
            per.add(new TermQuery(new Term(CodeIndexBuilder.TERMS, t)), BooleanClause.Occur.SHOULD);
            b.add(per.build(), BooleanClause.Occur.SHOULD);
        }
        if (!anyWord) {
            b.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(tokens.size() * 0.6)));
        }
        return b.build();
    }

    private List<CodeHit> run(Query query, boolean billableOnly, Collection<String> among, int max) {
        return run(query, billableOnly, among, max, c -> true, max);
    }

    /** The top {@code max} hits whose code {@code accept} takes, at most {@code keep} of them (read in rank order). */
    private List<CodeHit> run(Query query, boolean billableOnly, Collection<String> among, int max,
                              Predicate<String> accept, int keep) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        if (billableOnly) {
            b.add(new TermQuery(new Term(CodeIndexBuilder.BILLABLE, "1")), BooleanClause.Occur.FILTER);
        }
        if (among != null) {
            b.add(new TermInSetQuery(CodeIndexBuilder.CODE, among.stream().map(BytesRef::new).toList()),
                    BooleanClause.Occur.FILTER);
        }
        try {
            TopDocs top = searcher.search(b.build(), Math.max(1, max));
            List<CodeHit> out = new ArrayList<>(Math.min(keep, top.scoreDocs.length));
            org.apache.lucene.index.StoredFields stored = null;   // opened at the first document not yet read
            for (ScoreDoc sd : top.scoreDocs) {
                if (out.size() >= keep) {
                    break;
                }
                StoredCode c = storedByDoc.get(sd.doc);
                if (c == null) {
                    if (stored == null) {
                        stored = searcher.storedFields();
                    }
                    Document d = stored.document(sd.doc);
                    c = new StoredCode(d.get(CodeIndexBuilder.CODE), d.get(CodeIndexBuilder.TITLE),
                            "1".equals(d.get(CodeIndexBuilder.BILLABLE)));
                    storedByDoc.set(sd.doc, c);
                }
                if (accept.test(c.code())) {
                    out.add(new CodeHit(c.code(), c.title(), c.billable(), sd.score));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The analyzed tokens of a text as titles are indexed (no abbreviation expansion): lowercase, stop
     * words dropped, K-stemmed. Used to compare a note's words with title words.
     */
    public List<String> analyze(String text) {
        return tokens(plainAnalyzer, text);
    }

    /** {@link #analyze} for a code title, cached (titles are a closed set). */
    public List<String> analyzeTitle(String title) {
        return titleTokens.computeIfAbsent(title, t -> {
            List<String> tokens = tokens(plainAnalyzer, t);
            String[] shared = new String[tokens.size()];
            for (int i = 0; i < shared.length; i++) {
                String token = tokens.get(i);
                String kept = titleTokenStrings.putIfAbsent(token, token);
                shared[i] = kept != null ? kept : token;
            }
            return List.of(shared);
        });
    }

    /** The tokens an analyzer gives a text, in order, read as the index reads a title field. */
    public static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(CodeIndexBuilder.TITLE, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public int documentCount() {
        return reader.numDocs();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
