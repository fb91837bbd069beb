package vn.vanthu.document;

/**
 * A phụ lục: its label ("Phụ lục I", numbered automatically when null), title, the body in
 * vanthu markup, and whether its pages are landscape (wide tables).
 */
public record Appendix(String label, String title, String body, boolean landscape) {
}
