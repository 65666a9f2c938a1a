package io.reelstorm.upload.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds multipart/form-data bodies part by part, in the order given. */
public final class Multipart {

    private final String boundary;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private Multipart(String boundary) {
        this.boundary = boundary;
    }

    public static Multipart form() {
        return new Multipart("reelstorm-test-boundary-7d41c9");
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public Multipart field(String name, String value) {
        text("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + name + "\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n");
        body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        text("\r\n");
        return this;
    }

    public Multipart file(String name, String filename, String contentType, byte[] content) {
        text(fileHeader(name, filename, contentType));
        body.writeBytes(content);
        text("\r\n");
        return this;
    }

    /** The opening of a file part, for bodies streamed or cut off by hand. */
    public String fileHeader(String name, String filename, String contentType) {
        return "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n";
    }

    /** What ends the body after the last part. */
    public String closing() {
        return "--" + boundary + "--\r\n";
    }

    public byte[] build() {
        ByteArrayOutputStream complete = new ByteArrayOutputStream();
        complete.writeBytes(body.toByteArray());
        complete.writeBytes(closing().getBytes(StandardCharsets.US_ASCII));
        return complete.toByteArray();
    }

    /** The parts so far, without the closing delimiter: a body that ends too early. */
    public byte[] buildUnterminated() {
        return body.toByteArray();
    }

    private void text(String value) {
        body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
    }
}
