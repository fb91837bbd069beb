package vn.vanthu.document.markup;

import java.util.List;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Reads back what the clerk typed for a node, through commonmark's source spans. */
final class SourceText {

    private final String source;

    SourceText(String source) {
        this.source = source;
    }

    /** The node's source lines joined by line feeds; empty when the parser kept no span. */
    String literal(Node node) {
        StringBuilder text = new StringBuilder();
        for (SourceSpan span : node.getSourceSpans()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(slice(span));
        }
        return text.toString();
    }

    /** The last source line of the node, e.g. the "---" under a setext heading. */
    String lastLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? "" : slice(spans.get(spans.size() - 1)).strip();
    }

    /**
     * The ordered-list marker exactly as typed for this item ("3.", "10)"): commonmark keeps only
     * the list's start number, but each item's span starts at (the indentation before) its marker.
     */
    String orderedMarker(Node item) {
        List<SourceSpan> spans = item.getSourceSpans();
        if (spans.isEmpty()) {
            return null;
        }
        int i = firstNonBlank(spans.get(0));
        int digits = i;
        while (digits < source.length() && source.charAt(digits) >= '0' && source.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == i || digits >= source.length()) {
            return null;
        }
        char delimiter = source.charAt(digits);
        return delimiter == '.' || delimiter == ')' ? source.substring(i, digits + 1) : null;
    }

    /** True when the node's first line starts with {@code c} after its indentation (ATX heading "#"). */
    boolean startsWith(Node node, char c) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return false;
        }
        int i = firstNonBlank(spans.get(0));
        return i < source.length() && source.charAt(i) == c;
    }

    private int firstNonBlank(SourceSpan span) {
        int i = span.getInputIndex();
        int end = Math.min(source.length(), i + span.getLength());
        while (i < end && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private String slice(SourceSpan span) {
        int start = Math.min(source.length(), span.getInputIndex());
        int end = Math.min(source.length(), start + span.getLength());
        return source.substring(start, end);
    }
}
