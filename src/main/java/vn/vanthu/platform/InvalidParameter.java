package vn.vanthu.platform;

import java.util.List;
import vn.vanthu.document.Echo;

/** Query parameters that are missing or not acceptable; answered 400 naming each. */
public final class InvalidParameter extends NamedFact {

    /** One parameter at fault, with the value given when there was one. */
    public InvalidParameter(String parameter, String value, String message) {
        super(400, parameter, said(value, message));
    }

    private InvalidParameter(List<FieldError> errors) {
        super(400, errors.size() == 1 ? errors.get(0).message() : "Có " + errors.size() + " tham số cần sửa", errors);
    }

    /** One fact for all the parameters at fault; none at fault, nothing thrown. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidParameter(errors);
        }
    }

    /** A parameter's fault, with the value given when there was one. */
    public static FieldError error(String parameter, String value, String message) {
        return new FieldError(parameter, said(value, message));
    }

    private static String said(String value, String message) {
        return value == null ? message : message + " (đang là '" + Echo.of(value) + "')";
    }
}
