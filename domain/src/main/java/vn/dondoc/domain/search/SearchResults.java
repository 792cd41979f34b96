package vn.dondoc.domain.search;

import java.util.List;

public record SearchResults(List<SearchHit> hits, long total) {}
