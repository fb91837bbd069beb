package vn.vanthu.exchange.edxml;

/** The file a package carries (the signed PDF), with its name and MIME type. */
public record Attachment(String name, String contentType, String description, byte[] content) {
}
