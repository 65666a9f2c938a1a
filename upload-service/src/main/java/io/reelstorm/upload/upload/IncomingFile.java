package io.reelstorm.upload.upload;

import java.io.InputStream;

/**
 * The file part while it arrives, after its first bytes proved it a video.
 *
 * @param contentType the sniffed content type
 * @param content     all its bytes, from the first; reading it reads the request
 */
public record IncomingFile(String contentType, InputStream content) {
}
