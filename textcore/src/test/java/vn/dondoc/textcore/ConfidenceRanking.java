package vn.dondoc.textcore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.textcore.json.ExtractionJson;
import vn.dondoc.textcore.model.Assessment;
import vn.dondoc.textcore.model.Confidence;
import vn.dondoc.textcore.model.ParsedDocument;

/**
 * How well the confidence ranks errors: every extracted item of a set of documents with gold is marked wrong
 * when it matches no gold item under the spec's matching rules (the scorer's greedy pairing, reused from
 * {@link ExtractionScore}), or "wrong in a field" when it matches but a checked field differs; then the share of
 * wrong items among the least confident 20% is set against the share among all items.
 */
final class ConfidenceRanking {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One extracted item: its kind, confidence, and whether the spec's matching found it wrong. */
    record Judged(String kind, String doc, double confidence, boolean unmatched, boolean fieldWrong, String what) {
        boolean wrong(boolean countFields) {
            return unmatched || countFields && fieldWrong;
        }
    }

    final List<Judged> items = new ArrayList<>();
    /** Task candidates offered, and those that begin like a gold task (what a reviewer would rightly add). */
    final List<String> candidates = new ArrayList<>();

    int candidatesRight;

    /** Reads every {@code docs/X.txt} that has a {@code gold/X.json}. */
    void addSet(Path docs, Path gold) throws IOException {
        try (Stream<Path> s = Files.list(gold)) {
            for (Path g : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = g.getFileName().toString().replaceFirst("\\.json$", "");
                Path txt = docs.resolve(name + ".txt");
                if (!Files.exists(txt)) {
                    continue;
                }
                ParsedDocument d = DocumentPipeline.standard()
                        .parseAssessed(name + ".txt", Files.readString(txt, StandardCharsets.UTF_8), List.of());
                add(name, d, JSON.readTree(Files.readString(g, StandardCharsets.UTF_8)));
            }
        }
    }

    void add(String name, ParsedDocument d, JsonNode gold) {
        JsonNode pred = JSON.readTree(ExtractionJson.write(d));
        Assessment a = d.assessment();
        judge(
                name,
                "schedule",
                pred.path("schedule"),
                gold.path("schedule"),
                a.schedule(),
                (p, g) -> {
                    if (!Objects.equals(ExtractionScore.text(p, "date"), ExtractionScore.text(g, "date"))
                            || !Objects.equals(ExtractionScore.text(p, "endDate"), ExtractionScore.text(g, "endDate"))
                            || !Objects.equals(
                                    ExtractionScore.text(p, "session"), ExtractionScore.text(g, "session"))) {
                        return null;
                    }
                    double f = ExtractionScore.wordF1(
                            ExtractionScore.text(p, "content"), ExtractionScore.text(g, "content"));
                    return f >= 0.5 ? f : null;
                },
                (p, g) -> !folded(p.path("chairs")).equals(folded(g.path("chairs")))
                        || !folded(p.path("preparingUnits")).equals(folded(g.path("preparingUnits"))),
                "content");
        judge(
                name,
                "tasks",
                pred.path("tasks"),
                gold.path("tasks"),
                a.tasks(),
                (p, g) -> ExtractionScore.anchorMatch(
                                ExtractionScore.text(p, "anchor"), ExtractionScore.text(g, "anchor"))
                        ? ExtractionScore.wordF1(ExtractionScore.text(p, "anchor"), ExtractionScore.text(g, "anchor"))
                        : null,
                (p, g) -> !leadOk(p.path("lead"), g.path("lead"))
                        || !Objects.equals(ExtractionScore.text(p, "deadline"), ExtractionScore.text(g, "deadline")),
                "anchor");
        judge(
                name,
                "targets",
                pred.path("targets"),
                gold.path("targets"),
                a.targets(),
                figure("value"),
                (p, g) -> !Objects.equals(ExtractionScore.text(p, "comparator"), ExtractionScore.text(g, "comparator"))
                        || !Objects.equals(ExtractionScore.text(p, "by"), ExtractionScore.text(g, "by")),
                "anchor");
        judge(
                name,
                "results",
                pred.path("results"),
                gold.path("results"),
                a.results(),
                figure("actual"),
                (p, g) -> !ExtractionScore.numEq(p.path("percentOfPlan"), g.path("percentOfPlan"))
                        || !ExtractionScore.numEq(p.path("planned"), g.path("planned")),
                "anchor");
        for (var c : a.candidates()) {
            boolean right = false;
            for (JsonNode g : gold.path("tasks")) {
                right |= ExtractionScore.anchorMatch(c.text(), ExtractionScore.text(g, "anchor"));
            }
            candidatesRight += right ? 1 : 0;
            candidates.add((right ? "GOLD  " : "      ") + name + " | "
                    + (c.text().length() > 100 ? c.text().substring(0, 100) : c.text()));
        }
        Set<String> goldRefs = new HashSet<>();
        gold.path("references")
                .forEach(r -> goldRefs.add(ExtractionScore.normNumber(ExtractionScore.text(r, "number"))));
        JsonNode refs = pred.path("references");
        for (int i = 0; i < refs.size(); i++) {
            Confidence c = Assessment.at(a.references(), i);
            String n = ExtractionScore.text(refs.get(i), "number");
            items.add(new Judged(
                    "references",
                    name,
                    c == null ? 1 : c.value(),
                    !goldRefs.contains(ExtractionScore.normNumber(n)),
                    false,
                    n));
        }
    }

