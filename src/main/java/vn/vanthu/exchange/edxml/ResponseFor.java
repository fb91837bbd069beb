package vn.vanthu.exchange.edxml;

import java.time.LocalDate;

/** The document an answer is about: its issuer's organ id, số/ký hiệu, date and DocumentId. */
public record ResponseFor(String organId, String code, LocalDate promulgationDate, String documentId) {
}
