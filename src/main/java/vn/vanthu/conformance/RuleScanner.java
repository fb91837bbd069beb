package vn.vanthu.conformance;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/** The graphics half of a page scan: turns painted paths into horizontal rules in top-down crop-box coordinates. */
abstract class RuleScanner extends PDFGraphicsStreamEngine {

    private final PDRectangle crop;
    private final List<HRule> rules = new ArrayList<>();
    private final PathCollector path = new PathCollector();

    RuleScanner(PDPage page) {
        super(page);
        this.crop = page.getCropBox();
    }

    List<HRule> rules() {
        return rules;
    }

    final float x(double userX) {
        return (float) userX - crop.getLowerLeftX();
    }

    final float y(double userY) {
        return crop.getUpperRightY() - (float) userY;
    }

    private void addRule(float ux1, float ux2, float uy) {
        rules.add(new HRule(x(ux1), x(ux2), y(uy)));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.rectangle(p0, p1, p2, p3);
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.curveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return path.current();
    }

    @Override
    public void closePath() {
        path.close();
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() {
        path.horizontalSegments().forEach(s -> addRule(s[0], s[1], s[2]));
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        path.thinBoxes().forEach(s -> addRule(s[0], s[1], s[2]));
        path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        path.thinBoxes().forEach(s -> addRule(s[0], s[1], s[2]));
        path.horizontalSegments().forEach(s -> addRule(s[0], s[1], s[2]));
        path.clear();
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images (seal, signature) carry no layout the rules measure
    }

    @Override
    public void clip(int windingRule) {
        // clipping paths are not drawn; endPath() follows and clears them
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings are not rules
    }
}
