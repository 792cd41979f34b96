package vn.dondoc.ingest;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The straight horizontal and vertical lines drawn on a PDF page: the borders of a table. Coordinates are
 * from the page's top-left corner, y downwards, like the text positions PDFBox reports.
 */
final class PdfRulings {
    /** A horizontal rule at {@code y} from {@code from} to {@code to} (x), or a vertical one at x = {@code at}. */
    record Rule(double at, double from, double to) {
        boolean covers(double v) {
            return v >= from - 1 && v <= to + 1;
        }
    }

    final List<Rule> horizontal;
    final List<Rule> vertical;

    private PdfRulings(List<Rule> horizontal, List<Rule> vertical) {
        this.horizontal = horizontal;
        this.vertical = vertical;
    }

    static PdfRulings of(PDPage page) throws IOException {
        Collector c = new Collector(page);
        c.processPage(page);
        return new PdfRulings(merge(c.horizontal), merge(c.vertical));
    }

    boolean isEmpty() {
        return horizontal.size() < 2 || vertical.size() < 2;
    }

    /** The cell around a point: the nearest rules on its four sides, or null outside every table. */
    double[] cellAround(double x, double y) {
        double left = Double.NEGATIVE_INFINITY;
        double right = Double.POSITIVE_INFINITY;
        for (Rule v : vertical) {
            if (v.covers(y)) {
                if (v.at() <= x && v.at() > left) {
                    left = v.at();
                }
                if (v.at() >= x && v.at() < right) {
                    right = v.at();
                }
            }
        }
        double top = Double.NEGATIVE_INFINITY;
        double bottom = Double.POSITIVE_INFINITY;
        for (Rule h : horizontal) {
            if (h.covers(x)) {
                if (h.at() <= y && h.at() > top) {
                    top = h.at();
                }
                if (h.at() >= y && h.at() < bottom) {
                    bottom = h.at();
                }
            }
        }
        if (Double.isInfinite(left)
                || Double.isInfinite(right)
                || Double.isInfinite(top)
                || Double.isInfinite(bottom)
                || right - left < 4
                || bottom - top < 3) {
            return null;
        }
        return new double[] {left, top, right, bottom};
    }

    /** The x of every vertical rule crossing height y, left to right. */
    List<Double> columnEdgesAt(double y) {
        List<Double> xs = new ArrayList<>();
        for (Rule v : vertical) {
            if (v.covers(y)) {
                xs.add(v.at());
            }
        }
        xs.sort(Comparator.naturalOrder());
        return xs;
    }

    /** Joins pieces of one line: a border drawn cell by cell is one rule. */
    private static List<Rule> merge(List<Rule> pieces) {
        List<Rule> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingDouble(Rule::at).thenComparingDouble(Rule::from));
        List<Rule> out = new ArrayList<>();
        for (Rule r : sorted) {
            Rule last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && Math.abs(last.at() - r.at()) <= 1.0 && r.from() <= last.to() + 2) {
                out.set(out.size() - 1, new Rule(last.at(), last.from(), Math.max(last.to(), r.to())));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** Walks the page's drawing operators and keeps the straight lines that are stroked or filled thin. */
    private static final class Collector extends PDFGraphicsStreamEngine {
        private static final double THIN = 2.5;
        private final double height;
        private final List<Rule> horizontal = new ArrayList<>();
        private final List<Rule> vertical = new ArrayList<>();
        private final List<double[]> path = new ArrayList<>(); // x0, y0, x1, y1 in page space
        private final List<double[]> rects = new ArrayList<>();
        private Point2D current;
        private Point2D start;

        Collector(PDPage page) {
            super(page);
            this.height = page.getCropBox().getUpperRightY();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            double x0 = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
            double x1 = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
            double y0 = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
            double y1 = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
            rects.add(new double[] {x0, y0, x1, y1});
            current = p0;
            start = p0;
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
            start = current;
        }

        @Override
        public void lineTo(float x, float y) {
            if (current != null) {
                path.add(new double[] {current.getX(), current.getY(), x, y});
            }
            current = new Point2D.Float(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
            if (current != null && start != null) {
                path.add(new double[] {current.getX(), current.getY(), start.getX(), start.getY()});
            }
            current = start;
        }

        @Override
        public void endPath() {
            path.clear();
            rects.clear();
        }

        @Override
        public void strokePath() {
            for (double[] s : path) {
                segment(s[0], s[1], s[2], s[3]);
            }
            for (double[] r : rects) {
                segment(r[0], r[1], r[2], r[1]);
                segment(r[0], r[3], r[2], r[3]);
                segment(r[0], r[1], r[0], r[3]);
                segment(r[2], r[1], r[2], r[3]);
            }
            endPath();
        }

        @Override
        public void fillPath(int windingRule) {
            // a border drawn as a thin filled rectangle, as Word's PDF export does
            for (double[] r : rects) {
                double w = r[2] - r[0];
                double h = r[3] - r[1];
                if (h <= THIN && w > THIN) {
                    segment(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
                } else if (w <= THIN && h > THIN) {
                    segment((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
                }
            }
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void clip(int windingRule) {}

        @Override
        public void drawImage(PDImage pdImage) {}

        @Override
        public void shadingFill(COSName shadingName) {}

        private void segment(double x0, double y0, double x1, double y1) {
            if (Math.abs(y0 - y1) <= 1 && Math.abs(x1 - x0) > 3) {
                double y = height - (y0 + y1) / 2;
                horizontal.add(new Rule(y, Math.min(x0, x1), Math.max(x0, x1)));
            } else if (Math.abs(x0 - x1) <= 1 && Math.abs(y1 - y0) > 3) {
                double x = (x0 + x1) / 2;
                vertical.add(new Rule(x, height - Math.max(y0, y1), height - Math.min(y0, y1)));
            }
        }
    }
}
