package vn.dondoc.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Readers and writers at once, on any engine. */
public abstract class ConcurrencyContract {

    protected abstract SearchIndex newIndex();

    private static SearchDoc doc(int i) {
        return SearchDoc.builder("task:" + i, Kind.TASK)
                .year(2020 + i % 5)
                .title("Nhiệm vụ số " + i + " về chuyển đổi số và cải cách hành chính")
                .build();
    }

    @Test
    void searchesRunWhileIndexingAndCommitting() throws Exception {
        try (SearchIndex index = newIndex()) {
            AtomicBoolean done = new AtomicBoolean();
            ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
            AtomicLong searches = new AtomicLong();
            List<Thread> readers = new ArrayList<>();
            long[] lastSeen = new long[3];
            for (int r = 0; r < 3; r++) {
                int me = r;
                Thread t = new Thread(() -> {
                    try {
                        while (!done.get()) {
                            SearchResults res = index.search(SearchQuery.builder()
                                    .text("cải cách hành chính")
                                    .facets(true)
                                    .build());
                            // totals only grow: committed items are never lost
                            assertThat(res.total()).isGreaterThanOrEqualTo(lastSeen[me]);
                            lastSeen[me] = res.total();
                            searches.incrementAndGet();
                        }
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                });
                readers.add(t);
                t.start();
            }
            CountDownLatch writersDone = new CountDownLatch(2);
            for (int w = 0; w < 2; w++) {
                int base = w * 1000;
                new Thread(() -> {
                            try {
                                for (int i = 0; i < 500; i++) {
                                    index.index(doc(base + i));
                                    if (i % 100 == 99) index.commit();
                                }
                            } catch (Throwable e) {
                                errors.add(e);
                            } finally {
                                writersDone.countDown();
                            }
                        })
                        .start();
            }
            writersDone.await();
            index.commit();
            done.set(true);
            for (Thread t : readers) t.join();
            assertThat(errors).isEmpty();
            assertThat(searches.get()).isPositive();
            assertThat(index.count()).isEqualTo(1000);
            assertThat(index.search(SearchQuery.builder()
                                    .text("cai cach hanh chinh")
                                    .facets(true)
                                    .build())
                            .total())
                    .isEqualTo(1000);
        }
    }

    @Test
    void searchesDuringRebuildSeeTheOldOrTheNewContentNeverAMix() throws Exception {
        try (SearchIndex index = newIndex()) {
            List<SearchDoc> old = new ArrayList<>();
            for (int i = 0; i < 500; i++) old.add(doc(i));
            index.rebuild(old);
            List<SearchDoc> fresh = new ArrayList<>();
            for (int i = 0; i < 800; i++) fresh.add(doc(10_000 + i));
            ConcurrentLinkedQueue<Long> seen = new ConcurrentLinkedQueue<>();
            AtomicBoolean done = new AtomicBoolean();
            Thread reader = new Thread(() -> {
                while (!done.get())
                    seen.add(index.search(SearchQuery.builder().facets(true).build())
                            .total());
            });
            reader.start();
            index.rebuild(fresh);
            done.set(true);
            reader.join();
            assertThat(seen).isNotEmpty().allMatch(n -> n == 500 || n == 800);
            assertThat(index.count()).isEqualTo(800);
        }
    }
}
