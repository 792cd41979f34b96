package vn.dondoc.textcore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A table of cases for one stage: {@code src/test/resources/cases/<name>.tsv}, lines {@code input<TAB>expected},
 * "#" comments, escapes {@code \n} and {@code \t}, and {@code ∅} for "nothing".
 */
public final class CaseTable {

    private CaseTable() {}

    public static List<Arguments> load(String name) {
        List<Arguments> out = new ArrayList<>();
        InputStream in = CaseTable.class.getResourceAsStream("/cases/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test table /cases/" + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                if (parts.length != 2) {
                    throw new IllegalStateException(name + ":" + n + ": expected input<TAB>expected");
                }
                out.add(Arguments.of(unescape(parts[0]), unescape(parts[1])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String unescape(String s) {
        return s.equals("∅") ? "" : s.replace("\\n", "\n").replace("\\t", "\t");
    }
}
