package io.reelstorm.upload.content;

/** Reading the object failed after the response was committed: the client can only be cut off. */
class ContentInterruptedException extends RuntimeException {

    ContentInterruptedException(String message, Throwable cause) {
        super(message, cause);
    }
}
