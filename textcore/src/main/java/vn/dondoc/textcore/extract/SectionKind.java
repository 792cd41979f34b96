package vn.dondoc.textcore.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.WordLists;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.SegmentedDocument;

/** What a section of a document is for, read from its headings: the outermost heading that says wins. */
enum SectionKind {
    /** before the first heading */
    PREAMBLE,
    /** "MỤC ĐÍCH, YÊU CẦU" */
    PURPOSE,
    /** "MỤC TIÊU", "CHỈ TIÊU" */
    GOALS,
    /** "KẾT QUẢ ...", "TÌNH HÌNH ...", "ĐÁNH GIÁ ..." */
    RESULTS,
    /** "NHIỆM VỤ, GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN", "CÔNG TÁC TRỌNG TÂM" */
    TASKS,
    /** a heading that says none of these */
    OTHER;

    /** "Yêu cầu" alone is the plan's requirements; "Yêu cầu chung:" over numbered items in a letter asks for work. */
    private static final Pattern PURPOSE_WORDS = Pattern.compile("^(mục đích|yêu cầu\\W*$|sự cần thiết|căn cứ)");

    private static final Pattern RESULT_WORDS = Pattern.compile(
            "^(kết quả|tình hình|đánh giá|những kết quả|một số kết quả|hạn chế|tồn tại|nguyên nhân|bài học|khó khăn)");
    private static final List<String> TASK_WORDS = WordLists.list("section-words.tsv", "heading-task");
    private static final Pattern GOAL_WORDS = Pattern.compile("^(các )?(mục tiêu|chỉ tiêu)");

    static SectionKind of(String headingBody) {
        String h = headingBody.toLowerCase(Locale.ROOT).strip();
        if (PURPOSE_WORDS.matcher(h).find()) {
            return PURPOSE;
        }
        if (RESULT_WORDS.matcher(h).find()) {
            return RESULTS;
        }
        if (GOAL_WORDS.matcher(h).find()) {
            return GOALS;
        }
        if (TASK_WORDS.stream().anyMatch(h::contains)) {
            return TASKS;
        }
        return OTHER;
    }

    /** The kind of the section {@code b} sits in (or heads). */
    static SectionKind forBlock(SegmentedDocument doc, Block b) {
        if (b.section().isEmpty()) {
            return PREAMBLE;
        }
        SectionKind found = OTHER;
        for (Block h : doc.headingsOf(b)) {
            SectionKind k = doc.memo(
                    h,
                    "section-kind",
                    () -> of(h.body().length() > 200 ? h.body().substring(0, 200) : h.body()));
            if (found == OTHER) {
                found = k;
            } else if (found == TASKS && k == GOALS) {
                return GOALS; // "II. NỘI DUNG TRỌNG TÂM" / "6. Chỉ tiêu chủ yếu đến năm 2030": aims, not work
            }
        }
        return found;
    }
}
