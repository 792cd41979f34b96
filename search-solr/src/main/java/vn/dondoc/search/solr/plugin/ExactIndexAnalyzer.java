package vn.dondoc.search.solr.plugin;

import vn.dondoc.search.analysis.VietnameseAnalyzer.Mode;

/** {@link Mode#EXACT_INDEX} for Solr's schema. */
public final class ExactIndexAnalyzer extends FieldAnalyzer {
    public ExactIndexAnalyzer() {
        super(Mode.EXACT_INDEX);
    }
}
