package vn.dondoc.app.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A header and rows of cells (text, number, date or null), written to and read from XLSX and CSV. CSV is UTF-8
 * with a byte-order mark (so Excel shows Vietnamese) and RFC 4180 quoting; dates are dd/MM/yyyy. Read back, a CSV
 * may also be what Excel saves on a Vietnamese desktop: semicolons between cells, "24.000" and "61,53" in them,
 * Windows-1258 when not saved as UTF-8; {@code viNumbers} says a lone dot groups thousands there.
 */
record Table(List<String> header, List<List<Object>> rows, boolean viNumbers) {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    Table(List<String> header, List<List<Object>> rows) {
        this(header, rows, false);
    }

    byte[] xlsx(String sheetName) {
        try (Workbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle bold = wb.createCellStyle();
            var font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] csv() {
        StringBuilder sb = new StringBuilder("\uFEFF");
        appendLine(sb, new ArrayList<>(header));
        for (List<Object> r : rows) {
            appendLine(sb, r);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendLine(StringBuilder sb, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = values.get(i);
            String s = v == null
                    ? ""
                    : v instanceof LocalDate d
                            ? d.format(DAY)
                            : v instanceof Double x && x == Math.rint(x) ? String.valueOf(x.longValue()) : v.toString();
            if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
                s = "\"" + s.replace("\"", "\"\"") + "\"";
            }
            sb.append(s);
        }
        sb.append("\r\n");
    }

    /** Reads an XLSX (first sheet) or a CSV, told apart by their first bytes; every cell as text (dates dd/MM/yyyy). */
    static Table read(byte[] bytes) {
        boolean zip = bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
        String text = zip ? null : decode(bytes);
        char separator = zip ? ',' : separator(text);
        List<List<String>> lines = zip ? readXlsx(bytes) : readCsv(text, separator);
        if (lines.isEmpty()) {
            return new Table(List.of(), List.of(), zip);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (List<String> l : lines.subList(1, lines.size())) {
            rows.add(new ArrayList<>(l));
        }
        return new Table(lines.get(0), rows, zip || separator == ';');
    }

    /** UTF-8 (with or without its mark), else the Vietnamese Windows code page Excel uses for "CSV". */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return Normalizer.normalize(new String(bytes, Charset.forName("windows-1258")), Normalizer.Form.NFC);
        }
    }

    /** Semicolons when the first line has more of them than commas, outside quotes. */
    private static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                break;
            } else if (!quoted && ch == ',') {
                commas++;
            } else if (!quoted && ch == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<List<String>> readXlsx(byte[] bytes) {
        DataFormatter fmt = new DataFormatter();
        List<List<String>> out = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            int width = sheet.getRow(0) == null ? 0 : sheet.getRow(0).getLastCellNum();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    cells.add(cell == null ? "" : text(cell, fmt));
                }
                if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    out.add(cells);
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException("spreadsheet.unreadable", e);
        }
    }

    private static String text(Cell cell, DataFormatter fmt) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getDateCellValue()
                    .toInstant()
                    .atZone(ZoneId.systemDefault())
                    .toLocalDate()
                    .format(DAY);
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            // a decimal comma, so that a lone dot in a typed text cell may group thousands ("24.000")
            double d = cell.getNumericCellValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15
                    ? String.valueOf((long) d)
                    : new java.math.BigDecimal(Double.toString(d))
                            .toPlainString()
                            .replace('.', ',');
        }
        return fmt.formatCellValue(cell).strip();
    }

    private static List<List<String>> readCsv(String text, char separator) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> out = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < t.length() && t.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
                line.add(cell.toString());
                cell.setLength(0);
                if (line.stream().anyMatch(s -> !s.isBlank())) {
                    out.add(line);
                }
                line = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        line.add(cell.toString());
        if (line.stream().anyMatch(s -> !s.isBlank())) {
            out.add(line);
        }
        return out;
    }
}
