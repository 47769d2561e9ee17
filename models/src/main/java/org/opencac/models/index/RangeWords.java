package org.opencac.models.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The billable documents of a range of categories and, per query token, those of them that hold the token in
 * their title or terms: what a search restricted to the range can match, without running it. A search whose
 * every required word must match (each by any of its tokens) matches nothing when no document of the range
 * holds a token of each word. Tokens the index holds are a closed set, so each is read from the postings once.
 */
final class RangeWords {
    private static final int[] NONE = new int[0];

    private final IndexReader reader;
    /** The live, billable documents of the range (index-wide doc ids). */
    private final FixedBitSet inRange;
    private final boolean empty;
    /** Per token the index holds: the documents of the range holding it in title or terms, ascending. */
    private final ConcurrentHashMap<String, int[]> docsOfToken = new ConcurrentHashMap<>();

    RangeWords(IndexReader reader, String firstCategory, String lastCategory) {
        this.reader = reader;
        this.inRange = new FixedBitSet(Math.max(1, reader.maxDoc()));
        try {
            FixedBitSet billable = new FixedBitSet(inRange.length());
            BytesRef first = new BytesRef(firstCategory);
            BytesRef last = new BytesRef(lastCategory);
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                PostingsEnum pe = leaf.reader().postings(new Term(CodeIndexBuilder.BILLABLE, "1"), PostingsEnum.NONE);
                if (pe != null) {
                    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                        if (live == null || live.get(d)) {
                            billable.set(leaf.docBase + d);
                        }
                    }
                }
                Terms categories = leaf.reader().terms(CodeIndexBuilder.CATEGORY);
                if (categories == null) {
                    continue;
                }
                TermsEnum te = categories.iterator();
                if (te.seekCeil(first) == TermsEnum.SeekStatus.END) {
                    continue;
                }
                PostingsEnum docs = null;
                for (BytesRef t = te.term(); t != null && t.compareTo(last) <= 0; t = te.next()) {
                    docs = te.postings(docs, PostingsEnum.NONE);
                    for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                        if (billable.get(leaf.docBase + d)) {
                            inRange.set(leaf.docBase + d);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.empty = inRange.cardinality() == 0;
    }

    /**
     * The range's live billable documents as a search filter, per leaf of the reader it was made from: what the
     * category range query and the billable filter of a search admit together, read from the sets made here
     * once instead of enumerating the range's categories and their postings at every search. Scores nothing
     * (a filter clause), so the ranking of a search is unchanged.
     */
    org.apache.lucene.search.Query filter() {
        List<LeafReaderContext> leaves = reader.leaves();
        FixedBitSet[] perLeaf = new FixedBitSet[leaves.size()];
        long[] counts = new long[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet bits = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                if (inRange.get(leaf.docBase + d)) {
                    bits.set(d);
                }
            }
            perLeaf[leaf.ord] = bits;
            counts[leaf.ord] = bits.cardinality();
        }
        return new RangeFilter(reader, perLeaf, counts);
    }

    /** A filter of fixed documents per leaf of one reader ({@link #filter}). */
    private static final class RangeFilter extends org.apache.lucene.search.Query {
        private final IndexReader reader;
        private final FixedBitSet[] perLeaf;
        private final long[] counts;

        RangeFilter(IndexReader reader, FixedBitSet[] perLeaf, long[] counts) {
            this.reader = reader;
            this.perLeaf = perLeaf;
            this.counts = counts;
        }

        @Override
        public org.apache.lucene.search.Weight createWeight(org.apache.lucene.search.IndexSearcher searcher,
                org.apache.lucene.search.ScoreMode scoreMode, float boost) {
            return new org.apache.lucene.search.ConstantScoreWeight(this, boost) {
                @Override
                public org.apache.lucene.search.Scorer scorer(LeafReaderContext context) {
                    if (org.apache.lucene.index.ReaderUtil.getTopLevelContext(context).reader() != reader
                            || context.ord >= perLeaf.length) {
                        throw new IllegalStateException("a range filter searched with another index reader");
                    }
                    if (counts[context.ord] == 0) {
                        return null;
                    }
                    return new org.apache.lucene.search.ConstantScoreScorer(this, score(), scoreMode,
                            new org.apache.lucene.util.BitSetIterator(perLeaf[context.ord], counts[context.ord]));
                }

                @Override
                public boolean isCacheable(LeafReaderContext context) {
                    return false;   // already a set of documents
                }
            };
        }

        @Override
        public void visit(org.apache.lucene.search.QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public String toString(String field) {
            return "RangeFilter";
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /**
     * False only when no document of the range holds, for every word of {@code wordTokens} that has tokens, one of
     * that word's tokens in its title or terms (a word without tokens requires nothing).
     */
    boolean anyHoldsEach(List<List<String>> wordTokens) {
        if (empty) {
            return false;
        }
        int[] candidates = null;
        for (List<String> tokens : wordTokens) {
            if (tokens.isEmpty()) {
                continue;
            }
            int[] docs = union(tokens);
            candidates = candidates == null ? docs : intersect(candidates, docs);
            if (candidates.length == 0) {
                return false;
            }
        }
        return true;
    }

    private int[] union(List<String> tokens) {
        if (tokens.size() == 1) {
            return docs(tokens.get(0));
        }
        FixedBitSet all = new FixedBitSet(inRange.length());
        for (String token : tokens) {
            for (int d : docs(token)) {
                all.set(d);
            }
        }
        return ascending(all);
    }

    private static int[] ascending(FixedBitSet bits) {
        int[] out = new int[bits.cardinality()];
        int n = 0;
        for (int d = bits.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
             d = d + 1 < bits.length() ? bits.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            out[n++] = d;
        }
        return out;
    }

    private static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The documents of the range holding {@code token} in title or terms; remembered if the index holds it. */
    int[] docs(String token) {
        int[] known = docsOfToken.get(token);
        if (known != null) {
            return known;
        }
        int[] docs = read(token);
        if (docs != null) {
            docsOfToken.putIfAbsent(token, docs);
            return docs;
        }
        return NONE;
    }

    /** The token's documents in the range, or null if neither field of the index holds the token at all. */
    private int[] read(String token) {
        try {
            FixedBitSet hits = null;
            for (String field : List.of(CodeIndexBuilder.TITLE, CodeIndexBuilder.TERMS)) {
                Term term = new Term(field, token);
                for (LeafReaderContext leaf : reader.leaves()) {
                    PostingsEnum pe = leaf.reader().postings(term, PostingsEnum.NONE);
                    if (pe == null) {
                        continue;
                    }
                    if (hits == null) {
                        hits = new FixedBitSet(inRange.length());
                    }
                    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                        if (inRange.get(leaf.docBase + d)) {
                            hits.set(leaf.docBase + d);
                        }
                    }
                }
            }
            return hits == null ? null : ascending(hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
