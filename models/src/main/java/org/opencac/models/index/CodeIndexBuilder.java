package org.opencac.models.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.lexicon.Lexicon;
import org.opencac.models.lexicon.Term;

/** Writes one Lucene document per code: code, title, billable flag, category and its lexicon terms. */
public final class CodeIndexBuilder {
    static final String CODE = "code";
    static final String CATEGORY = "category";
    static final String TITLE = "title";
    static final String TERMS = "terms";
    static final String BILLABLE = "billable";

    public void build(CodeSet codeSet, Lexicon lexicon, Directory directory) {
        IndexWriterConfig config = new IndexWriterConfig(new ClinicalAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        try (IndexWriter w = new IndexWriter(directory, config)) {
            for (Code c : codeSet.all()) {
                Document d = new Document();
                d.add(new StringField(CODE, c.code(), Field.Store.YES));
                d.add(new StringField(CATEGORY, c.category(), Field.Store.NO));
                d.add(new TextField(TITLE, c.title(), Field.Store.YES));
                d.add(new StringField(BILLABLE, c.billable() ? "1" : "0", Field.Store.YES));
                String terms = lexicon.termsFor(c.code()).stream().map(Term::text).distinct()
                        .collect(Collectors.joining(" | "));
                if (!terms.isEmpty()) {
                    d.add(new TextField(TERMS, terms, Field.Store.NO));
                }
                w.addDocument(d);
            }
            w.forceMerge(1);
            w.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the code index", e);
        }
    }
}
