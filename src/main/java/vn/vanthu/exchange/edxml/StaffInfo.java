package vn.vanthu.exchange.edxml;

/** Who acted at the sending or answering end: unit, person and mailbox (each may be null). */
public record StaffInfo(String department, String staff, String email) {
}
