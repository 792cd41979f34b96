package vn.dondoc.search.solr.plugin;

import vn.dondoc.search.analysis.VietnameseAnalyzer.Mode;

/** {@link Mode#FOLDED_QUERY} for Solr's schema. */
public final class FoldedQueryAnalyzer extends FieldAnalyzer {
    public FoldedQueryAnalyzer() {
        super(Mode.FOLDED_QUERY);
    }
}
