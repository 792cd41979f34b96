package vn.dondoc.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;

/**
 * A page whose text sits in a bordered table, laid out as the DOCX reader lays out a table: one line per
 * row, cells in column order separated by TAB, the lines of a cell joined by a space, a cell merged down
 * from the row above left empty. Without this, sorting a PDF page by position interleaves the lines of
 * neighbouring cells ("Sáng: Họp" / "Phòng TC" / "giao ban" ...), and a calendar saved as PDF loses its
 * rows. Cells are found from the lines drawn on the page ({@link PdfRulings}), not guessed from gaps.
 */
final class PdfTables {
    /** One word as PDFBox hands it over: its text (legacy fonts already converted) and its box. */
    record Word(String text, double x0, double x1, double baseline, double top) {
        static Word of(String text, List<TextPosition> positions) {
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            double height = 0;
            for (TextPosition p : positions) {
                height = Math.max(height, p.getHeightDir());
            }
            return new Word(
                    text,
                    first.getXDirAdj(),
                    last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getYDirAdj(),
                    first.getYDirAdj() - height);
        }

        double centerX() {
            return (x0 + x1) / 2;
        }

        double centerY() {
            return (top + baseline) / 2;
        }
    }

    private record Cell(double left, double top, double right, double bottom) {
        static Cell of(double[] box) {
            return box == null ? null : new Cell(round(box[0]), round(box[1]), round(box[2]), round(box[3]));
        }

        private static double round(double v) {
            return Math.round(v * 2) / 2.0;
        }
    }

    private PdfTables() {}

    /** The page's text with its tables laid out as rows, or null when no word sits in a table cell. */
    static String layout(List<Word> words, PdfRulings rulings) {
        if (words.isEmpty() || rulings.isEmpty()) {
            return null;
        }
        List<List<Word>> lines = lines(words);
        List<Cell> lineCells = new ArrayList<>();
        Map<Word, Cell> cellOf = new LinkedHashMap<>();
        boolean anyTable = false;
        for (List<Word> line : lines) {
            Cell common = null;
            boolean allInCells = true;
            for (Word w : line) {
                Cell c = Cell.of(rulings.cellAround(w.centerX(), w.centerY()));
                if (c == null) {
                    allInCells = false;
                } else {
                    cellOf.put(w, c);
                    common = c;
                }
            }
            lineCells.add(allInCells ? common : null);
            anyTable |= allInCells;
        }
        if (!anyTable) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            if (lineCells.get(i) == null) {
                out.append(join(lines.get(i))).append('\n');
                i++;
                continue;
            }
            int j = i;
            List<Word> block = new ArrayList<>();
            while (j < lines.size() && lineCells.get(j) != null) {
                block.addAll(lines.get(j));
                j++;
            }
            table(block, cellOf, rulings, out);
            i = j;
        }
        return out.toString();
    }

    private static void table(List<Word> words, Map<Word, Cell> cellOf, PdfRulings rulings, StringBuilder out) {
        Map<Cell, List<Word>> text = new LinkedHashMap<>();
        List<Double> edges = new ArrayList<>();
        for (Word w : words) {
            Cell c = cellOf.get(w);
            text.computeIfAbsent(c, k -> new ArrayList<>()).add(w);
            edges.add(c.top());
            edges.add(c.bottom());
        }
        List<Double> bands = edges.stream().distinct().sorted().toList();
        for (int b = 0; b + 1 < bands.size(); b++) {
            double top = bands.get(b);
            double mid = (top + bands.get(b + 1)) / 2;
            List<Double> columns = rulings.columnEdgesAt(mid);
            List<String> row = new ArrayList<>();
            Cell previous = null;
            boolean anyText = false;
            for (int k = 0; k + 1 < columns.size(); k++) {
                Cell c = Cell.of(rulings.cellAround((columns.get(k) + columns.get(k + 1)) / 2, mid));
                if (c == null || c.equals(previous)) {
                    continue; // outside the table, or the same cell spanning several columns
                }
                previous = c;
                List<Word> in = text.get(c);
                boolean startsHere = Math.abs(c.top() - top) < 1;
                String cellText = in == null || !startsHere ? "" : cellText(in);
                anyText |= !cellText.isEmpty();
                row.add(cellText);
            }
            if (anyText) {
                out.append(String.join("\t", row)).append('\n');
            }
        }
    }

    /** The lines of a cell, top to bottom, joined by single spaces. */
    private static String cellText(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        for (List<Word> line : lines(words)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(join(line));
        }
        return sb.toString().replace('\t', ' ').trim();
    }

    /** Words grouped into lines by baseline, each line left to right, lines top to bottom. */
    private static List<List<Word>> lines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::baseline).thenComparingDouble(Word::x0));
        List<List<Word>> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        double baseline = Double.NaN;
        for (Word w : sorted) {
            double tolerance = Math.max(1.5, (w.baseline() - w.top()) * 0.4);
            if (!current.isEmpty() && Math.abs(w.baseline() - baseline) > tolerance) {
                lines.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = w.baseline();
            }
            current.add(w);
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        for (List<Word> line : lines) {
            line.sort(Comparator.comparingDouble(Word::x0));
        }
        return lines;
    }

    private static String join(List<Word> line) {
        StringBuilder sb = new StringBuilder();
        for (Word w : line) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.text());
        }
        return sb.toString();
    }
}
