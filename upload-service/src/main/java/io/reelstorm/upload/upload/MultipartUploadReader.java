package io.reelstorm.upload.upload;

import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletRequestContext;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads a {@code multipart/form-data} upload as a stream, in whatever order its parts come: the
 * {@code title} is validated when it arrives, the {@code file} is sniffed from its first bytes and
 * handed to a {@link FileSink} while it is still arriving, and nothing of it is kept in memory beyond
 * what the sink holds. Every way the request can be wrong ends as a 4xx {@link ApiProblem}.
 */
@Component
public class MultipartUploadReader {

    static final String FILE_PART = "file";
    static final String TITLE_PART = "title";

    /** Far more than 200 characters of any script need, so a longer part is certainly too long. */
    private static final int MAX_TITLE_BYTES = 1024;
    private static final int MAX_PART_HEADER_BYTES = 8 * 1024;

    private final SizeLimits limits;

    public MultipartUploadReader(UploadProperties properties) {
        this.limits = SizeLimits.of(properties.maxSize());
    }

    public UploadForm read(HttpServletRequest request, FileSink sink) {
        requireFormData(request.getContentType());
        if (request.getContentLengthLong() > limits.maxRequestBytes()) {
            throw limits.tooLarge();
        }
        try {
            return readParts(parser().getItemIterator(new LimitedRequest(request, limits)), sink);
        } catch (IOException e) {
            throw new ApiProblem(ProblemType.MALFORMED_MULTIPART,
                    "The multipart body could not be read: it is malformed or ended early.", e);
        }
    }

    private UploadForm readParts(FileItemInputIterator parts, FileSink sink) throws IOException {
        int seen = 0;
        UploadForm.Builder form = new UploadForm.Builder();
        while (parts.hasNext()) {
            FileItemInput part = parts.next();
            seen++;
            switch (part.getFieldName()) {
                case TITLE_PART -> {
                    if (form.title != null) {
                        throw Title.invalid("Send exactly one 'title' part.");
                    }
                    form.title = new Title(readText(part));
                }
                case FILE_PART -> {
                    if (form.file != null) {
                        throw new ApiProblem(ProblemType.MALFORMED_MULTIPART, "Send exactly one 'file' part.");
                    }
                    receiveFile(part, sink, form);
                }
                // Other parts are skipped unread: the parser discards them on the way to the next one.
                default -> { }
            }
        }
        if (seen == 0) {
            throw new ApiProblem(ProblemType.MALFORMED_MULTIPART,
                    "The body holds no multipart part; check that it uses the boundary its Content-Type names.");
        }
        if (form.file == null) {
            throw new ApiProblem(ProblemType.MISSING_FILE, "A 'file' part with the video is required.").with("field", FILE_PART);
        }
        if (form.title == null) {
            throw Title.invalid("A 'title' part is required.");
        }
        return form.build();
    }

    private void receiveFile(FileItemInput part, FileSink sink, UploadForm.Builder form) throws IOException {
        MeteredInputStream metered = new MeteredInputStream(part.getInputStream(), limits.maxFileBytes(), limits::tooLarge);
        byte[] head = metered.readNBytes(VideoSniffer.HEAD_LENGTH);
        if (head.length == 0) {
            throw new ApiProblem(ProblemType.EMPTY_FILE, "The file is empty.").with("field", FILE_PART);
        }
        String contentType = VideoSniffer.detect(head).orElseThrow(() -> new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "The file is not an MP4, QuickTime, WebM or Matroska video; its bytes were checked, not its declared type.")
                .with("field", FILE_PART));
        InputStream content = new SequenceInputStream(new ByteArrayInputStream(head), metered);
        sink.accept(new IncomingFile(contentType, content));
        // A sink reads to the end; this makes sure the digest covers the whole part whatever it did.
        content.transferTo(OutputStream.nullOutputStream());
        form.contentType = contentType;
        form.file = metered.digest();
    }

    private static String readText(FileItemInput part) throws IOException {
        byte[] bytes = part.getInputStream().readNBytes(MAX_TITLE_BYTES + 1);
        if (bytes.length > MAX_TITLE_BYTES) {
            throw Title.invalid("The title must be at most " + Title.MAX_LENGTH + " characters.");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw Title.invalid("The title must be UTF-8 text.");
        }
    }

    private static void requireFormData(String contentType) {
        boolean formData;
        try {
            formData = contentType != null && MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            formData = false;
        }
        if (!formData) {
            throw new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Send the upload as multipart/form-data with a 'file' and a 'title' part.").with("field", "Content-Type");
        }
    }

    private static JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> parser() {
        JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> parser = new JakartaServletFileUpload<>();
        parser.setMaxPartHeaderSize(MAX_PART_HEADER_BYTES);
        return parser;
    }

    /** The request as the parser sees it: its body stops with a 413 problem past the request limit. */
    private static final class LimitedRequest extends JakartaServletRequestContext {

        private final SizeLimits limits;

        LimitedRequest(HttpServletRequest request, SizeLimits limits) {
            super(request);
            this.limits = limits;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return new LimitedInputStream(super.getInputStream(), limits.maxRequestBytes(), limits::tooLarge);
        }
    }
}
