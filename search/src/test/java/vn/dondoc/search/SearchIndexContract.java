package vn.dondoc.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link SearchIndex} engine must answer, run by one subclass per engine (embedded Lucene,
 * SolrCloud): the same items, the same queries, the same hits, order and snippets.
 */
public abstract class SearchIndexContract {

    protected SearchIndex index;

    /** A new, empty index; the test closes it. */
    protected abstract SearchIndex newIndex();

    @BeforeEach
    void open() {
        index = newIndex();
        Fixtures.docs().forEach(index::index);
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    protected List<String> ids(String q) {
        return ids(index.search(SearchQuery.of(q)));
    }

    protected static List<String> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::id).collect(Collectors.toList());
    }

    // ------------------------------------------------------------ Vietnamese text

    @Test
    void unaccentedQueryFindsAccentedText() {
        assertThat(ids("giai quyet viec lam")).contains("document:3");
        assertThat(ids("thuy loi")).containsExactly("document:4");
    }

    @Test
    void oldAndNewTonePlacementFindEachOther() {
        assertThat(ids("thuỷ lợi")).containsExactly("document:4"); // indexed as "thủy lợi"
        assertThat(ids("Tỉnh uỷ")).contains("document:1");
    }

    @Test
    void exactAccentMatchRanksAboveFoldedOnlyMatch() {
        try (SearchIndex i = newIndex()) {
            // same length and shape: only the accents differ
            i.index(SearchDoc.builder("a", Kind.DOCUMENT)
                    .title("Báo cáo về lão đồng ở xã")
                    .build());
            i.index(SearchDoc.builder("b", Kind.DOCUMENT)
                    .title("Báo cáo về lao động ở xã")
                    .build());
            i.index(SearchDoc.builder("c", Kind.DOCUMENT)
                    .title("Báo cáo về lạo đông ở xã")
                    .build());
            i.commit();
            SearchResults r = i.search(SearchQuery.of("lao động"));
            assertThat(ids(r)).hasSize(3).first().isEqualTo("b");
            // unaccented query: all three match equally well, nothing is lost
            assertThat(ids(i.search(SearchQuery.of("lao dong")))).containsExactlyInAnyOrder("a", "b", "c");
        }
    }

    @Test
    void adjacentWordsRankAboveScatteredOnes() {
        try (SearchIndex i = newIndex()) {
            i.index(SearchDoc.builder("scattered", Kind.DOCUMENT)
                    .title("việc của nhà nước và chính quyền làm")
                    .build());
            i.index(SearchDoc.builder("adjacent", Kind.DOCUMENT)
                    .title("chính quyền nhà nước và việc làm của")
                    .build());
            i.commit();
            assertThat(ids(i.search(SearchQuery.of("viec lam")))).containsExactly("adjacent", "scattered");
        }
    }

    @Test
    void abbreviationsMatchTheirExpansionBothWays() {
        // query abbreviation, text spelled out
        assertThat(ids("LĐTBXH")).contains("document:3");
        // query spelled out, text abbreviated ("UBND tỉnh giao Sở ...", issuer Sở LĐTBXH)
        assertThat(ids("ủy ban nhân dân tỉnh giao")).contains("document:5");
        assertThat(ids("ntm")).contains("document:2");
        assertThat(ids("KT-XH")).contains("document:2");
    }

    @Test
    void caseSensitiveAbbreviationDoesNotFireOnTheOrdinaryWord() {
        try (SearchIndex i = newIndex()) {
            i.index(SearchDoc.builder("x", Kind.DOCUMENT)
                    .title("Kế hoạch tu sửa trụ sở")
                    .build());
            i.index(SearchDoc.builder("y", Kind.DOCUMENT)
                    .title("Nghị quyết của Tỉnh ủy")
                    .build());
            i.commit();
            assertThat(ids(i.search(SearchQuery.of("tu")))).containsExactly("x");
            assertThat(ids(i.search(SearchQuery.of("TU")))).contains("y");
        }
    }

    // ------------------------------------------------------------ document numbers

    @ParameterizedTest
    @ValueSource(strings = {"42-CT/TU", "42 CT TU", "42/CT-TU", "42-ct/tu", "số 42-CT/TU"})
    void documentNumberInAnySpellingFindsTheDirectiveFirst(String q) {
        assertThat(ids(q)).first().isEqualTo("document:1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"42-CTr/TU", "42 CTr TU", "42/CTr-TU"})
    void programNumberFindsTheProgramNotTheDirective(String q) {
        List<String> ids = ids(q);
        assertThat(ids).first().isEqualTo("document:2");
        assertThat(ids).doesNotContain("document:1");
    }

    @Test
    void quyDinhAndQuyetDinhAreDifferentNumbers() {
        assertThat(ids("15/QĐ-UBND")).first().isEqualTo("document:3");
        assertThat(ids("15/QyĐ-UBND")).first().isEqualTo("document:4");
        assertThat(ids("15 QyĐ UBND")).first().isEqualTo("document:4");
        // typed without Vietnamese keyboard
        assertThat(ids("15/QD-UBND")).first().isEqualTo("document:3");
    }

    @Test
    void symbolCaseDecidesBetweenNumbersThatDifferOnlyInCase() {
        try (SearchIndex i = newIndex()) {
            i.index(SearchDoc.builder("upper", Kind.DOCUMENT)
                    .docNumber("5/HD-UBND")
                    .title("Hướng dẫn chấm điểm")
                    .build());
            i.index(SearchDoc.builder("mixed", Kind.DOCUMENT)
                    .docNumber("5/Hd-UBND")
                    .title("Văn bản khác")
                    .build());
            i.commit();
            assertThat(ids(i.search(SearchQuery.of("5/HD-UBND")))).startsWith("upper", "mixed");
            assertThat(ids(i.search(SearchQuery.of("5 Hd UBND")))).startsWith("mixed", "upper");
        }
    }

    @Test
    void documentsCitingANumberComeAfterTheDocumentItself() {
        // document:5 cites "Chỉ thị số 42-CT/TU" in its body
        assertThat(ids("42-CT/TU")).startsWith("document:1", "document:5");
    }

    @Test
    void hitCarriesDocumentMetadata() {
        SearchHit h = index.search(SearchQuery.of("309/TB-SLĐTBXH")).hits().get(0);
        assertThat(h.id()).isEqualTo("document:5");
        assertThat(h.kind()).isEqualTo(Kind.DOCUMENT);
        assertThat(h.docNumber()).isEqualTo("309/TB-SLĐTBXH");
        assertThat(h.typeCode()).isEqualTo("THONG_BAO");
        assertThat(h.year()).isEqualTo(2025);
        assertThat(h.date()).hasToString("2025-04-02");
        assertThat(h.title()).startsWith("Thông báo kết luận");
    }

    // ------------------------------------------------------------ filters and facets

    @Test
    void filtersNarrowTheHits() {
        assertThat(ids(index.search(
                        SearchQuery.builder().text("giám đốc").kinds(Kind.TASK).build())))
                .containsExactly("task:7");
        assertThat(ids(index.search(SearchQuery.builder()
                        .text("tỉnh ủy")
                        .typeCode("CHUONG_TRINH")
                        .build())))
                .containsExactly("document:2");
        assertThat(ids(index.search(SearchQuery.builder().year(2023).size(50).build())))
                .containsExactlyInAnyOrder("document:3", "document:4");
        assertThat(ids(index.search(SearchQuery.builder().status("draft").build())))
                .containsExactly("document:4");
        assertThat(ids(index.search(SearchQuery.builder().issuer("ubnd  TỈNH").build())))
                .containsExactlyInAnyOrder("document:3", "document:4");
        assertThat(ids(index.search(SearchQuery.builder().unit("Văn phòng Sở").build())))
                .containsExactly("task:7", "event:3");
        assertThat(ids(index.search(SearchQuery.builder()
                        .text("giám đốc")
                        .kinds(Kind.TASK, Kind.EVENT)
                        .build())))
                .containsExactlyInAnyOrder("task:7", "event:3");
        assertThat(ids(index.search(SearchQuery.builder()
                        .dateFrom(java.time.LocalDate.of(2025, 5, 1))
                        .build())))
                .containsExactly("task:7", "event:3");
        assertThat(ids(index.search(
                        SearchQuery.builder().text("rừng").year(1999).build())))
                .isEmpty();
    }

    @Test
    void facetsCountAllMatchesPerTypeAndYear() {
        SearchResults r = index.search(
                SearchQuery.builder().text("sở").facets(true).size(1).build());
        assertThat(r.hits()).hasSize(1);
        assertThat(r.total())
                .isEqualTo(r.typeCounts().values().stream()
                        .mapToLong(Long::longValue)
                        .sum());
        assertThat(r.totalExact()).isTrue();
        assertThat(r.typeCounts()).containsKeys("THONG_BAO", "TASK");
        assertThat(r.yearCounts()).containsEntry(2025, 2L).containsEntry(2023, 1L); // documents 3, 5 and task 7
        assertThat(List.copyOf(r.yearCounts().keySet())).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void blankQueryListsEverythingNewestFirstWithPaging() {
        SearchResults p0 =
                index.search(SearchQuery.builder().text("  ").size(3).page(0).build());
        SearchResults p1 =
                index.search(SearchQuery.builder().text("").size(3).page(1).build());
        SearchResults p2 = index.search(SearchQuery.builder().size(3).page(2).build());
        assertThat(p0.total()).isEqualTo(7);
        assertThat(ids(p0)).containsExactly("task:7", "event:3", "document:5");
        assertThat(ids(p1)).containsExactly("document:2", "document:1", "document:4");
        assertThat(ids(p2)).containsExactly("document:3");
        assertThat(index.search(SearchQuery.builder().size(3).page(5).build()).hits())
                .isEmpty();
    }

    // ------------------------------------------------------------ highlighting

    @Test
    void foldedQueryHighlightsTheAccentedWords() {
        SearchHit h = index.search(SearchQuery.of("thuy loi")).hits().get(0);
        assertThat(h.snippet()).contains("<mark>thủy</mark> <mark>lợi</mark>");
    }

    @Test
    void abbreviationQueryHighlightsTheSpelledOutText() {
        SearchHit h = index.search(SearchQuery.of("LĐTBXH")).hits().stream()
                .filter(x -> x.id().equals("document:3"))
                .findFirst()
                .orElseThrow();
        assertThat(h.snippet()).contains("<mark>Lao động - Thương binh và Xã hội</mark>");
    }

    @Test
    void snippetOfALongTextIsAShortPassageAroundTheMatch() {
        try (SearchIndex i = newIndex()) {
            String filler = "Các đơn vị triển khai thực hiện nhiệm vụ được giao theo kế hoạch. ".repeat(200);
            i.index(SearchDoc.builder("x", Kind.DOCUMENT)
                    .title("Báo cáo")
                    .body(filler + "Xây dựng nông thôn mới đạt kết quả tốt. " + filler)
                    .build());
            i.commit();
            String s = i.search(SearchQuery.of("nong thon moi")).hits().get(0).snippet();
            assertThat(s)
                    .contains("<mark>nông</mark> <mark>thôn</mark> <mark>mới</mark>")
                    .hasSizeLessThan(400);
        }
    }

    @Test
    void snippetIsEscapedHtml() {
        try (SearchIndex i = newIndex()) {
            i.index(SearchDoc.builder("x", Kind.DOCUMENT)
                    .title("Báo cáo <script>alert(1)</script> & kết quả")
                    .build());
            i.commit();
            String s = i.search(SearchQuery.of("kết quả")).hits().get(0).snippet();
            assertThat(s)
                    .doesNotContain("<script>")
                    .contains("&lt;script&gt;")
                    .contains("&amp;")
                    .contains("<mark>kết</mark>");
        }
    }

    @Test
    void numberOnlyMatchStillGetsASnippet() {
        try (SearchIndex i = newIndex()) {
            i.index(SearchDoc.builder("x", Kind.DOCUMENT)
                    .docNumber("7/KH-UBND")
                    .title("Kế hoạch phòng chống thiên tai")
                    .build());
            i.commit();
            SearchHit h = i.search(SearchQuery.of("7 KH UBND")).hits().get(0);
            assertThat(h.id()).isEqualTo("x");
            assertThat(h.snippet()).contains("Kế hoạch phòng chống thiên tai");
        }
    }

    // ------------------------------------------------------------ lifecycle

    @Test
    void updateReplacesAndDeleteRemoves() {
        index.index(SearchDoc.builder("document:4", Kind.DOCUMENT)
                .title("Quy định về phòng cháy chữa cháy")
                .build());
        index.commit();
        assertThat(ids("thủy lợi")).isEmpty();
        assertThat(ids("PCCC")).containsExactly("document:4");
        index.delete("document:4");
        index.commit();
        assertThat(ids("phòng cháy")).isEmpty();
        assertThat(index.count()).isEqualTo(6);
        index.deleteAll();
        index.commit();
        assertThat(index.count()).isZero();
    }

    @Test
    void itemsAreCountedKindByKindAndHitsCarryTheItemTheyWereTakenFrom() {
        assertThat(index.count(Kind.DOCUMENT)).isEqualTo(5);
        assertThat(index.count(Kind.TASK)).isEqualTo(1);
        assertThat(index.count(Kind.RESULT)).isZero();
        index.index(SearchDoc.builder("result:9", Kind.RESULT)
                .parent("document:5")
                .title("Giải quyết việc làm: 9.997 lao động")
                .build());
        index.commit();
        assertThat(index.count(Kind.RESULT)).isEqualTo(1);
        SearchHit hit = index.search(SearchQuery.builder()
                        .text("viec lam")
                        .kinds(Kind.RESULT)
                        .build())
                .hits()
                .get(0);
        assertThat(hit.parent()).isEqualTo("document:5");
        assertThat(index.search(SearchQuery.builder()
                                .text("viec lam")
                                .kinds(Kind.DOCUMENT)
                                .build())
                        .hits())
                .allSatisfy(h -> assertThat(h.parent()).isNull());
    }

    @Test
    void changesAreInvisibleUntilCommit() {
        index.index(SearchDoc.builder("new", Kind.DOCUMENT)
                .title("Đề án chuyển đổi số")
                .build());
        assertThat(ids("chuyển đổi số")).isEmpty();
        index.commit();
        assertThat(ids("chuyển đổi số")).containsExactly("new");
    }

    @Test
    void rebuildReplacesTheWholeContent() {
        long n = index.rebuild(List.of(
                SearchDoc.builder("document:100", Kind.DOCUMENT)
                        .title("Kế hoạch chuyển đổi số")
                        .build(),
                SearchDoc.builder("document:101", Kind.DOCUMENT)
                        .title("Báo cáo chuyển đổi số")
                        .build()));
        assertThat(n).isEqualTo(2);
        assertThat(index.count()).isEqualTo(2);
        assertThat(ids("chuyen doi so")).containsExactlyInAnyOrder("document:100", "document:101");
        assertThat(ids("rừng")).isEmpty();
    }

    // ------------------------------------------------------------ restricted readers

    private static SearchDoc owned(String id, String type, int year, String title, Long... readers) {
        return SearchDoc.builder(id, Kind.DOCUMENT)
                .typeCode(type)
                .year(year)
                .title(title)
                .readers(readers)
                .build();
    }

    @Test
    void restrictedReaderGetsExactlyTheVisibleHitsTotalsAndFacets() {
        try (SearchIndex i = newIndex()) {
            i.index(owned("a", "KE_HOACH", 2023, "Kế hoạch của sở một", 1L));
            i.index(owned("b", "KE_HOACH", 2024, "Kế hoạch của sở hai", 2L));
            i.index(owned("c", "CHI_THI", 2024, "Kế hoạch chung của tỉnh")); // the agency's
            i.index(owned("d", "BAO_CAO", 2024, "Kế hoạch phối hợp hai sở", 1L, 2L));
            i.index(owned("e", "BAO_CAO", 2025, "Kế hoạch của sở ba", 3L));
            i.commit();
            assertThat(i.outdated()).isFalse();

            SearchResults one = i.search(SearchQuery.builder()
                    .text("ke hoach")
                    .facets(true)
                    .readers(new SearchQuery.Readers(true, java.util.Set.of(1L)))
                    .build());
            assertThat(ids(one)).containsExactlyInAnyOrder("a", "c", "d");
            assertThat(one.total()).isEqualTo(3);
            assertThat(one.totalExact()).isTrue();
            assertThat(one.typeCounts())
                    .containsOnly(
                            java.util.Map.entry("KE_HOACH", 1L),
                            java.util.Map.entry("CHI_THI", 1L),
                            java.util.Map.entry("BAO_CAO", 1L));
            assertThat(one.yearCounts()).containsOnly(java.util.Map.entry(2023, 1L), java.util.Map.entry(2024, 2L));

            SearchResults twoAndThree = i.search(SearchQuery.builder()
                    .text("kế hoạch")
                    .facets(true)
                    .readers(new SearchQuery.Readers(false, java.util.Set.of(2L, 3L)))
                    .build());
            assertThat(ids(twoAndThree)).containsExactlyInAnyOrder("b", "d", "e"); // not the agency's without the right
            assertThat(twoAndThree.typeCounts())
                    .containsOnly(java.util.Map.entry("KE_HOACH", 1L), java.util.Map.entry("BAO_CAO", 2L));

            // a blank query and filters go through the same restriction
            assertThat(ids(i.search(SearchQuery.builder()
                            .typeCode("BAO_CAO")
                            .readers(new SearchQuery.Readers(true, java.util.Set.of(3L)))
                            .build())))
                    .containsExactly("e");
            assertThat(ids(i.search(SearchQuery.builder()
                            .size(50)
                            .readers(new SearchQuery.Readers(true, java.util.Set.of()))
                            .build())))
                    .containsExactly("c");
            SearchResults nothing = i.search(SearchQuery.builder()
                    .text("ke hoach")
                    .facets(true)
                    .readers(new SearchQuery.Readers(false, java.util.Set.of()))
                    .build());
            assertThat(nothing.hits()).isEmpty();
            assertThat(nothing.total()).isZero();
            // no restriction: everything
            assertThat(i.search(SearchQuery.builder().text("ke hoach").build()).total())
                    .isEqualTo(5);
        }
    }

    @Test
    void restrictedReaderFindsHitsBeyondTheFirstThousand() {
        try (SearchIndex i = newIndex()) {
            // 1,200 better-ranked items of unit 1, then 25 of unit 2 that rank below all of them
            List<SearchDoc> docs = new java.util.ArrayList<>();
            for (int n = 0; n < 1200; n++) {
                docs.add(SearchDoc.builder("task:" + n, Kind.TASK)
                        .title("Báo cáo tiến độ báo cáo " + n)
                        .readers(1L)
                        .build());
            }
            for (int n = 0; n < 25; n++) {
                docs.add(SearchDoc.builder("task:" + (5000 + n), Kind.TASK)
                        .title("Báo cáo " + n)
                        .body("Nội dung dài về nhiều việc khác nhau của xã trong năm, không nói gì thêm " + n)
                        .readers(2L)
                        .build());
            }
            i.rebuild(docs);
            SearchQuery.Readers two = new SearchQuery.Readers(false, java.util.Set.of(2L));
            SearchResults all = i.search(SearchQuery.builder()
                    .text("bao cao")
                    .size(100)
                    .facets(true)
                    .readers(two)
                    .build());
            assertThat(all.total()).isEqualTo(25);
            assertThat(all.typeCounts()).isEmpty();
            assertThat(ids(all))
                    .hasSize(25)
                    .allSatisfy(
                            id -> assertThat(Integer.parseInt(id.substring(5))).isGreaterThanOrEqualTo(5000));
            SearchResults page = i.search(SearchQuery.builder()
                    .text("bao cao")
                    .size(10)
                    .page(2)
                    .readers(two)
                    .build());
            assertThat(page.total()).isEqualTo(25);
            assertThat(ids(page))
                    .hasSize(5)
                    .allSatisfy(id -> assertThat(ids(all)).contains(id));
            // totals above 1,000 are exact when facets are asked for (otherwise a lower bound, as without a
            // restriction)
            assertThat(i.search(SearchQuery.builder()
                                    .text("bao cao")
                                    .readers(new SearchQuery.Readers(false, java.util.Set.of(1L)))
                                    .facets(true)
                                    .build())
                            .total())
                    .isEqualTo(1200);
        }
    }
}
