package vn.vanthu.exchange.edxml;

import java.time.LocalDateTime;

/** A receiver's answer about a document: who answers, about which document, the code, why, and when. */
public record StatusMessage(Organ from, ResponseFor responseFor, StaffInfo staff, StatusCode code,
        String description, LocalDateTime timestamp) implements EdPackage {
}