    private static BiFunction<JsonNode, JsonNode, Double> figure(String valueField) {
        return (a, b) -> {
            if (!ExtractionScore.numEq(a.path(valueField), b.path(valueField))
                    || !ExtractionScore.unitMatch(ExtractionScore.text(a, "unit"), ExtractionScore.text(b, "unit"))) {
                return null;
            }
            String ia = ExtractionScore.text(a, "indicator") != null
                    ? ExtractionScore.text(a, "indicator")
                    : ExtractionScore.text(a, "anchor");
            String ib = ExtractionScore.text(b, "indicator") != null
                    ? ExtractionScore.text(b, "indicator")
                    : ExtractionScore.text(b, "anchor");
            return 1.0 + ExtractionScore.wordF1(ia, ib);
        };
    }

    private static boolean leadOk(JsonNode pl, JsonNode gl) {
        boolean ok = gl.isEmpty() && pl.isEmpty();
        for (JsonNode x : pl) {
            for (JsonNode y : gl) {
                ok |= ExtractionScore.wordF1(x.asString(), y.asString()) >= 0.6;
            }
        }
        return ok;
    }

    private static List<String> folded(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(x -> out.add(ExtractionScore.fold(x.asString())));
        out.sort(null);
        return out;
    }

    /** The scorer's greedy pairing (best score first, each side used once), returning which predictions paired with what. */
    private void judge(
            String doc,
            String kind,
            JsonNode preds,
            JsonNode golds,
            List<Confidence> confidences,
            BiFunction<JsonNode, JsonNode, Double> score,
            BiFunction<JsonNode, JsonNode, Boolean> fieldWrong,
            String label) {
        List<double[]> cands = new ArrayList<>();
        for (int i = 0; i < preds.size(); i++) {
            for (int j = 0; j < golds.size(); j++) {
                Double s = score.apply(preds.get(i), golds.get(j));
                if (s != null) {
                    cands.add(new double[] {s, i, j});
                }
            }
        }
        cands.sort((x, y) -> Double.compare(y[0], x[0]));
        int[] pairedWith = new int[preds.size()];
        java.util.Arrays.fill(pairedWith, -1);
        Set<Integer> usedGold = new HashSet<>();
        for (double[] c : cands) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (pairedWith[i] >= 0 || usedGold.contains(j)) {
                continue;
            }
            pairedWith[i] = j;
            usedGold.add(j);
        }
        for (int i = 0; i < preds.size(); i++) {
            Confidence c = Assessment.at(confidences, i);
            boolean unmatched = pairedWith[i] < 0;
            boolean fields = !unmatched && fieldWrong.apply(preds.get(i), golds.get(pairedWith[i]));
            items.add(new Judged(
                    kind,
                    doc,
                    c == null ? 1 : c.value(),
                    unmatched,
                    fields,
                    ExtractionScore.text(preds.get(i), label)));
        }
    }

    // ---- figures

    /** Share of wrong items among the least confident {@code fraction} of {@code list} (ties broken by document order). */
    static double wrongAmongLowest(List<Judged> list, double fraction, boolean countFields) {
        if (list.isEmpty()) {
            return 0;
        }
        List<Judged> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingDouble(Judged::confidence));
        int n = Math.max(1, (int) Math.round(sorted.size() * fraction));
        return sorted.subList(0, n).stream().filter(j -> j.wrong(countFields)).count() / (double) n;
    }

    static double wrongShare(List<Judged> list, boolean countFields) {
        return list.isEmpty()
                ? 0
                : list.stream().filter(j -> j.wrong(countFields)).count() / (double) list.size();
    }

    /** Probability that a random wrong item has a lower confidence than a random right one (ties count half). */
    static double auc(List<Judged> list, boolean countFields) {
        long pairs = 0;
        double wins = 0;
        for (Judged w : list) {
            if (!w.wrong(countFields)) {
                continue;
            }
            for (Judged r : list) {
                if (r.wrong(countFields)) {
                    continue;
                }
                pairs++;
                wins += w.confidence() < r.confidence() ? 1 : w.confidence() == r.confidence() ? 0.5 : 0;
            }
        }
        return pairs == 0 ? Double.NaN : wins / pairs;
    }

    String report() {
        StringBuilder sb = new StringBuilder();
        Map<String, List<Judged>> byKind = new LinkedHashMap<>();
        byKind.put("all", items);
        for (String k : List.of("schedule", "tasks", "targets", "results", "references")) {
            byKind.put(k, items.stream().filter(j -> j.kind().equals(k)).toList());
        }
        sb.append(String.format(
                Locale.ROOT,
                "%-10s %5s | %-36s | %-36s%n",
                "kind",
                "items",
                "unmatched: all / lowest 20% / AUC",
                "unmatched or field wrong: same"));
        byKind.forEach((k, l) -> sb.append(String.format(
                Locale.ROOT,
                "%-10s %5d | %5.1f%% / %5.1f%% / %-14s | %5.1f%% / %5.1f%% / %s%n",
                k,
                l.size(),
                100 * wrongShare(l, false),
                100 * wrongAmongLowest(l, 0.2, false),
                fmt(auc(l, false)),
                100 * wrongShare(l, true),
                100 * wrongAmongLowest(l, 0.2, true),
                fmt(auc(l, true)))));
        long unsure = items.stream()
                .filter(j -> j.confidence() < Confidence.UNSURE_BELOW)
                .count();
        long unsureWrong = items.stream()
                .filter(j -> j.confidence() < Confidence.UNSURE_BELOW && j.unmatched())
                .count();
        long wrong = items.stream().filter(Judged::unmatched).count();
        sb.append(String.format(
                Locale.ROOT,
                "marked \"cần xem lại\" (< %.2f): %d of %d items, %d of them unmatched (%.1f%%); "
                        + "they hold %d of the %d unmatched items%n",
                Confidence.UNSURE_BELOW,
                unsure,
                items.size(),
                unsureWrong,
                unsure == 0 ? 0 : 100.0 * unsureWrong / unsure,
                unsureWrong,
                wrong));
        sb.append(String.format(
                Locale.ROOT,
                "task candidates (\"có thể là nhiệm vụ\"): %d offered, %d of them begin like a gold task%n",
                candidates.size(),
                candidatesRight));
        return sb.toString();
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** The lowest-confidence items, for reading what the scorer doubts. */
    String lowest(int n) {
        StringBuilder sb = new StringBuilder();
        items.stream()
                .sorted(Comparator.comparingDouble(Judged::confidence))
                .limit(n)
                .forEach(j -> sb.append(String.format(
                        Locale.ROOT,
                        "%.3f %-9s %-5s %s | %s%n",
                        j.confidence(),
                        j.kind(),
                        j.unmatched() ? "WRONG" : j.fieldWrong() ? "field" : "ok",
                        j.doc().length() > 24 ? j.doc().substring(0, 24) : j.doc(),
                        j.what() == null
                                ? ""
                                : j.what().length() > 90 ? j.what().substring(0, 90) : j.what())));
        return sb.toString();
    }
}
