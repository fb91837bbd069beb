package vn.vanthu.conformance;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/** The current path of a content stream, reduced to what rules need: straight segments and sub-path boxes. */
final class PathCollector {

    /** A rule is at least this long (pt); shorter strokes are glyph-like decoration. */
    static final float MIN_RULE_WIDTH = 10f;
    /** A filled shape at most this tall (pt) is a rule, not a box. */
    static final float MAX_RULE_HEIGHT = 1.5f;

    private final List<List<float[]>> subpaths = new ArrayList<>();
    private final List<Boolean> curved = new ArrayList<>();
    private List<float[]> current;

    void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(new float[] {x, y});
        subpaths.add(current);
        curved.add(false);
    }

    void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        current.add(new float[] {x, y});
    }

    void curveTo(float x, float y) {
        lineTo(x, y);
        curved.set(curved.size() - 1, true);
    }

    void rectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        moveTo((float) p0.getX(), (float) p0.getY());
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        close();
        current = null;
    }

    void close() {
        if (current != null && current.size() > 1) {
            current.add(current.get(0));
        }
    }

    Point2D current() {
        if (current == null || current.isEmpty()) {
            return new Point2D.Float();
        }
        float[] p = current.get(current.size() - 1);
        return new Point2D.Float(p[0], p[1]);
    }

    void clear() {
        subpaths.clear();
        curved.clear();
        current = null;
    }

    /** Stroked horizontal straight segments as {x1, x2, y} in user space. */
    List<float[]> horizontalSegments() {
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < subpaths.size(); i++) {
            if (curved.get(i)) {
                continue;
            }
            List<float[]> pts = subpaths.get(i);
            for (int k = 1; k < pts.size(); k++) {
                float[] a = pts.get(k - 1);
                float[] b = pts.get(k);
                if (Math.abs(a[1] - b[1]) <= 0.5f && Math.abs(a[0] - b[0]) >= MIN_RULE_WIDTH) {
                    out.add(new float[] {a[0], b[0], (a[1] + b[1]) / 2});
                }
            }
        }
        return out;
    }

    /** Filled straight sub-paths whose bounding box is a thin horizontal bar, as {x1, x2, centre y}. */
    List<float[]> thinBoxes() {
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < subpaths.size(); i++) {
            List<float[]> pts = subpaths.get(i);
            if (curved.get(i) || pts.size() < 3) {
                continue;
            }
            float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, minY = Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
            for (float[] p : pts) {
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
            if (maxY - minY <= MAX_RULE_HEIGHT && maxX - minX >= MIN_RULE_WIDTH) {
                out.add(new float[] {minX, maxX, (minY + maxY) / 2});
            }
        }
        return out;
    }
}
