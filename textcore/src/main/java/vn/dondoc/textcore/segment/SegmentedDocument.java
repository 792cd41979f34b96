package vn.dondoc.textcore.segment;

import java.util.List;

/** A normalized text cut into blocks, in reading order. */
public record SegmentedDocument(String text, List<Block> blocks) {

    /** The enclosing heading block of {@code b} at each level of its section path. */
    public List<Block> headingsOf(Block b) {
        List<String> path = b.section();
        return blocks.stream()
                .filter(h -> h.heading() && !h.section().isEmpty() && h.section().size() <= path.size()
                        && path.subList(0, h.section().size()).equals(h.section()))
                .filter(h -> h.span().start() <= b.span().start())
                .toList();
    }
}
