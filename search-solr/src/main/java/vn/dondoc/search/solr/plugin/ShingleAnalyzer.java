package vn.dondoc.search.solr.plugin;

import vn.dondoc.search.analysis.VietnameseAnalyzer.Mode;

/** {@link Mode#SHINGLE} for Solr's schema. */
public final class ShingleAnalyzer extends FieldAnalyzer {
    public ShingleAnalyzer() {
        super(Mode.SHINGLE);
    }
}
