package vn.dondoc.app.web;

/** The signed-in person may not do this (HTTP 403); the message says what, in Vietnamese. */
public final class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
