package vn.dondoc.textcore.confidence;

import java.util.List;
import vn.dondoc.textcore.model.Span;
import vn.dondoc.textcore.segment.Block;

/** The block an item's span starts in, by binary search over the blocks in reading order. */
final class Blocks {
    private Blocks() {}

    static Block at(List<Block> blocks, Span span) {
        if (span == null || blocks.isEmpty()) {
            return null;
        }
        int lo = 0;
        int hi = blocks.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).span().start() <= span.start()) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) {
            return null;
        }
        Block b = blocks.get(found);
        return span.start() < b.span().end() || b.span().length() == 0 ? b : null;
    }

    static boolean overlap(Span a, Span b) {
        return a != null && b != null && a.start() < b.end() && b.start() < a.end();
    }
}
