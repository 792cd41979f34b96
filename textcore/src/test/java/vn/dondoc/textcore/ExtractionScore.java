package vn.dondoc.textcore;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The matching rules of the extraction spec (dondoc.extraction/1), in Java, so the build itself scores the
 * extractor against the sample documents' expected extraction: P/R/F1 per section and an overall micro F1.
 */
final class ExtractionScore {

    static final class Tally {
        int tp;
        int fp;
        int fn;
        final Map<String, int[]> fields = new TreeMap<>();

        void field(String name, boolean ok) {
            int[] r = fields.computeIfAbsent(name, k -> new int[2]);
            r[0] += ok ? 1 : 0;
            r[1]++;
        }

        double f1() {
            double p = tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "F1 %.3f (tp %d, fp %d, fn %d) %s", f1(), tp, fp, fn, fieldsText());
        }

        String fieldsText() {
            StringBuilder sb = new StringBuilder();
            fields.forEach((k, v) -> sb.append(k)
                    .append(' ')
                    .append(v[0])
                    .append('/')
                    .append(v[1])
                    .append(' '));
            return sb.toString().strip();
        }
    }

    final Map<String, Tally> sections = new LinkedHashMap<>();

    ExtractionScore() {
        for (String s : List.of("document", "references", "schedule", "tasks", "targets", "results")) {
            sections.put(s, new Tally());
        }
    }

    /** Fields of matched items that are wrong ("tasks.lead 3/4"), for cases that expect every field right. */
    List<String> wrongFields() {
        List<String> out = new java.util.ArrayList<>();
        sections.forEach((name, t) -> t.fields.forEach((f, v) -> {
            if (v[0] != v[1]) {
                out.add(name + "." + f + " " + v[0] + "/" + v[1]);
            }
        }));
        return out;
    }

    double overall() {
        Tally all = new Tally();
        sections.forEach((name, t) -> {
            if (name.equals("document")) {
                int right = t.fields.values().stream().mapToInt(v -> v[0]).sum();
                int total = t.fields.values().stream().mapToInt(v -> v[1]).sum();
                all.tp += right;
                all.fp += total - right;
                all.fn += total - right;
            } else {
                all.tp += t.tp;
                all.fp += t.fp;
                all.fn += t.fn;
            }
        });
        return all.f1();
    }

    void add(JsonNode pred, JsonNode gold) {
        document(pred.path("document"), gold.path("document"), sections.get("document"));
        references(pred, gold, sections.get("references"));
        schedule(pred, gold, sections.get("schedule"));
        tasks(pred, gold, sections.get("tasks"));
        figures(pred.path("targets"), gold.path("targets"), "value", sections.get("targets"), false);
        figures(pred.path("results"), gold.path("results"), "actual", sections.get("results"), true);
    }

    // ---- text helpers, as the spec defines them

    static String norm(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        t = t.replaceAll("<[^>]+>", " ");
        return t.replaceAll("\\s+", " ").strip();
    }

    static String fold(String s) {
        String t = norm(s).replace('đ', 'd');
        t = Normalizer.normalize(t, Normalizer.Form.NFD);
        return t.replaceAll("\\p{Mn}", "");
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}_]+").matcher(fold(s));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static double wordF1(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        if (wa.isEmpty() && wb.isEmpty()) {
            return 1;
        }
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Map<String, Integer> ca = count(wa);
        Map<String, Integer> cb = count(wb);
        int common = 0;
        for (Map.Entry<String, Integer> e : ca.entrySet()) {
            common += Math.min(e.getValue(), cb.getOrDefault(e.getKey(), 0));
        }
        if (common == 0) {
            return 0;
        }
        double p = (double) common / wa.size();
        double r = (double) common / wb.size();
        return 2 * p * r / (p + r);
    }

    private static Map<String, Integer> count(List<String> w) {
        Map<String, Integer> m = new HashMap<>();
        w.forEach(x -> m.merge(x, 1, Integer::sum));
        return m;
    }

    static String normNumber(String n) {
        return Normalizer.normalize(n == null ? "" : n, Normalizer.Form.NFC)
                .replaceAll("\\s+", "")
                .toUpperCase(Locale.ROOT)
                .replace('Ð', 'Đ');
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asString();
    }

    static boolean numEq(JsonNode a, JsonNode b) {
        boolean an = a == null || a.isMissingNode() || a.isNull();
        boolean bn = b == null || b.isMissingNode() || b.isNull();
        if (an || bn) {
            return an && bn;
        }
        double x = a.asDouble();
        double y = b.asDouble();
        return Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(y));
    }

    // ---- sections

    private static void document(JsonNode p, JsonNode g, Tally t) {
        t.field("number", normNumber(text(p, "number")).equals(normNumber(text(g, "number"))));
        t.field("type", Objects.equals(text(p, "type"), text(g, "type")));
        t.field("date", Objects.equals(text(p, "date"), text(g, "date")));
        t.field("place", fold(text(p, "place")).equals(fold(text(g, "place"))));
        for (String f : List.of("issuer", "title")) {
            String gv = text(g, f);
            String pv = text(p, f);
            boolean gEmpty = gv == null || gv.isEmpty();
            boolean pEmpty = pv == null || pv.isEmpty();
            t.field(f, gEmpty && pEmpty || !gEmpty && !pEmpty && wordF1(pv, gv) >= 0.6);
        }
        t.field("signers", names(p.path("signers")).equals(names(g.path("signers"))));
    }

    private static Set<String> names(JsonNode signers) {
        Set<String> s = new HashSet<>();
        for (JsonNode x : signers) {
            String n = text(x, "name");
            if (n != null && !n.isEmpty()) {
                s.add(fold(n));
            }
        }
        return s;
    }

    private static void references(JsonNode pred, JsonNode gold, Tally t) {
        Set<String> g = new HashSet<>();
        gold.path("references").forEach(r -> g.add(normNumber(text(r, "number"))));
        Set<String> p = new HashSet<>();
        pred.path("references").forEach(r -> p.add(normNumber(text(r, "number"))));
        Set<String> both = new HashSet<>(g);
        both.retainAll(p);
        t.tp += both.size();
        t.fp += p.size() - both.size();
        t.fn += g.size() - both.size();
    }

    private static List<JsonNode[]> greedy(
            JsonNode preds, JsonNode golds, BiFunction<JsonNode, JsonNode, Double> score) {
        List<double[]> cands = new ArrayList<>();
        for (int i = 0; i < preds.size(); i++) {
            for (int j = 0; j < golds.size(); j++) {
                Double s = score.apply(preds.get(i), golds.get(j));
                if (s != null) {
                    cands.add(new double[] {s, i, j});
                }
            }
        }
        cands.sort((a, b) -> Double.compare(b[0], a[0]));
        Set<Integer> up = new HashSet<>();
        Set<Integer> ug = new HashSet<>();
        List<JsonNode[]> pairs = new ArrayList<>();
        for (double[] c : cands) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (up.contains(i) || ug.contains(j)) {
                continue;
            }
            up.add(i);
            ug.add(j);
            pairs.add(new JsonNode[] {preds.get(i), golds.get(j)});
        }
        return pairs;
    }

    private static void schedule(JsonNode pred, JsonNode gold, Tally t) {
        JsonNode p = pred.path("schedule");
        JsonNode g = gold.path("schedule");
        List<JsonNode[]> pairs = greedy(p, g, (a, b) -> {
            if (!Objects.equals(text(a, "date"), text(b, "date"))
                    || !Objects.equals(text(a, "endDate"), text(b, "endDate"))
                    || !Objects.equals(text(a, "session"), text(b, "session"))) {
                return null;
            }
            double f = wordF1(text(a, "content"), text(b, "content"));
            return f >= 0.5 ? f : null;
        });
        t.tp += pairs.size();
        t.fp += p.size() - pairs.size();
        t.fn += g.size() - pairs.size();
        for (JsonNode[] pg : pairs) {
            t.field(
                    "preparingUnits",
                    foldedSorted(pg[0].path("preparingUnits")).equals(foldedSorted(pg[1].path("preparingUnits"))));
            t.field("chairs", foldedSorted(pg[0].path("chairs")).equals(foldedSorted(pg[1].path("chairs"))));
            t.field(
                    "nonWorking",
                    pg[0].path("nonWorking").asBoolean(false)
                            == pg[1].path("nonWorking").asBoolean(false));
            for (String f : List.of("time", "place")) {
                if (text(pg[1], f) != null) {
                    t.field(f, fold(text(pg[0], f)).equals(fold(text(pg[1], f))));
                }
            }
        }
    }

    private static List<String> foldedSorted(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(x -> out.add(fold(x.asString())));
        out.sort(null);
        return out;
    }

    static boolean anchorMatch(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        int n = Math.min(6, Math.min(wa.size(), wb.size()));
        if (n < 4 && !(wa.size() == wb.size() && wb.size() == n && n > 0)) {
            return false;
        }
        return wa.subList(0, n).equals(wb.subList(0, n));
    }

    private static void tasks(JsonNode pred, JsonNode gold, Tally t) {
        JsonNode p = pred.path("tasks");
        JsonNode g = gold.path("tasks");
        List<JsonNode[]> pairs = greedy(
                p,
                g,
                (a, b) -> anchorMatch(text(a, "anchor"), text(b, "anchor"))
                        ? wordF1(text(a, "anchor"), text(b, "anchor"))
                        : null);
        t.tp += pairs.size();
        t.fp += p.size() - pairs.size();
        t.fn += g.size() - pairs.size();
        for (JsonNode[] pg : pairs) {
            JsonNode gl = pg[1].path("lead");
            JsonNode pl = pg[0].path("lead");
            boolean ok = gl.isEmpty() && pl.isEmpty();
            for (JsonNode x : pl) {
                for (JsonNode y : gl) {
                    ok |= wordF1(x.asString(), y.asString()) >= 0.6;
                }
            }
            t.field("lead", ok);
            t.field("deadline", Objects.equals(text(pg[0], "deadline"), text(pg[1], "deadline")));
        }
    }

    static boolean unitMatch(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return fold(a).equals(fold(b));
        }
        int n = Math.min(wa.size(), wb.size());
        return wa.subList(0, n).equals(wb.subList(0, n));
    }

    private static void figures(JsonNode p, JsonNode g, String valueField, Tally t, boolean results) {
        List<JsonNode[]> pairs = greedy(p, g, (a, b) -> {
            if (!numEq(a.path(valueField), b.path(valueField)) || !unitMatch(text(a, "unit"), text(b, "unit"))) {
                return null;
            }
            String ia = text(a, "indicator") != null ? text(a, "indicator") : text(a, "anchor");
            String ib = text(b, "indicator") != null ? text(b, "indicator") : text(b, "anchor");
            return 1.0 + wordF1(ia, ib);
        });
        t.tp += pairs.size();
        t.fp += p.size() - pairs.size();
        t.fn += g.size() - pairs.size();
        for (JsonNode[] pg : pairs) {
            if (results) {
                t.field("percentOfPlan", numEq(pg[0].path("percentOfPlan"), pg[1].path("percentOfPlan")));
                t.field("planned", numEq(pg[0].path("planned"), pg[1].path("planned")));
            } else {
                t.field("comparator", Objects.equals(text(pg[0], "comparator"), text(pg[1], "comparator")));
                t.field("by", Objects.equals(text(pg[0], "by"), text(pg[1], "by")));
            }
        }
    }
}
