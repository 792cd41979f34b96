package vn.dondoc.domain.target;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A case table of the test resources: tab-separated columns, one case a line; "#" lines and blank lines skipped. */
final class CaseTable {
    private CaseTable() {}

    static List<String[]> read(String resource) {
        try (InputStream in = CaseTable.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
