/**
 * The body markup (docs/markup.md) parsed into blocks: part of the document module's API, read by rendering.
 */
@NamedInterface("markup")
package vn.vanthu.document.markup;

import org.springframework.modulith.NamedInterface;
