package vn.vanthu.exchange.edxml;

import java.time.LocalDateTime;
import java.util.List;

/** A document package: MessageHeader, the trace of organs it passed, its business type, and the signed PDF. */
public record EdDocument(Header header, List<TraceHeader> traces, Business business, Attachment attachment)
        implements EdPackage {

    public EdDocument {
        traces = List.copyOf(traces);
    }

    /** TraceHeader: an organ the package passed and when. */
    public record TraceHeader(String organId, LocalDateTime timestamp) {
    }
}
