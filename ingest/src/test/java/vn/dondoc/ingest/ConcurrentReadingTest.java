package vn.dondoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One shared reader, many threads, every format: the same text as reading one by one. */
class ConcurrentReadingTest {

    @Test
    void oneReaderServesManyThreadsWithTheSameResults() throws Exception {
        DocumentReader reader = new DocumentReader();
        List<String> names = new ArrayList<>();
        List<byte[]> files = new ArrayList<>();
        for (String sample : TestDocuments.sampleNames().subList(0, 3)) { // the three shortest keep the test quick
            String text = TestDocuments.sample(sample);
            names.add(sample);
            files.add(text.getBytes(StandardCharsets.UTF_8));
            names.add(sample + ".docx");
            files.add(TestDocuments.docx(text));
            names.add(sample + ".html");
            files.add(TestDocuments.html(text, true).getBytes(StandardCharsets.UTF_8));
            if (TestDocuments.vietnameseFontAvailable()) {
                names.add(sample + ".pdf");
                files.add(TestDocuments.pdf(text));
            }
        }
        List<String> sequential = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            sequential.add(reader.read(names.get(i), files.get(i)).text());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < files.size(); i++) {
                    int k = i;
                    futures.add(pool.submit(
                            () -> reader.read(names.get(k), files.get(k)).text()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % files.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
