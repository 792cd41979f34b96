package vn.dondoc.search.solr.plugin;

import vn.dondoc.search.analysis.VietnameseAnalyzer.Mode;

/** {@link Mode#EXACT_QUERY} for Solr's schema. */
public final class ExactQueryAnalyzer extends FieldAnalyzer {
    public ExactQueryAnalyzer() {
        super(Mode.EXACT_QUERY);
    }
}
