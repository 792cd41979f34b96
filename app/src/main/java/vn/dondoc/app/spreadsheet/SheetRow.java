package vn.dondoc.app.spreadsheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dondoc.app.web.Figures;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.common.Rejection;

/**
 * One row of an imported sheet: its cells read as text, ids, numbers and dates, and what is wrong with it, each
 * problem named by its column's header as the person sees it.
 */
public final class SheetRow {
    private final int number;
    private final List<Object> cells;
    private final List<String> header;
    private final boolean viNumbers;
    private final String kind;
    private final Messages messages;
    private final List<SheetImport.Problem> problems = new ArrayList<>();

    SheetRow(int number, List<Object> cells, List<String> header, boolean viNumbers, String kind, Messages messages) {
        this.number = number;
        this.cells = cells;
        this.header = header;
        this.viNumbers = viNumbers;
        this.kind = kind;
        this.messages = messages;
    }

    /** 1 for the first row under the header. */
    public int number() {
        return number;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    List<SheetImport.Problem> problems() {
        return List.copyOf(problems);
    }

    List<String> messages() {
        return problems.stream()
                .map(p -> p.column() == null ? p.message() : messages.get("sheet.inColumn", p.column(), p.message()))
                .toList();
    }

    /** Something wrong in column {@code i} (0 for the first). */
    public void problem(int i, String message) {
        problems.add(new SheetImport.Problem(i < header.size() ? header.get(i) : null, message));
    }

    /** Something wrong with the row as a whole. */
    public void problem(String message) {
        problems.add(new SheetImport.Problem(null, message));
    }

    /** A rule's refusals, each in the column of the field it names ({@code columns}: field → column), else the row's. */
    public void rejected(List<Rejection> reasons, Map<String, Integer> columns) {
        for (Rejection r : reasons) {
            Integer c = r.field() == null ? null : columns.get(r.field());
            if (c == null) {
                problem(messages.rejection(r));
            } else {
                problem(c, messages.rejection(r));
            }
        }
    }

    /** The cell's text, stripped; null when blank. */
    public String text(int i) {
        if (i < 0 || i >= cells.size() || cells.get(i) == null) {
            return null;
        }
        String s = cells.get(i).toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** A whole number that names something (an id, a version); null when blank. */
    public Long id(int i) {
        Double d = number(i);
        if (d != null && (d != Math.rint(d) || d < 0 || d > 9e15)) {
            problem(i, messages.get("sheet.notId", text(i)));
            return null;
        }
        return d == null ? null : d.longValue();
    }

    /** A number as written in the sheet ("9.997", "61,53", "24000"); null when blank. */
    public Double number(int i) {
        String s = text(i);
        try {
            return Figures.parse(s, viNumbers);
        } catch (NumberFormatException e) {
            problem(i, messages.get("sheet.notNumber", s));
            return null;
        }
    }

    /** A number that must be there. */
    public Double requiredNumber(int i) {
        if (text(i) == null) {
            problem(i, messages.get("sheet.required"));
            return null;
        }
        return number(i);
    }

    /** A day: dd/mm/yyyy, d/m/yyyy, yyyy-mm-dd, or the serial number Excel keeps for a cell it did not format. */
    public LocalDate date(int i) {
        String s = text(i);
        if (s == null) {
            return null;
        }
        if (s.matches("\\d{5}(\\.\\d+)?")) {
            return org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(Double.parseDouble(s))
                    .toLocalDate();
        }
        try {
            return s.contains("/") ? LocalDate.parse(s, DateTimeFormatter.ofPattern("d/M/yyyy")) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problem(i, messages.get("sheet.notDate", s));
            return null;
        }
    }

    String kind() {
        return kind;
    }
}
