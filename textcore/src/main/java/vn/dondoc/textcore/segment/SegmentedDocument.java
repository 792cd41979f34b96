package vn.dondoc.textcore.segment;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** A normalized text cut into blocks, in reading order. */
public final class SegmentedDocument {

    private final String text;
    private final List<Block> blocks;
    private final Map<Block, List<Block>> headings = new IdentityHashMap<>();
    private final Map<Block, Map<String, Object>> memos = new IdentityHashMap<>();

    public SegmentedDocument(String text, List<Block> blocks) {
        this.text = text;
        this.blocks = List.copyOf(blocks);
        // the open headings at each block, computed once: the chain of the last heading at each depth
        List<Block> open = new ArrayList<>();
        for (Block b : this.blocks) {
            if (b.heading() && !b.section().isEmpty()) {
                int depth = b.section().size();
                while (!open.isEmpty() && open.get(open.size() - 1).section().size() >= depth) {
                    open.remove(open.size() - 1);
                }
                open.add(b);
            }
            List<Block> chain = new ArrayList<>();
            for (Block h : open) {
                List<String> path = b.section();
                if (h.section().size() <= path.size()
                        && path.subList(0, h.section().size()).equals(h.section())) {
                    chain.add(h);
                }
            }
            headings.put(b, List.copyOf(chain));
        }
    }

    public String text() {
        return text;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /**
     * A value computed once per block and kind for this document (a heading's section kind, say), so stages
     * that ask for every block do not recompute it. Not thread-safe: a segmented document belongs to one parse.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Block b, String kind, java.util.function.Supplier<T> compute) {
        Map<String, Object> m = memos.computeIfAbsent(b, k -> new java.util.HashMap<>());
        Object v = m.get(kind);
        if (v == null) {
            v = compute.get();
            m.put(kind, v);
        }
        return (T) v;
    }

    /** The enclosing heading blocks of {@code b}, outermost first (a heading is its own last element). */
    public List<Block> headingsOf(Block b) {
        List<Block> h = headings.get(b);
        return h == null ? List.of() : h;
    }
}
