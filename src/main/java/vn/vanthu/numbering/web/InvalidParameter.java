package vn.vanthu.numbering.web;

import vn.vanthu.platform.NamedFact;

/** A query parameter of the register API that is missing or not acceptable; answered 400 naming it. */
final class InvalidParameter extends NamedFact {

    InvalidParameter(String parameter, String value, String message) {
        super(400, parameter, value == null ? message : message + " (đang là '" + value + "')");
    }
}
