package vn.vanthu.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says what went wrong in words a văn thư understands, never as a stack trace. */
final class Messages {

    private Messages() {
    }

    static String of(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause
                && (cause.getMessage() == null || cause instanceof java.io.UncheckedIOException)) {
            cause = cause.getCause();
        }
        if (cause instanceof NoSuchFileException n) {
            return "không tìm thấy tệp " + n.getFile();
        }
        if (cause instanceof AccessDeniedException a) {
            return "không có quyền truy cập " + a.getFile();
        }
        if (cause instanceof FileAlreadyExistsException f) {
            return "đã có tệp hoặc thư mục " + f.getFile();
        }
        if (cause instanceof NotDirectoryException d) {
            return "không phải thư mục: " + d.getFile();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
