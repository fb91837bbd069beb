package vn.vanthu.exchange.edxml;

/** What an edXML file holds: a document (new, recall, replacement) or a status answer. */
public sealed interface EdPackage permits EdDocument, StatusMessage {
}
