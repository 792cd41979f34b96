package vn.dondoc.app.imports;

import java.util.ArrayList;
import java.util.List;
import vn.dondoc.textcore.model.Diagnostic;
import vn.dondoc.textcore.model.Span;

/** A reader's notes about a whole file, stored as one "stage TAB code TAB message" line each. */
final class ReaderNotes {
    private ReaderNotes() {}

    static String write(List<Diagnostic> notes) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : notes) {
            sb.append(clean(d.stage()))
                    .append('\t')
                    .append(clean(d.code()))
                    .append('\t')
                    .append(clean(d.message()))
                    .append('\n');
        }
        return sb.toString();
    }

    static List<Diagnostic> read(String stored) {
        List<Diagnostic> out = new ArrayList<>();
        if (stored == null) {
            return out;
        }
        for (String line : stored.split("\n")) {
            String[] f = line.split("\t", 3);
            if (f.length == 3) {
                out.add(new Diagnostic(f[0], f[1], new Span(0, 0), f[2]));
            }
        }
        return out;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
