package vn.dondoc.textcore.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the repairer on any input, and on damaged Vietnamese-looking text. */
class DiacriticRepairerPropertiesTest {
    static final DiacriticRepairer REPAIRER = DiacriticRepairer.load();
    static final List<String> WORDS = List.of(
            "tỉnh", "tnh", "tổ", "chức", "tchức", "mi", "mới", "thi", "đua", "thời", "kịp", "cấp", "cp", "về", "v",
            "đi", "vđi", "của", "ca", "cơ", "sở", "s", "Ch", "ủ", "y", "ủy", "Tỉnh", "UBND", "b", "khoản", "điểm", "tt",
            "tốt", "nông", "thôn", "hp", "hợp", "t", "nh", "CHỈ", "THỊ", "TNH", "ỦY", "ln", "lần", "thứ", "Đy", "mạnh",
            "đẩy", "x", "ă", "ễ");
    static final List<String> GAPS = List.of(
            " ", " ", " ", " ", "\n", ", ", ". ", "; ", "  ", "-", "/", "(", ")", "\n\n", " 12 ", "\t", "\u00a0");

    @Provide
    Arbitrary<String> vietnameseLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of(GAPS));
        return piece.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                vietnameseLike(),
                Arbitraries.strings().withChars("tnhcp ủơ\n\u0301\u0323aáàTN").ofMaxLength(60));
    }

    @Property(tries = 500)
    void neverThrowsAndSpansAreInBoundsOrderedAndTrue(@ForAll("anyText") String text) {
        RepairResult r = REPAIRER.repair(text);
        int last = 0;
        for (Repair rep : r.repairs()) {
            assertThat(rep.span().start()).isGreaterThanOrEqualTo(last);
            assertThat(rep.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(rep.span().of(text)).isEqualTo(rep.original());
            assertThat(rep.replacement()).isNotEqualTo(rep.original());
            assertThat(rep.confidence()).isBetween(0.0, 1.0);
            last = rep.span().end();
        }
        assertThat(r.text()).isEqualTo(applied(text, r.repairs()));
    }

    @Property(tries = 500)
    void repairingTwiceChangesNothingMore(@ForAll("vietnameseLike") String text) {
        RepairResult once = REPAIRER.repair(text);
        RepairResult twice = REPAIRER.repair(once.text());
        assertThat(twice.text()).isEqualTo(once.text());
        assertThat(twice.repairs()).isEmpty();
    }

    @Property(tries = 300)
    void replacementsAreNfc(@ForAll("vietnameseLike") String text) {
        for (Repair rep : REPAIRER.repair(text).repairs()) {
            assertThat(Normalizer.isNormalized(rep.replacement(), Normalizer.Form.NFC))
                    .isTrue();
        }
    }

    @Property(tries = 20)
    void sameOutputOnAnyThread(@ForAll("vietnameseLike") String text) throws Exception {
        RepairResult here = REPAIRER.repair(text);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RepairResult>> there =
                    pool.invokeAll(List.of(() -> REPAIRER.repair(text), () -> REPAIRER.repair(text)));
            for (Future<RepairResult> f : there) {
                assertThat(f.get()).isEqualTo(here);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static String applied(String text, List<Repair> repairs) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Repair r : repairs) {
            sb.append(text, at, r.span().start()).append(r.replacement());
            at = r.span().end();
        }
        return sb.append(text.substring(at)).toString();
    }
}
