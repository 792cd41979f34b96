package vn.dondoc.search.solr.plugin;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import vn.dondoc.search.analysis.VietnameseAnalyzer;
import vn.dondoc.search.analysis.VietnameseAnalyzer.Mode;

/**
 * The project's {@link VietnameseAnalyzer} in the shape Solr's schema wants ({@code <analyzer class="..."/>}
 * needs a public no-argument constructor): one subclass per mode, so Solr analyzes exactly as the embedded engine.
 */
public abstract class FieldAnalyzer extends AnalyzerWrapper {
    private final Analyzer delegate;

    protected FieldAnalyzer(Mode mode) {
        super(Analyzer.PER_FIELD_REUSE_STRATEGY);
        this.delegate = new VietnameseAnalyzer(mode);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return delegate;
    }
}
