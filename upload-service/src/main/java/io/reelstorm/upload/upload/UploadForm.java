package io.reelstorm.upload.upload;

/**
 * A completely read upload request.
 *
 * @param title       the validated title
 * @param contentType the sniffed content type of the file
 * @param file        size and hash of the file
 */
public record UploadForm(Title title, String contentType, FileDigest file) {

    /** Collects the parts in whatever order they arrive. */
    static final class Builder {
        Title title;
        String contentType;
        FileDigest file;

        UploadForm build() {
            return new UploadForm(title, contentType, file);
        }
    }
}
