package vn.dondoc.search.solr.plugin;

import vn.dondoc.search.analysis.VietnameseAnalyzer.Mode;

/** {@link Mode#FOLDED_INDEX} for Solr's schema. */
public final class FoldedIndexAnalyzer extends FieldAnalyzer {
    public FoldedIndexAnalyzer() {
        super(Mode.FOLDED_INDEX);
    }
}
